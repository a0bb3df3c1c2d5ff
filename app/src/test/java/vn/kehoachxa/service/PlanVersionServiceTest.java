package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.DeadlineText;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IssueRecord;
import vn.kehoachxa.domain.plan.Numbering;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.SectionKind;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.domain.plan.VersionDiff;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.testsupport.Reports;

class PlanVersionServiceTest {
    static final Path MUONG_LA = Path.of("..", "samples", "muong-la.kehoach.json");
    static final LocalDate FIRST_ISSUED = LocalDate.of(2026, 1, 5);
    static final LocalDate REVISION_ISSUED = LocalDate.of(2027, 1, 15);

    @TempDir
    Path dir;
    Database db;
    PlanVersionService versions;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        versions = new PlanVersionService(db);
        planId = new PlanImportService(db).importFile(MUONG_LA, ClashPolicy.REFUSE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Every editing use case, each given the plan and one of its parts to edit. */
    static Stream<Arguments> edits() {
        return Stream.of(
                edit("PlanService.update", t -> t.plans().update(t.doc().plan())),
                edit("PlanService.updateBasisDocuments", t -> t.plans().updateBasisDocuments(t.id(), List.of("X"))),
                edit("PlanService.updateRecipients", t -> t.plans().updateRecipients(t.id(),
                        List.of(new Recipient("Sở Y tế", null)))),
                edit("PlanService.updateAppendices", t -> t.plans().updateAppendices(t.id(), List.of())),
                edit("OutlineService.addChild", t -> t.outline().addChild(t.id(), null, newSection())),
                edit("OutlineService.addSiblingAfter", t -> t.outline().addSiblingAfter(t.section(), newSection())),
                edit("OutlineService.update", t -> t.outline().update(t.section(), SectionKind.OTHER, "Mới",
                        Numbering.ROMAN)),
                edit("OutlineService.replaceBlocks", t -> t.outline().replaceBlocks(t.section(), List.of())),
                edit("OutlineService.moveUp", t -> t.outline().moveUp(t.secondSection())),
                edit("OutlineService.moveDown", t -> t.outline().moveDown(t.section())),
                edit("OutlineService.indent", t -> t.outline().indent(t.secondSection())),
                edit("OutlineService.outdent", t -> t.outline().outdent(t.section())),
                edit("OutlineService.delete", t -> t.outline().delete(t.section())),
                edit("IndicatorService.addGroup", t -> t.indicators().addGroup(t.id(), "III", "Mới")),
                edit("IndicatorService.updateGroup", t -> t.indicators().updateGroup(t.indicatorGroup(), "I", "X")),
                edit("IndicatorService.moveGroup", t -> t.indicators().moveGroup(t.indicatorGroup(), 1)),
                edit("IndicatorService.deleteGroup", t -> t.indicators().deleteGroup(t.indicatorGroup())),
                edit("IndicatorService.add", t -> t.indicators().add(t.indicatorGroup(), newIndicator())),
                edit("IndicatorService.update", t -> t.indicators().update(t.indicator().id(), t.indicator())),
                edit("IndicatorService.move", t -> t.indicators().move(t.indicator().id(), 1)),
                edit("IndicatorService.delete", t -> t.indicators().delete(t.indicator().id())),
                edit("IndicatorService.restore", t -> t.indicators().restore(t.removedIndicator())),
                edit("AssignmentService.addGroup", t -> t.matrices().addGroup(t.id(), TableKind.TASK_MATRIX, "7",
                        "Mới")),
                edit("AssignmentService.updateGroup", t -> t.matrices().updateGroup(t.taskGroup(), "1", "X")),
                edit("AssignmentService.moveGroup", t -> t.matrices().moveGroup(t.taskGroup(), 1)),
                edit("AssignmentService.deleteGroup", t -> t.matrices().deleteGroup(t.taskGroup())),
                edit("AssignmentService.add", t -> t.matrices().add(t.taskGroup(), null, newRow())),
                edit("AssignmentService.update", t -> t.matrices().update(t.row().id(), t.row())),
                edit("AssignmentService.move", t -> t.matrices().move(t.row().id(), 1)),
                edit("AssignmentService.delete", t -> t.matrices().delete(t.row().id())),
                edit("AssignmentService.restore", t -> t.matrices().restore(t.removedRow())));
    }

    private static Arguments edit(String name, Consumer<Target> edit) {
        return Arguments.of(name, edit);
    }

    /** The services and the parts of the issued plan an edit points at (the removals were made while a draft). */
    record Target(long id, PlanDocument doc, PlanService plans, OutlineService outline, IndicatorService indicators,
                  AssignmentService matrices, Removal removedIndicator, Removal removedRow) {
        long section() {
            return doc.sections().get(0).id();
        }

        long secondSection() {
            return doc.sections().get(1).id();
        }

        long indicatorGroup() {
            return doc.indicatorGroups().get(0).id();
        }

        Indicator indicator() {
            return doc.indicators().get(0);
        }

        long taskGroup() {
            return doc.taskGroups().get(0).id();
        }

        AssignmentItem row() {
            return doc.taskGroups().get(0).items().get(0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void everyEditOfAnIssuedPlanIsRefusedWithAMessageThatSaysWhatToDo(String name, Consumer<Target> edit) {
        IndicatorService indicators = new IndicatorService(db);
        AssignmentService matrices = new AssignmentService(db);
        PlanDocument draft = new PlanService(db).load(planId);
        // Deleted while a draft, to be put back (undone) after the plan was issued.
        Removal indicatorGone = indicators.delete(draft.indicators().getLast().id());
        Removal rowGone = matrices.delete(draft.taskGroups().getLast().items().getLast().id());
        versions.issue(planId, "12", FIRST_ISSUED, null);
        PlanDocument before = new PlanService(db).load(planId);
        Target target = new Target(planId, before, new PlanService(db), new OutlineService(db), indicators, matrices,
                indicatorGone, rowGone);

        assertThatThrownBy(() -> edit.accept(target)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Kế hoạch số 12/KH-UBND ngày 05/01/2026 đã ban hành")
                .hasMessageContaining("Tạo bản sửa đổi, bổ sung");
        assertThat(new PlanService(db).load(planId)).isEqualTo(before);
    }

    @Test
    void theSameEditsWorkOnTheDraftRevision() {
        versions.issue(planId, "12", FIRST_ISSUED, null);
        long revision = versions.revise(planId);
        PlanDocument doc = new PlanService(db).load(revision);

        new OutlineService(db).update(doc.sections().get(0).id(), SectionKind.OTHER, "MỤC ĐÍCH MỚI", null);
        new PlanService(db).updateRecipients(revision, List.of(new Recipient("Sở Y tế", "(để báo cáo)")));

        assertThat(new PlanService(db).load(revision).sections().get(0).heading()).isEqualTo("MỤC ĐÍCH MỚI");
        assertThat(new PlanService(db).load(planId).sections().get(0).heading())
                .isEqualTo(doc.sections().get(0).heading());
    }

    @Test
    void issuingRecordsNumberDateAndTheSignedFileAndFreezesThePlan() throws Exception {
        Path signed = Files.writeString(dir.resolve("KH-12.pdf"), "%PDF-1.7 signed");

        IssueRecord record = versions.issue(planId, " 12 ", FIRST_ISSUED, signed);

        Plan p = new PlanService(db).load(planId).plan();
        assertThat(p.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(p.numberAndSymbol()).isEqualTo("12/KH-UBND");
        assertThat(p.issueDate()).isEqualTo(FIRST_ISSUED);
        assertThat(record.signedFile()).isEqualTo(signed.toAbsolutePath().toString());
        assertThat(record.signedSha256()).hasSize(64).isEqualTo(
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(signed))));
        assertThat(versions.issueRecord(planId)).contains(record);
        assertThatThrownBy(() -> versions.issue(planId, "13", FIRST_ISSUED, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("đã ban hành rồi");
    }

    @Test
    void issuingAndRevisingKeepThePrintedTypeNameTheIssuerAndThePartyRules() {
        long party = new PlanImportService(db).importFile(Path.of("..", "samples", "ha-dong.kehoach.json"),
                ClashPolicy.REFUSE);
        Plan before = new PlanService(db).load(party).plan();
        assertThat(before.typeName()).isEqualTo("CHƯƠNG TRÌNH HÀNH ĐỘNG");

        versions.issue(party, "05", FIRST_ISSUED, null);
        Plan issued = new PlanService(db).load(party).plan();
        long revision = versions.revise(party);
        Plan draft = new PlanService(db).load(revision).plan();

        for (Plan p : List.of(issued, draft)) {
            assertThat(p.typeName()).isEqualTo(before.typeName());
            assertThat(p.issuerLevel()).isEqualTo(before.issuerLevel());
            assertThat(p.partyRules()).isEqualTo(before.partyRules());
        }
    }

    @Test
    void issuingNeedsANumberAndADate() {
        assertThatThrownBy(() -> versions.issue(planId, " ", FIRST_ISSUED, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("Chưa nhập số văn bản");
        assertThatThrownBy(() -> versions.issue(planId, "12", null, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("Chưa nhập ngày ban hành");
        assertThat(new PlanService(db).load(planId).plan().status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aRevisionIsADraftLinkedToTheIssuedPlanAndGetsItsOwnNumberAndDate() {
        versions.issue(planId, "12", FIRST_ISSUED, null);

        long revision = versions.revise(planId);

        Plan draft = new PlanService(db).load(revision).plan();
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.revisesPlanId()).isEqualTo(planId);
        assertThat(draft.number()).isNull();
        assertThat(versions.revise(planId)).as("one draft revision at a time").isEqualTo(revision);

        versions.issue(revision, "45", REVISION_ISSUED, null);

        assertThat(new PlanService(db).load(revision).plan().numberAndSymbol()).isEqualTo("45/KH-UBND");
        assertThat(new PlanService(db).load(planId).plan().status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(versions.versions(revision)).extracting(Plan::id).containsExactly(planId, revision);
        assertThat(versions.inForce(planId, LocalDate.of(2026, 6, 30))).map(Plan::id).contains(planId);
        assertThat(versions.inForce(planId, REVISION_ISSUED)).map(Plan::id).contains(revision);
        assertThatThrownBy(() -> versions.revise(planId)).isInstanceOf(DomainException.class)
                .hasMessageContaining("đã được thay bằng một bản sửa đổi");
    }

    @Test
    void aRevisionCannotBeIssuedBeforeTheVersionItRevises() {
        versions.issue(planId, "12", FIRST_ISSUED, null);
        long revision = versions.revise(planId);

        assertThatThrownBy(() -> versions.issue(revision, "45", FIRST_ISSUED.minusDays(1), null))
                .isInstanceOf(DomainException.class).hasMessageContaining("sớm hơn ngày của bản được sửa đổi");
    }

    @Test
    void reportsArePeriodsOfTheVersionInForceAndAReportAfterTheRevisionCitesIt() {
        ReportingService reporting = new ReportingService(db);
        versions.issue(planId, "12", FIRST_ISSUED, null);
        reporting.generatePeriods(planId);
        // Mường La reports once a year; the revision comes into force in January 2027.
        PeriodOverview year2027 = period(reporting, planId, 2027);
        PlanDocument original = new PlanService(db).load(planId);
        Indicator firstIndicator = original.indicators().get(0);
        vn.kehoachxa.domain.plan.RowNumbers numbers = vn.kehoachxa.domain.plan.RowNumbers.of(original);
        AssignmentItem sixOne = PlanDocument.flatten(original.taskGroups()).stream()
                .filter(i -> "6.1".equals(numbers.of(i))).findFirst().orElseThrow();
        reportEarly(year2027.period().id(), firstIndicator.id(), sixOne.id());

        long revision = versions.revise(planId);
        Indicator revised = new PlanService(db).load(revision).indicators().get(0);
        new IndicatorService(db).update(revised.id(), withTarget(revised, "≥ 99"));
        versions.issue(revision, "45", REVISION_ISSUED, null);
        reporting.generatePeriods(planId);
        reporting.generatePeriods(revision);

        PeriodOverview year2026 = period(reporting, planId, 2026);
        PeriodOverview moved = period(reporting, revision, 2027);
        assertThat(moved.period().id()).as("the same period, moved with its reports")
                .isEqualTo(year2027.period().id());
        assertThat(reporting.periods(planId)).allMatch(p -> p.period().cutoffEnd().isBefore(REVISION_ISSUED));
        assertThat(reporting.periods(revision)).allMatch(p -> !p.period().cutoffEnd().isBefore(REVISION_ISSUED))
                .anyMatch(p -> p.period().year() == 2030);

        PeriodicReportService reports = new PeriodicReportService(db);
        assertThat(reports.document(moved.period().id()).header().summary()).contains("45/KH-UBND ngày 15/01/2027");
        assertThat(reports.document(year2026.period().id()).header().summary()).contains("12/KH-UBND");

        var evaluated = reporting.results(moved.period().id()).indicators().stream()
                .filter(e -> e.indicator().code().equals(revised.code())).findFirst().orElseThrow();
        assertThat(TargetText.printed(evaluated.target())).isEqualTo("≥ 99");
        assertThat(evaluated.results()).as("the unit's figure follows the indicator into the revision")
                .isNotEmpty();
        assertThat(Reports.results(db, revision)).extracting(IndicatorResult::indicatorId).contains(revised.id());
        assertThat(Reports.progress(db, revision)).extracting(TaskProgress::itemId).doesNotContain(sixOne.id());
    }

    @Test
    void compareListsTheChangedTargetAndTheChangedDeadline() {
        versions.issue(planId, "12", FIRST_ISSUED, null);
        long revision = versions.revise(planId);
        PlanDocument doc = new PlanService(db).load(revision);
        Indicator first = doc.indicators().get(0);
        String oldTarget = TargetText.printed(first.targets().get(0));
        new IndicatorService(db).update(first.id(), withTarget(first, "≥ 99"));
        AssignmentItem row = doc.taskGroups().get(0).items().get(0);
        String oldDeadline = DeadlineText.format(row.deadline());
        new AssignmentService(db).update(row.id(), new AssignmentItem(row.id(), row.numberLabel(), row.content(),
                row.indicatorCode(), row.leads(), row.cooperating(), DeadlineText.parse("Quý III/2027"),
                row.expectedProduct(), row.children()));

        VersionDiff diff = versions.compare(planId, revision);

        assertThat(diff.in(VersionDiff.Area.TARGET)).singleElement().satisfies(d -> {
            assertThat(d.where()).startsWith(first.code());
            assertThat(d.before()).isEqualTo(oldTarget);
            assertThat(d.after()).isEqualTo("≥ 99");
        });
        assertThat(diff.in(VersionDiff.Area.DEADLINE)).singleElement().satisfies(d -> {
            assertThat(d.where()).startsWith("taskGroups[0]/" + vn.kehoachxa.domain.plan.RowNumbers.of(doc).of(row));
            assertThat(d.before()).isEqualTo(oldDeadline);
            assertThat(d.after()).isEqualTo("Quý III/2027");
        });
        assertThat(diff.differences()).hasSize(2);
        assertThat(versions.compare(planId, planId).isEmpty()).isTrue();
    }

    private void reportEarly(long periodId, long indicatorId, long itemId) {
        db.inTransaction(store -> {
            long unitId = store.units().findByNameOrShortName("Trạm Y tế").orElseThrow().id();
            UnitSubmission s = store.reporting().insertSubmission(new UnitSubmission(null, periodId, unitId, 1,
                    LocalDate.of(2027, 1, 10), SubmissionSource.PAPER, null, null, "Báo cáo sớm"));
            store.reporting().insertResult(new IndicatorResult(null, s.id(), indicatorId, new BigDecimal("97.5"),
                    null, null));
            store.reporting().insertProgress(new TaskProgress(null, s.id(), itemId, ProgressStatus.IN_PROGRESS,
                    "Đã khám cho 1.200 người", null, null));
            return null;
        });
    }

    private static PeriodOverview period(ReportingService reporting, long plan, int year) {
        return reporting.periods(plan).stream().filter(p -> p.period().kind() == PeriodKind.YEAR
                && p.period().year() == year).findFirst().orElseThrow();
    }

    private static Indicator withTarget(Indicator i, String target) {
        return new Indicator(i.id(), i.code(), i.numberLabel(), i.name(), i.unitOfMeasure(), i.baselineValue(),
                i.baselineYear(), List.of(TargetText.parse(target, 2030)), i.note(),
                i.direction(), i.leads(), i.cooperating(), i.deadline());
    }

    private static Section newSection() {
        return new Section(null, SectionKind.OTHER, "MỤC MỚI", null, List.of(new TextBlock(
                vn.kehoachxa.domain.plan.BlockKind.PARAGRAPH, "Nội dung.")), List.of());
    }

    private static Indicator newIndicator() {
        return new Indicator(null, "ML-99", null, "Chỉ tiêu mới", "%", null, null, List.of(), null, null, List.of(),
                List.of(), null);
    }

    private static AssignmentItem newRow() {
        return new AssignmentItem(null, null, "Nhiệm vụ mới", null, List.of(), List.of(), null, null, List.of());
    }
}
