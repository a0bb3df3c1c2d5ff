package vn.kehoachxa.export.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.plan.TargetKind;

/** Plans built in code for the Excel export tests: small, with every kind of row the appendices can hold. */
final class AppendixFixtures {
    static final String LONG_TASK = "Tăng cường công tác tuyên truyền, phổ biến, quán triệt Nghị quyết số 72-NQ/TW "
            + "ngày 09/9/2025 của Bộ Chính trị đến toàn thể cán bộ, đảng viên và Nhân dân trên địa bàn xã; đưa "
            + "nội dung bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân vào chương trình công tác hằng năm của các "
            + "cơ quan, đơn vị, gắn với trách nhiệm người đứng đầu.";

    private AppendixFixtures() {
    }

    static Plan plan(String number, LocalDate issueDate) {
        return new Plan(1L, DocumentFamily.ADMINISTRATIVE, DocumentType.KH, number, "KH-UBND", issueDate, "Mường La",
                "Thực hiện Nghị quyết số 72-NQ/TW", "Mường La", "UBND TỈNH SƠN LA", "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA",
                null, null, Signer.empty(), 2026, 2030, 2045, PlanStatus.ISSUED, null, ReportingRule.standard());
    }

    /** All three appendices: 4 indicators, 3 targets in 2 groups, 5 tasks in 2 groups with sub-rows 2.1–2.2. */
    static PlanDocument fullPlan() {
        return document(plan("12", LocalDate.of(2026, 1, 5)), indicatorGroups(), targetGroups(), taskGroups());
    }

    static PlanDocument document(Plan plan, List<IndicatorGroup> indicators, List<AssignmentGroup> targets,
                                 List<AssignmentGroup> tasks) {
        return new PlanDocument(plan, List.of(), List.of(), List.of(), List.of(), indicators, targets, tasks);
    }

    static List<IndicatorGroup> indicatorGroups() {
        return List.of(new IndicatorGroup(null, null, null, List.of(
                indicator("BHYT", "1", "Độ bao phủ bảo hiểm y tế toàn dân", "%",
                        numeric(Comparator.GE, "97", "≥ 97"), "Theo Nghị quyết số 72-NQ/TW là 98%"),
                indicator("TUOI_THO", "2", "Tuổi thọ trung bình", "năm", numeric(Comparator.GT, "75.5", null), null),
                indicator("BAC_SI", "3", "Số bác sỹ của trạm y tế xã", "người",
                        new IndicatorTarget(2030, TargetKind.RANGE, null, new BigDecimal("4"), new BigDecimal("5"),
                                null, null, "4 - 5"), ""),
                indicator("CONG_THUC", "4", "=SUM(A1:A9) chỉ tiêu gõ như công thức", "%",
                        numeric(Comparator.EQ, "100", null), "+84 912 345 678"))));
    }

    static List<AssignmentGroup> targetGroups() {
        return List.of(
                new AssignmentGroup(null, "I.", "Nâng cao thể trạng, trí lực, tầm vóc và tuổi thọ của Nhân dân",
                        List.of(item("1", "Tăng chiều cao trung bình của trẻ em đạt tối thiểu 1,6 cm.",
                                        List.of(Assignee.unit("Trạm Y tế xã")),
                                        Deadline.freeText("Đến tháng 9/2030"), List.of()),
                                item("2", "Tuổi thọ trung bình đạt 75 tuổi", List.of(Assignee.unit("Trạm Y tế xã")),
                                        new Deadline(DeadlineKind.BY_MONTH, null, 2030, null, 9), List.of()))),
                new AssignmentGroup(null, "II.", "Bao phủ bảo hiểm y tế",
                        List.of(item("3", "-Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số",
                                List.of(Assignee.unit("Phòng Văn hoá - Xã hội")),
                                new Deadline(DeadlineKind.BY_YEAR, null, 2026, null, null), List.of()))));
    }

    static List<AssignmentGroup> taskGroups() {
        List<Assignee> twoLeads = List.of(Assignee.unit("Phòng Văn hoá - Xã hội"), Assignee.unit("Trạm Y tế"));
        return List.of(
                new AssignmentGroup(null, "1.", "Đổi mới mạnh mẽ tư duy và hành động trong lãnh đạo, chỉ đạo",
                        List.of(item("1", LONG_TASK, twoLeads, Deadline.freeText("Thường xuyên"), List.of()),
                                item("2", "@Ban hành kế hoạch hằng năm", List.of(Assignee.unit("Văn phòng HĐND-UBND")),
                                        new Deadline(DeadlineKind.YEARLY, null, null, null, null), List.of()))),
                new AssignmentGroup(null, "2.", "Đẩy mạnh phát triển y tế tư nhân",
                        List.of(item("1", "Huy động mọi nguồn lực cho phát triển y tế", twoLeads,
                                Deadline.freeText("2026-2030"), List.of(
                                        item("2.1", "Khuyến khích đầu tư tư nhân",
                                                List.of(Assignee.unit("Phòng Kinh tế")),
                                                new Deadline(DeadlineKind.BY_QUARTER, null, 2026, null, 3), List.of()),
                                        item("2.2", "Xã hội hóa trang thiết bị",
                                                List.of(Assignee.unit("Trạm Y tế")),
                                                new Deadline(DeadlineKind.FROM_YEAR, null, 2026, null, null),
                                                List.of()))))));
    }

    /** A task matrix of {@code count} rows in six groups, for paging and speed. */
    static PlanDocument longTaskMatrix(int count) {
        List<AssignmentGroup> groups = new ArrayList<>();
        int perGroup = (count + 5) / 6;
        int made = 0;
        for (int g = 1; g <= 6 && made < count; g++) {
            List<AssignmentItem> items = new ArrayList<>();
            for (int i = 1; i <= perGroup && made < count; i++, made++) {
                String content = "Nhiệm vụ số " + (made + 1) + ": " + (made % 3 == 0 ? LONG_TASK : "Rà soát, đánh giá");
                items.add(item(Integer.toString(i), content,
                        List.of(Assignee.unit("Phòng Văn hoá - Xã hội"), Assignee.unit("Trạm Y tế")),
                        Deadline.freeText("Hằng năm"), List.of()));
            }
            groups.add(new AssignmentGroup(null, g + ".", "Nhóm nhiệm vụ thứ " + g, items));
        }
        return document(plan("12", LocalDate.of(2026, 1, 5)), List.of(), List.of(), groups);
    }

    static IndicatorTarget numeric(Comparator comparator, String value, String originalText) {
        return new IndicatorTarget(2030, TargetKind.NUMERIC, comparator, new BigDecimal(value), null, null, null,
                originalText);
    }

    static Indicator indicator(String code, String number, String name, String unit, IndicatorTarget target,
                               String note) {
        return new Indicator(null, code, number, name, unit, null, null, List.of(target), note, null, List.of(),
                List.of(), null);
    }

    static AssignmentItem item(String number, String content, List<Assignee> leads, Deadline deadline,
                               List<AssignmentItem> children) {
        return new AssignmentItem(null, number, content, null, leads,
                List.of(Assignee.generic("Các cơ quan, đơn vị"), Assignee.generic("Trưởng các bản, tiểu khu")),
                deadline, null, children);
    }
}
