package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.testsupport.Ids;
import vn.kehoachxa.testsupport.TestPlans;

class PlanServiceTest {
    @TempDir
    Path dir;
    Database db;
    PlanService plans;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        plans = new PlanService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theMuongLaStructureIsStoredAndReadBackWhole() {
        PlanDocument doc = TestPlans.muongLa();
        long id = plans.create(doc);

        PlanDocument back = plans.load(id);

        assertThat(Ids.strip(back)).isEqualTo(RowNumbers.withOwnLabelsOnly(doc));
        // The excerpt's rows 1, 6, 7 are numbering by place (whole numbers going up): stored, they print 1, 2, 3.
        RowNumbers stored = RowNumbers.of(back);
        assertThat(PlanDocument.flatten(back.taskGroups())).extracting(stored::of)
                .containsExactly("1", "2", "2.1", "2.2", "2.3", "2.4", "3");
        assertThat(back.plan().id()).isEqualTo(id);
        assertThat(back.sections().get(0).children().get(1).children()).extracting("heading")
                .containsExactly("Mục tiêu đến năm 2030", "Tầm nhìn đến năm 2045");
        AssignmentItem six = back.taskGroups().get(0).items().get(1);
        assertThat(six.leads()).extracting(Assignee::name).containsExactly("Phòng Văn hoá - Xã hội", "Trạm Y tế");
        assertThat(six.cooperating()).allMatch(Assignee::generic);
        assertThat(six.children()).extracting(stored::of).containsExactly("2.1", "2.2", "2.3", "2.4");
        assertThat(back.targetGroups().get(0).items().get(0).indicatorCode()).isEqualTo("ML-02");
    }

