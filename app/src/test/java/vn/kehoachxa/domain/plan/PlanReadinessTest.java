package vn.kehoachxa.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.plan.PlanReadiness.Problem;
import vn.kehoachxa.domain.plan.PlanReadiness.Screen;

class PlanReadinessTest {
    private static final Assignee LEAD = new Assignee("Trạm Y tế", false);
    private static final IndicatorTarget TARGET = new IndicatorTarget(2030, TargetKind.NUMERIC, Comparator.GE,
            new BigDecimal("97"), null, "%", null, "≥ 97");

    /** A plan that is ready, but for {@code opening} and the rows given. */
    private static PlanDocument plan(String opening, List<Indicator> indicators, List<AssignmentItem> tasks) {
        Plan plan = new Plan(1L, DocumentFamily.ADMINISTRATIVE, DocumentType.KH, "12", "KH-UBND",
                LocalDate.of(2026, 1, 5), "Mường La", "Thực hiện Nghị quyết số 72-NQ/TW", "xã Mường La", null,
                "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA", opening, "Trên đây là Kế hoạch giai đoạn {giai đoạn}./.",
                new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Hải Sơn"), 2026, 2030, 2045,
                PlanStatus.DRAFT, null, ReportingRule.standard());
        Section section = new Section(null, SectionKind.OTHER, "MỤC ĐÍCH, YÊU CẦU", null,
                List.of(new TextBlock(BlockKind.PARAGRAPH, "Quán triệt Nghị quyết.")), List.of());
        return new PlanDocument(plan, List.of("Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị"),
                List.of(section), List.of(new Recipient("Lưu: VT, VHXH", null)), List.of(),
                List.of(new IndicatorGroup(null, null, null, indicators)), List.of(),
                List.of(new AssignmentGroup(null, "I.", "Nhóm một", tasks)));
    }

    private static Indicator indicator(String unit, List<IndicatorTarget> targets) {
        return new Indicator(null, "BHYT", null, "Tỷ lệ bao phủ bảo hiểm y tế", unit, null, null, targets, null, null,
                List.of(), List.of(), null);
    }

    private static AssignmentItem task(List<Assignee> leads, Deadline deadline) {
        return new AssignmentItem(null, null, "Tuyên truyền Nghị quyết", null, leads, List.of(), deadline, null,
                List.of());
    }

    private static List<String> problems(PlanDocument doc) {
        return PlanReadiness.check(doc).stream().map(Problem::text).toList();
    }

    @Test
    void aCompletePlanIsReady() {
        PlanDocument doc = plan("Thực hiện {căn cứ 1}, giai đoạn {giai đoạn} như sau:",
                List.of(indicator("%", List.of(TARGET))), List.of(task(List.of(LEAD), DeadlineText.parse("Năm 2027"))));

        assertThat(PlanReadiness.check(doc)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Kế hoạch số …/KH-UBND ngày … của UBND tỉnh.              | còn chỗ trống "…" chưa điền.
            Thực hiện Kế hoạch số [ ] của tỉnh.                       | còn chỗ trống "[ ]" chưa điền.
            Thực hiện Kế hoạch ngày ... tháng 10 năm 2025.            | còn chỗ trống "..." chưa điền.
            Kế hoạch thực hiện giai đoạn 2025-2030 như sau:           | năm 2025 nằm ngoài giai đoạn của kế hoạch (2026-2030).
            Kế hoạch giai đoạn 2026-2031 như sau:                     | năm 2031 nằm ngoài giai đoạn của kế hoạch (2026-2030).
            Thực hiện {căn cứ 4} như sau:                             | trường "{căn cứ 4}" không có dữ liệu để điền (xem lại tên trường hoặc danh sách căn cứ).
            Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị.   | -
            Nghị quyết ngày 30 tháng 10 năm 2025 của Tỉnh ủy.         | -
            Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025-2030.         | -
            Tầm nhìn đến năm 2045, tuổi thọ trên 80 tuổi.             | -
            Từ năm 2026 đến năm 2030, giai đoạn {giai đoạn}.          | -
            """)
    void theOpeningParagraphIsCheckedForFillInMarksAndYears(String opening, String expected) {
        PlanDocument doc = plan(opening, List.of(indicator("%", List.of(TARGET))),
                List.of(task(List.of(LEAD), DeadlineText.parse("Thường xuyên"))));

        if (expected == null) {
            assertThat(problems(doc)).isEmpty();
        } else {
            assertThat(problems(doc)).containsExactly("Nội dung › Đoạn mở đầu: " + expected);
            assertThat(PlanReadiness.check(doc).getFirst().screen()).isEqualTo(Screen.OUTLINE);
        }
    }

    @Test
    void anIndicatorWithoutUnitOrTargetIsNamed() {
        PlanDocument doc = plan("Như sau:", List.of(indicator(null, List.of())),
                List.of(task(List.of(LEAD), DeadlineText.parse("Hằng năm"))));

        assertThat(PlanReadiness.check(doc)).extracting(Problem::screen, Problem::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Screen.INDICATORS,
                        "Chỉ tiêu 1 \"Tỷ lệ bao phủ bảo hiểm y tế\": chưa có đơn vị tính."),
                org.assertj.core.groups.Tuple.tuple(Screen.INDICATORS,
                        "Chỉ tiêu 1 \"Tỷ lệ bao phủ bảo hiểm y tế\": chưa có giá trị mục tiêu."));
    }

    @Test
    void aTaskWithoutLeadOrDeadlineIsNamedWithItsRow() {
        PlanDocument doc = plan("Như sau:", List.of(indicator("%", List.of(TARGET))),
                List.of(task(List.of(), null), task(List.of(LEAD), DeadlineText.parse("Năm 2032"))));

        assertThat(PlanReadiness.check(doc)).extracting(Problem::screen).containsOnly(Screen.TASK_MATRIX);
        assertThat(problems(doc)).containsExactly(
                "Phân công nhiệm vụ, dòng 1 \"Tuyên truyền Nghị quyết\": chưa có đơn vị chủ trì.",
                "Phân công nhiệm vụ, dòng 1 \"Tuyên truyền Nghị quyết\": chưa có thời gian hoàn thành.",
                "Phân công nhiệm vụ, dòng 2 \"Tuyên truyền Nghị quyết\": năm 2032 nằm ngoài giai đoạn của kế hoạch "
                        + "(2026-2030).");
    }

    @Test
    void aCitedDocumentWithBlanksIsNamedByItsPlaceInTheList() {
        PlanDocument base = plan("Thực hiện {căn cứ 1}.", List.of(indicator("%", List.of(TARGET))),
                List.of(task(List.of(LEAD), DeadlineText.parse("Thường xuyên"))));
        PlanDocument doc = new PlanDocument(base.plan(), List.of("Kế hoạch số …/KH-UBND ngày … của UBND tỉnh"),
                base.sections(), base.recipients(), base.units(), base.indicatorGroups(), base.targetGroups(),
                base.taskGroups());

        assertThat(PlanReadiness.check(doc)).extracting(Problem::screen, Problem::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Screen.PLAN_INFO,
                        "Thông tin kế hoạch › Căn cứ 1: còn chỗ trống \"…\" chưa điền."));
    }
}
