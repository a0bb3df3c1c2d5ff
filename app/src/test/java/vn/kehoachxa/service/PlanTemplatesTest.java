package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanFields;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.SectionKind;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.testsupport.Ids;

class PlanTemplatesTest {
    private static final Signer SIGNER = new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
            "Trần Hải Sơn");
    private static final List<String> TASK_GROUPS = List.of(
            "Đổi mới mạnh mẽ tư duy và hành động trong lãnh đạo, chỉ đạo, tổ chức thực hiện công tác bảo vệ, "
                    + "chăm sóc và nâng cao sức khỏe Nhân dân",
            "Tập trung nâng cao năng lực hệ thống y tế, nhất là y tế dự phòng, y tế cơ sở, phát huy thế mạnh của y "
                    + "học cổ truyền",
            "Nâng cao y đức, phát triển nhân lực y tế chất lượng, đồng bộ, đáp ứng sự hài lòng của người bệnh và "
                    + "hội nhập quốc tế",
            "Đẩy mạnh cải cách tài chính y tế và phát triển hiệu quả, bền vững chính sách bảo hiểm y tế",
            "Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số toàn diện trong lĩnh vực y tế",
            "Đẩy mạnh phát triển y tế tư nhân, huy động và sử dụng hiệu quả mọi nguồn lực cho phát triển y tế");

    @TempDir
    Path dir;

    /** A commune with a quote in its name and a default signer. */
    static CommuneProfile xa() {
        return new CommuneProfile("Mường \"La\"", CommuneKind.XA, "Sơn La", "Ủy ban nhân dân xã Mường \"La\"",
                "Đảng ủy xã Mường La", "Mường La",
                List.of(new CommuneProfile.DefaultSigner(DocumentFamily.PARTY, new Signer("T/M BAN THƯỜNG VỤ", null,
                                "BÍ THƯ", "Lò Văn A")),
                        new CommuneProfile.DefaultSigner(DocumentFamily.ADMINISTRATIVE, SIGNER)),
                List.of());
    }

    /** A ward typed in decomposed Unicode, with a quote and a backslash, blank fields and no signer. */
    static CommuneProfile phuong() {
        return new CommuneProfile(Normalizer.normalize("Hải Dương \"Mới\"\\", Normalizer.Form.NFD),
                CommuneKind.PHUONG, "Hải Phòng", " ", "Đảng ủy phường Hải Dương", null, List.of(), List.of());
    }

    static Stream<CommuneProfile> profiles() {
        return Stream.of(xa(), phuong());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theTemplateBuildsAPlanThatWritesAndReadsBackWithoutProblems(CommuneProfile profile) {
        PlanDocument doc = PlanTemplates.resolution72(profile, 2026);

        byte[] bytes = PlanFiles.toBytes(doc);
        PlanDocument reread = PlanFiles.read(new ByteArrayInputStream(bytes), "mau.kehoach.json");

        assertThat(reread).isEqualTo(doc);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("{{").doesNotContain("}}");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theCommuneNamePlaceAndBodiesAreFilledIn(CommuneProfile profile) {
        PlanDocument doc = PlanFields.resolve(PlanTemplates.resolution72(profile, 2026));
        Plan plan = doc.plan();
        String name = Normalizer.normalize(profile.displayName(), Normalizer.Form.NFC);

        assertThat(plan.communeName()).isEqualTo(name);
        assertThat(plan.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN\n" + name.toUpperCase(Locale.ROOT));
        assertThat(plan.openingText()).contains("Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị",
                "Nghị quyết số 282/NQ-CP ngày 15/9/2025 của Chính phủ", "Kế hoạch số …/KH-UBND ngày …");
        assertThat(plan.closingText()).contains("trên địa bàn " + name).endsWith("./.");
        assertThat(doc.sections().get(4).children()).extracting(Section::heading)
                .contains("Đề nghị Ủy ban MTTQ Việt Nam " + name + " và các tổ chức chính trị - xã hội");
        assertThat(doc.units()).extracting(Unit::name).contains("Ủy ban MTTQ Việt Nam " + name);
    }

    @Test
    void aCommuneGetsItsOwnPlaceProvinceAndPeoplesCommittee() {
        PlanDocument doc = PlanFields.resolve(PlanTemplates.resolution72(xa(), 2026));

        assertThat(doc.plan().place()).isEqualTo("Mường La");
        assertThat(doc.plan().openingText()).contains("của UBND tỉnh Sơn La",
                "Căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân xã Mường \"La\" ban hành Kế hoạch");
        assertThat(doc.basisDocuments()).hasSize(3).last().asString()
                .startsWith("Kế hoạch số …/KH-UBND ngày … của UBND tỉnh Sơn La");
        assertThat(doc.recipients()).extracting(Recipient::name, Recipient::note).startsWith(
                tuple("UBND tỉnh Sơn La", "(để báo cáo)"),
                tuple("Sở Y tế tỉnh Sơn La", "(để báo cáo)"));
        assertThat(doc.recipients()).last().extracting(Recipient::name).isEqualTo("Lưu: VT, VHXH");
        assertThat(doc.units()).extracting(Unit::name).contains("Phòng Kinh tế", "Công an xã", "Trạm Y tế xã",
                "Trưởng thôn, bản, tổ dân phố");
    }

    @Test
    void aWardFallsBackToItsNameAndGetsTheWardsOfficesAndACityProvince() {
        PlanDocument doc = PlanFields.resolve(PlanTemplates.resolution72(phuong(), 2026));

        assertThat(doc.plan().place()).isEqualTo("Hải Dương \"Mới\"\\");
        assertThat(doc.plan().openingText()).contains("của UBND thành phố Hải Phòng",
                "Ủy ban nhân dân phường Hải Dương \"Mới\"\\ ban hành");
        assertThat(doc.recipients()).extracting(Recipient::name).contains("Sở Y tế thành phố Hải Phòng",
                "Chủ tịch, các PCT UBND phường", "Các tổ dân phố");
        assertThat(doc.units()).extracting(Unit::name).contains("Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường",
                "Trạm Y tế phường", "Tổ trưởng tổ dân phố");
    }

    @Test
    void aBlankProvinceIsLeftAsAFillInMark() {
        CommuneProfile p = xa();
        CommuneProfile noProvince = new CommuneProfile(p.officialName(), p.kind(), "", p.peopleCommitteeName(),
                p.partyCommitteeName(), p.placeName(), p.signers(), p.upwardRecipients());

        PlanDocument doc = PlanFields.resolve(PlanTemplates.resolution72(noProvince, 2026));

        assertThat(doc.recipients().getFirst().name()).isEqualTo("UBND tỉnh …");
        assertThat(doc.plan().openingText()).contains("của UBND tỉnh …");
    }

    @Test
    void theDraftIsAnAdministrativePlanWithBlankNumberAndTheStandardReportingRule() {
        Plan plan = PlanTemplates.resolution72(xa(), 2026).plan();

        assertThat(plan.family()).isEqualTo(DocumentFamily.ADMINISTRATIVE);
        assertThat(plan.type()).isEqualTo(DocumentType.KH);
        assertThat(plan.symbol()).isEqualTo("KH-UBND");
        assertThat(plan.number()).isNull();
        assertThat(plan.issueDate()).isNull();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.visionYear()).isEqualTo(2045);
        var rule = plan.reportingRule();
        assertThat(List.of(rule.quarterly(), rule.halfYear(), rule.nineMonth(), rule.yearly(), rule.dayCounts()))
                .containsExactly(true, true, false, true, false);
        assertThat(rule.deadlineDay()).isEqualTo(20);
        assertThat(rule.yearlyMonth()).isNull();
        assertThat(rule.originalText()).contains("báo cáo quý, 6 tháng, năm", "trước ngày 20 của tháng cuối kỳ");
    }

    @Test
    void theOutlineHasTheStandardSectionsAndTheReportingSentence() {
        PlanDocument doc = PlanTemplates.resolution72(xa(), 2026);

        assertThat(doc.sections()).extracting(Section::heading).containsExactly("MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU",
                "NHIỆM VỤ, GIẢI PHÁP", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN", "CHẾ ĐỘ BÁO CÁO");
        assertThat(doc.sections().get(0).children()).extracting(Section::kind)
                .containsExactly(SectionKind.PURPOSES, SectionKind.REQUIREMENTS);
        assertThat(doc.sections().get(1).children()).extracting(Section::kind, Section::heading).containsExactly(
                tuple(SectionKind.TARGETS, "Mục tiêu đến năm 2030"),
                tuple(SectionKind.VISION, "Tầm nhìn đến năm 2045"));
        assertThat(doc.sections()).extracting(Section::kind).endsWith(SectionKind.FUNDING,
                SectionKind.ORGANISATION, SectionKind.REPORTING);
        assertThat(doc.sections().get(5).blocks()).extracting(TextBlock::text)
                .containsExactly(doc.plan().reportingRule().originalText());
        assertThat(doc.sections().get(4).children()).extracting(Section::heading).startsWith(
                "Phòng Văn hóa - Xã hội", "Trạm Y tế xã", "Phòng Kinh tế", "Công an xã");
    }

    @Test
    void theSixTaskGroupsComeInOrderUnderTasksEachWithBullets() {
        Section tasks = PlanTemplates.resolution72(xa(), 2026).sections().get(2);

        assertThat(tasks.kind()).isEqualTo(SectionKind.TASKS);
        assertThat(tasks.children()).extracting(Section::heading).containsExactlyElementsOf(TASK_GROUPS);
        assertThat(tasks.children()).allSatisfy(group -> {
            assertThat(group.kind()).isEqualTo(SectionKind.TASK_GROUP);
            assertThat(group.blocks()).hasSizeBetween(3, 5);
        });
    }

    @Test
    void theTaskMatrixFollowsTheSixTaskGroups() {
        List<AssignmentGroup> groups = PlanTemplates.resolution72(xa(), 2026).taskGroups();

        assertThat(groups).extracting(AssignmentGroup::title).containsExactlyElementsOf(TASK_GROUPS);
        assertThat(groups).extracting(AssignmentGroup::label)
                .containsExactly("I.", "II.", "III.", "IV.", "V.", "VI.");
        assertThat(PlanDocument.flatten(groups)).allSatisfy(row -> {
            assertThat(row.leads()).isNotEmpty();
            assertThat(row.deadline()).isNotNull();
        });
    }

    @Test
    void theIndicatorsCarryStructuredTargetsAndTheirWording() {
        PlanDocument doc = PlanTemplates.resolution72(xa(), 2026);
        Map<String, Indicator> byCode = doc.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, i -> i));

        assertThat(doc.indicatorGroups()).hasSize(4);
        assertThat(byCode).hasSize(12).containsKeys("NQ72-01", "NQ72-12");
        IndicatorTarget doctors = byCode.get("NQ72-09").targets().getFirst();
        assertThat(doctors.kind()).isEqualTo(TargetKind.RANGE);
        assertThat(doctors.year()).isEqualTo(2027);
        assertThat(doctors.value()).isEqualByComparingTo("4");
        assertThat(doctors.upperValue()).isEqualByComparingTo("5");
        IndicatorTarget exercise = byCode.get("NQ72-05").targets().getFirst();
        assertThat(exercise.kind()).isEqualTo(TargetKind.RELATIVE);
        assertThat(exercise.value()).isEqualByComparingTo(BigDecimal.TEN);
        assertThat(exercise.originalText()).isEqualTo("tăng thêm 10%");
        assertThat(byCode.get("NQ72-01").targets().getFirst().kind()).isEqualTo(TargetKind.RELATIVE);
        IndicatorTarget lifeExpectancy = byCode.get("NQ72-02").targets().getFirst();
        assertThat(lifeExpectancy.comparator()).isEqualTo(Comparator.GE);
        assertThat(lifeExpectancy.value()).isEqualByComparingTo("75.5");
        List<IndicatorTarget> insurance = byCode.get("NQ72-11").targets();
        assertThat(insurance).extracting(IndicatorTarget::year, IndicatorTarget::kind).containsExactly(
                tuple(2026, TargetKind.NUMERIC),
                tuple(2030, TargetKind.QUALITATIVE));
        assertThat(insurance.getFirst().comparator()).isEqualTo(Comparator.GT);
        assertThat(insurance.getLast().qualitativeText()).isEqualTo("toàn dân");
        assertThat(byCode.get("NQ72-12").targets().getFirst().kind()).isEqualTo(TargetKind.QUALITATIVE);
        assertThat(doc.indicators()).allSatisfy(i -> {
            assertThat(i.note()).isEqualTo("Theo Nghị quyết số 72-NQ/TW");
            assertThat(i.leads()).extracting(Assignee::name).containsAnyOf("Trạm Y tế", "Phòng Văn hóa - Xã hội");
            assertThat(i.targets()).isNotEmpty().allSatisfy(t -> assertThat(t.originalText()).isNotBlank());
        });
    }

    @Test
    void everyTargetMatrixRowLinksAnExistingIndicatorAndEveryTargetHasARow() {
        PlanDocument doc = PlanTemplates.resolution72(xa(), 2026);
        Set<String> codes = doc.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        List<AssignmentItem> rows = PlanDocument.flatten(doc.targetGroups());
        int targets = doc.indicators().stream().mapToInt(i -> i.targets().size()).sum();

        assertThat(rows).hasSize(targets).allSatisfy(r -> assertThat(codes).contains(r.indicatorCode()));
        assertThat(rows).extracting(AssignmentItem::numberLabel).containsExactlyElementsOf(
                Stream.iterate(1, n -> n + 1).limit(targets).map(String::valueOf).toList());
        assertThat(doc.targetGroups()).extracting(AssignmentGroup::title)
                .containsExactlyElementsOf(doc.indicatorGroups().stream().map(g -> g.title()).toList());
    }

    @Test
    void theThreeAppendicesPrintWithTheirTitles() {
        PlanDocument doc = PlanFields.resolve(PlanTemplates.resolution72(xa(), 2026));

        assertThat(doc.printedAppendices()).extracting(Appendix::table)
                .containsExactly(TableKind.INDICATORS, TableKind.TARGET_MATRIX, TableKind.TASK_MATRIX);
        assertThat(doc.printedAppendices()).extracting(Appendix::effectiveTitle).containsExactly(
                "DANH MỤC CHỈ TIÊU THỰC HIỆN NGHỊ QUYẾT SỐ 72-NQ/TW GIAI ĐOẠN 2026-2030",
                "PHÂN CÔNG THỰC HIỆN CÁC MỤC TIÊU", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH");
    }

    @Test
    void anotherStartYearMovesThePlanPeriodButNotTheResolutionsOwnYears() {
        PlanDocument doc = PlanFields.resolve(PlanTemplates.resolution72(xa(), 2027));

        assertThat(doc.plan().startYear()).isEqualTo(2027);
        assertThat(doc.plan().endYear()).isEqualTo(2031);
        assertThat(doc.appendix(TableKind.INDICATORS).effectiveTitle()).endsWith("GIAI ĐOẠN 2027-2031");
        AssignmentItem investment = PlanDocument.flatten(doc.targetGroups()).get(7);
        assertThat(investment.deadline().kind()).isEqualTo(DeadlineKind.YEAR_RANGE);
        assertThat(investment.deadline().originalText()).isEqualTo("2027-2031");
        assertThat(investment.deadline().year()).isEqualTo(2027);
        assertThat(investment.deadline().endYear()).isEqualTo(2031);
        assertThat(doc.indicators().get(8).targets().getFirst().year()).isEqualTo(2027);
        assertThat(doc.indicators().get(9).targets().getFirst().year()).isEqualTo(2030);
    }

    @Test
    void theDefaultAdministrativeSignerLandsInThePlan() {
        assertThat(PlanTemplates.resolution72(xa(), 2026).plan().signer()).isEqualTo(SIGNER);
        assertThat(PlanTemplates.resolution72(phuong(), 2026).plan().signer()).isEqualTo(Signer.empty());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void thePlanCanBeStoredAndReadBack(CommuneProfile profile) {
        PlanDocument doc = PlanTemplates.resolution72(profile, 2026);
        try (Database db = Database.open(dir)) {
            PlanService plans = new PlanService(db);

            PlanDocument back = plans.load(plans.create(doc));

            assertThat(Ids.strip(back)).isEqualTo(RowNumbers.withOwnLabelsOnly(doc));
            assertThat(PlanFiles.toBytes(Ids.strip(back)))
                    .isEqualTo(PlanFiles.toBytes(RowNumbers.withOwnLabelsOnly(doc)));
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2025-05-01, 2026
            2025-12-31, 2026
            2026-09-30, 2026
            2026-10-01, 2027
            2027-03-15, 2027
            """)
    void theDefaultStartYearIsNextYearFromOctoberAndNeverBefore2026(LocalDate today, int expected) {
        assertThat(PlanTemplates.defaultStartYear(today)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2025-05-01, 2026, 2030
            2026-12-06, 2026, 2030
            2029-11-01, 2026, 2030
            2030-10-01, 2031, 2035
            """)
    void theDefaultPeriodIsResolution72sHorizonWhileItLasts(LocalDate today, int start, int end) {
        assertThat(PlanTemplates.defaultPeriod(today)).containsExactly(start, end);
    }
}