    @Test
    void theListShowsNumberAndSymbolAndStatus() {
        long id = plans.create(TestPlans.muongLa());

        assertThat(plans.list()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.numberAndSymbol()).isEqualTo("/KH-UBND");
            assertThat(s.status()).isEqualTo(PlanStatus.DRAFT);
        });
    }

    @Test
    void editingThePlanFieldsAndListsIsKept() {
        long id = plans.create(TestPlans.muongLa());
        Plan p = plans.load(id).plan();
        Plan numbered = new Plan(id, p.family(), p.type(), "12", p.symbol(), java.time.LocalDate.of(2026, 1, 5),
                p.place(), p.summary(), p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(),
                p.closingText(), p.signer(), p.startYear(), p.endYear(), p.visionYear(), PlanStatus.DRAFT, null,
                p.reportingRule());

        plans.update(numbered);
        plans.updateRecipients(id, List.of(new Recipient("Sở Y tế", "(để báo cáo)")));
        plans.updateBasisDocuments(id, List.of("Nghị quyết số 72-NQ/TW"));

        PlanDocument back = plans.load(id);
        assertThat(back.plan().numberAndSymbol()).isEqualTo("12/KH-UBND");
        assertThat(back.plan().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(back.recipients()).containsExactly(new Recipient("Sở Y tế", "(để báo cáo)"));
        assertThat(back.basisDocuments()).containsExactly("Nghị quyết số 72-NQ/TW");
    }

    @Test
    void appendixSettingsAreReplacedAndDecideWhatPrints() {
        long id = plans.create(TestPlans.muongLa());

        plans.updateAppendices(id, java.util.List.of(
                new vn.kehoachxa.domain.plan.Appendix(vn.kehoachxa.domain.plan.TableKind.INDICATORS, false, null, null),
                new vn.kehoachxa.domain.plan.Appendix(vn.kehoachxa.domain.plan.TableKind.TASK_MATRIX, true,
                        "PHÂN CÔNG NHIỆM VỤ NĂM 2026", "Nhiệm vụ")));

        PlanDocument doc = plans.load(id);
        assertThat(doc.printedAppendices()).extracting(vn.kehoachxa.domain.plan.Appendix::effectiveTitle)
                .containsExactly("PHÂN CÔNG THỰC HIỆN CÁC MỤC TIÊU", "PHÂN CÔNG NHIỆM VỤ NĂM 2026");
        assertThat(doc.appendix(vn.kehoachxa.domain.plan.TableKind.TASK_MATRIX).effectiveContentHeading())
                .isEqualTo("Nhiệm vụ");
    }

    @Test
    void aRevisionCopyIsADraftWithoutNumberLinkedToTheOriginal() {
        long id = plans.create(TestPlans.muongLa());

        long copy = plans.copy(id, true);

        PlanDocument back = plans.load(copy);
        assertThat(back.plan().revisesPlanId()).isEqualTo(id);
        assertThat(back.plan().number()).isNull();
        assertThat(back.indicators()).hasSize(2);
        assertThat(PlanDocument.flatten(back.taskGroups())).hasSize(7);
    }

    @Test
    void deletingAPlanRemovesEverythingItHolds() throws Exception {
        long id = plans.create(TestPlans.muongLa());

        plans.delete(id);

        db.close();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("kehoachxa"), "sa", "")) {
            for (String table : List.of("PLAN", "SECTION", "SECTION_BLOCK", "ITEM_GROUP", "INDICATOR",
                    "INDICATOR_TARGET", "ASSIGNMENT_ITEM", "ASSIGNEE", "RECIPIENT", "BASIS_DOCUMENT", "PLAN_UNIT")) {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    assertThat(rs.getInt(1)).as(table).isZero();
                }
            }
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM UNIT")) {
                rs.next();
                assertThat(rs.getInt(1)).as("units belong to the commune and stay").isEqualTo(3);
            }
        }
        db = Database.open(dir);
    }

    @Test
    void aDuplicateIndicatorCodeIsRefusedInVietnameseAndNothingIsWritten() {
        PlanDocument doc = TestPlans.muongLa();
        Indicator first = doc.indicators().get(0);
        Indicator clash = new Indicator(null, first.code(), "3", "Trùng mã", null, null, null, List.of(), null, null,
                List.of(), List.of(), null);
        var groups = List.of(new vn.kehoachxa.domain.plan.IndicatorGroup(null, null, null,
                List.of(first, clash)));
        PlanDocument bad = new PlanDocument(doc.plan(), doc.basisDocuments(), doc.sections(), doc.recipients(),
                doc.units(), groups, List.of(), List.of());

        assertThatThrownBy(() -> plans.create(bad)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Mã chỉ tiêu đã được dùng");
        assertThat(plans.list()).isEmpty();
        assertThat(new UnitService(db).all()).isEmpty();
    }

    @Test
    void aPlanWithTheSameNumberAndDateInTheSameCommuneIsRefused() {
        PlanDocument doc = TestPlans.muongLa();
        Plan p = doc.plan();
        Plan numbered = new Plan(null, p.family(), p.type(), "12", p.symbol(), java.time.LocalDate.of(2026, 1, 5),
                p.place(), p.summary(), p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(),
                p.closingText(), p.signer(), p.startYear(), p.endYear(), p.visionYear(), PlanStatus.ISSUED, null,
                p.reportingRule());
        PlanDocument withNumber = new PlanDocument(numbered, doc.basisDocuments(), doc.sections(), doc.recipients(),
                doc.units(), doc.indicatorGroups(), doc.targetGroups(), doc.taskGroups());
        plans.create(withNumber);

        assertThatThrownBy(() -> plans.create(withNumber)).isInstanceOf(DomainException.class)
                .hasMessageContaining("cùng số, ký hiệu");
        assertThat(plans.list()).hasSize(1);
    }

    @Test
    void aMissingRequiredFieldIsNamedAndAMissingSummaryIsAccepted() {
        PlanDocument doc = TestPlans.muongLa();
        Plan p = doc.plan();
        Plan noSummary = new Plan(null, p.family(), p.type(), null, p.symbol(), null, p.place(), null,
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), PlanStatus.DRAFT, null, p.reportingRule());
        Plan noPlace = new Plan(null, p.family(), p.type(), null, p.symbol(), null, null, p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), PlanStatus.DRAFT, null, p.reportingRule());

        long id = plans.create(new PlanDocument(noSummary, doc.basisDocuments(), doc.sections(), doc.recipients(),
                doc.units(), doc.indicatorGroups(), doc.targetGroups(), doc.taskGroups()));

        assertThat(plans.load(id).plan().summary()).isNull();
        assertThatThrownBy(() -> plans.create(new PlanDocument(noPlace, doc.basisDocuments(), doc.sections(),
                doc.recipients(), doc.units(), doc.indicatorGroups(), doc.targetGroups(), doc.taskGroups())))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Thiếu thông tin bắt buộc: địa danh của kế hoạch");
    }

    @Test
    void aMissingPlanIsADomainError() {
        assertThatThrownBy(() -> plans.load(999)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Không tìm thấy kế hoạch");
    }

    @Test
    void matrixRowsAndIndicatorsReorderAndRenumberPositions() {
        long id = plans.create(TestPlans.muongLa());
        AssignmentService matrices = new AssignmentService(db);
        var rows = matrices.groups(id, TableKind.TASK_MATRIX).get(0).items();

        assertThat(matrices.move(rows.get(2).id(), -1)).isTrue();
        assertThat(matrices.move(rows.get(0).id(), -1)).isFalse();

        var moved = matrices.groups(id, TableKind.TASK_MATRIX);
        assertThat(moved.get(0).items()).extracting(AssignmentItem::content)
                .containsExactly(rows.get(0).content(), rows.get(2).content(), rows.get(1).content());
        assertThat(moved.get(0).items()).extracting(RowNumbers.ofMatrix(moved, TableKind.TASK_MATRIX)::of)
                .containsExactly("1", "2", "3");

        IndicatorService indicators = new IndicatorService(db);
        var list = indicators.groups(id).get(0).indicators();
        assertThat(indicators.move(list.get(1).id(), -1)).isTrue();
        assertThat(indicators.groups(id).get(0).indicators()).extracting(Indicator::code)
                .containsExactly("ML-02", "ML-01");

        indicators.delete(list.get(0).id());
        long added = indicators.add(indicators.groups(id).get(0).id(), list.get(0));
        assertThat(indicators.groups(id).get(0).indicators()).extracting(Indicator::id).containsExactly(
                list.get(1).id(), added);
    }

    @Test
    void groupsAreAddedMovedRenamedAndDeletedWithTheirRows() {
        long id = plans.create(TestPlans.muongLa());
        AssignmentService matrices = new AssignmentService(db);
        long second = matrices.addGroup(id, TableKind.TASK_MATRIX, "II.", "Nâng cao năng lực hệ thống y tế");
        matrices.add(second, null, new AssignmentItem(null, "1", "Đầu tư trạm y tế", null,
                List.of(Assignee.unit("Trạm Y tế")), List.of(), null, null, List.of()));

        assertThat(matrices.moveGroup(second, -1)).isTrue();
        assertThat(matrices.moveGroup(second, -1)).isFalse();
        matrices.updateGroup(second, "I.", "Nâng cao năng lực");

        var groups = matrices.groups(id, TableKind.TASK_MATRIX);
        assertThat(groups).extracting("label").containsExactly("I.", "1.");
        assertThat(groups.get(0).items()).extracting(AssignmentItem::content).containsExactly("Đầu tư trạm y tế");

        matrices.deleteGroup(groups.get(1).id());
        assertThat(PlanDocument.flatten(matrices.groups(id, TableKind.TASK_MATRIX))).hasSize(1);
        assertThat(matrices.groups(id, TableKind.TARGET_MATRIX)).hasSize(1);
    }

    @Test
    void deletingARowDeletesItsSubRows() {
        long id = plans.create(TestPlans.muongLa());
        AssignmentService matrices = new AssignmentService(db);
        AssignmentItem six = matrices.groups(id, TableKind.TASK_MATRIX).get(0).items().get(1);

        matrices.delete(six.id());

        var left = matrices.groups(id, TableKind.TASK_MATRIX);
        assertThat(PlanDocument.flatten(left)).extracting(RowNumbers.ofMatrix(left, TableKind.TASK_MATRIX)::of)
                .containsExactly("1", "2");
    }

    @Test
    void anUpdatedRowKeepsItsNewLeadsAndDeadline() {
        long id = plans.create(TestPlans.muongLa());
        AssignmentService matrices = new AssignmentService(db);
        AssignmentItem first = matrices.groups(id, TableKind.TASK_MATRIX).get(0).items().get(0);
        AssignmentItem changed = new AssignmentItem(first.id(), first.numberLabel(), "Nội dung mới", null,
                List.of(Assignee.unit("Trạm Y tế"), Assignee.unit("Trường Tiểu học Mường La")), List.of(),
                vn.kehoachxa.domain.plan.Deadline.freeText("Quý IV hằng năm"), "Báo cáo", List.of());

        matrices.update(first.id(), changed);

        AssignmentItem back = matrices.groups(id, TableKind.TASK_MATRIX).get(0).items().get(0);
        assertThat(back.content()).isEqualTo("Nội dung mới");
        assertThat(back.leads()).extracting(Assignee::name)
                .containsExactly("Trạm Y tế", "Trường Tiểu học Mường La");
        assertThat(back.deadline().originalText()).isEqualTo("Quý IV hằng năm");
        assertThat(new UnitService(db).all()).extracting("name").contains("Trường Tiểu học Mường La");
    }

    @Test
    void deletingAPlanIsPrecededByACheckedBackupThatStillHoldsIt() {
        long planId = plans.create(vn.kehoachxa.testsupport.TestPlans.muongLa());

        plans.delete(planId);

        assertThat(plans.list()).isEmpty();
        assertThat(new BackupService(db).list()).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(vn.kehoachxa.domain.storage.BackupReason.BEFORE_DELETE);
            assertThat(b.counts().plans()).isEqualTo(1);
        });
    }
}
