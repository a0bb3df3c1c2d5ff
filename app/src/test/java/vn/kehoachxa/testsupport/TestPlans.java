package vn.kehoachxa.testsupport;

import java.math.BigDecimal;
import java.util.List;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.BlockKind;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.Direction;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.Numbering;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.SectionKind;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;

/** Plans built in code for storage tests: the shape of the Mường La plan (wording from the seed). */
public final class TestPlans {
    private TestPlans() {
    }

    /** A plan with the Mường La structure: outline, a target matrix and a task matrix with sub-rows. */
    public static PlanDocument muongLa() {
        Plan plan = new Plan(null, DocumentFamily.ADMINISTRATIVE, DocumentType.KH, null, "KH-UBND", null, "Mường La",
                "Thực hiện Nghị quyết số 282/NQ-CP ngày 15/9/2025 của Chính phủ và Kế hoạch số 11-KH/TU",
                "xã Mường La", null, "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA",
                "Thực hiện Kế hoạch số 46-KH/ĐU ngày 30/12/2025 của Đảng uỷ xã Mường La.",
                "Trên đây là Kế hoạch thực hiện Nghị quyết số 282/NQ-CP.",
                new Signer(null, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Hải Sơn"), 2026, 2030, 2045,
                PlanStatus.DRAFT, null, ReportingRule.standard());
        Section goals = new Section(null, SectionKind.TARGETS, "MỤC TIÊU", null, List.of(), List.of(
                new Section(null, SectionKind.OTHER, "Mục tiêu tổng quát", null, List.of(
                        new TextBlock(BlockKind.BULLET, "Thực hiện đầy đủ các quan điểm, mục tiêu, nhiệm vụ."),
                        new TextBlock(BlockKind.BULLET, "Xây dựng kế hoạch và tổ chức triển khai thực hiện.")),
                        List.of()),
                new Section(null, SectionKind.TARGETS, "Mục tiêu cụ thể", null, List.of(), List.of(
                        new Section(null, SectionKind.TARGETS, "Mục tiêu đến năm 2030", Numbering.DECIMAL_PATH,
                                List.of(new TextBlock(BlockKind.BULLET, "Tuổi thọ trung bình đạt 75 tuổi.")),
                                List.of()),
                        new Section(null, SectionKind.VISION, "Tầm nhìn đến năm 2045", Numbering.DECIMAL_PATH,
                                List.of(new TextBlock(BlockKind.BULLET, "Tuổi thọ trung bình đạt trên 80 tuổi.")),
                                List.of())))));
        Section tasks = new Section(null, SectionKind.TASKS, "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", null, List.of(), List.of(
                new Section(null, SectionKind.TASK_GROUP, "Đổi mới mạnh mẽ tư duy và hành động", null,
                        List.of(new TextBlock(BlockKind.PARAGRAPH, "Tăng cường sự lãnh đạo."),
                                new TextBlock(BlockKind.NOTE, "Phân công thực hiện: Giao Đảng ủy UBND xã chủ trì.")),
                        List.of())));
        Section organisation = new Section(null, SectionKind.ORGANISATION, "TỔ CHỨC THỰC HIỆN", null,
                List.of(new TextBlock(BlockKind.PARAGRAPH, "Các đơn vị gửi báo cáo trước ngày 20 của tháng cuối kỳ.")),
                List.of());
        List<Unit> units = List.of(Unit.named("Phòng Văn hoá - Xã hội", UnitKind.OFFICE),
                Unit.named("Trạm Y tế", UnitKind.HEALTH), Unit.named("Công an xã", UnitKind.POLICE));
        IndicatorGroup indicators = new IndicatorGroup(null, null, null, List.of(
                new Indicator(null, "ML-01", "1", "Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng",
                        "%", new BigDecimal("93.5"), 2025, List.of(new IndicatorTarget(2030, kindNumeric(),
                        Comparator.GT, new BigDecimal("95"), null, "%", null, "> 95")), "Theo Nghị quyết 72",
                        Direction.HIGHER_IS_BETTER, List.of(Assignee.unit("Trạm Y tế")), List.of(),
                        null),
                new Indicator(null, "ML-02", "2", "Số bác sĩ của trạm", "bác sĩ", null, null,
                        List.of(new IndicatorTarget(2027, TargetKind.RANGE, null,
                                new BigDecimal("4"), new BigDecimal("6"), "bác sĩ", null, "4-6")),
                        null, Direction.HIGHER_IS_BETTER, List.of(Assignee.unit("Phòng Văn hoá - Xã hội")),
                        List.of(Assignee.unit("Trạm Y tế")),
                        new Deadline(DeadlineKind.BY_YEAR, "Năm 2027", 2027, null, null))));
        AssignmentGroup targetGroup = new AssignmentGroup(null, "III.", "Nâng cao chất lượng dịch vụ", List.of(
                new AssignmentItem(null, "9", "Phấn đấu trạm có ít nhất từ 4-6 bác sĩ", "ML-02",
                        List.of(Assignee.unit("Phòng Văn hoá - Xã hội")), List.of(Assignee.unit("Trạm Y tế")),
                        new Deadline(DeadlineKind.BY_YEAR, "Năm 2027", 2027, null, null), null, List.of())));
        AssignmentItem six = new AssignmentItem(null, "6", "Thực hiện các chính sách", null,
                List.of(Assignee.unit("Phòng Văn hoá - Xã hội"), Assignee.unit("Trạm Y tế")),
                List.of(Assignee.generic("Các cơ quan, đơn vị"), Assignee.generic("Trưởng các bản, tiểu khu")),
                new Deadline(DeadlineKind.RECURRING, "Thường xuyên", null, null, null), null, List.of(
                        sub("6.1", "Khám sức khỏe định kỳ"), sub("6.2", "Lập sổ sức khỏe điện tử"),
                        sub("6.3", "Miễn viện phí ở mức cơ bản"), sub("6.4", "Hỗ trợ đóng bảo hiểm y tế")));
        AssignmentGroup taskGroup = new AssignmentGroup(null, "1.", "Đổi mới mạnh mẽ tư duy và hành động", List.of(
                new AssignmentItem(null, "1", "Quán triệt Nghị quyết", null, List.of(Assignee.unit("Công an xã")),
                        List.of(), new Deadline(DeadlineKind.BY_MONTH, "Đến tháng 9/2030", 2030, null, 9), null,
                        List.of()),
                six,
                new AssignmentItem(null, "7", "Ban hành quy định", null, List.of(Assignee.unit("Trạm Y tế")),
                        List.of(), new Deadline(DeadlineKind.CONDITIONAL,
                        "Sau khi Chính phủ ban hành Nghị định", null, null, null), null, List.of())));
        return new PlanDocument(plan, List.of("Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị",
                "Nghị quyết số 282/NQ-CP ngày 15/9/2025 của Chính phủ"), List.of(goals, tasks, organisation),
                List.of(new Recipient("UBND tỉnh Sơn La", "(để báo cáo)"), new Recipient("Lưu: VT, VHXH.", null)),
                units, List.of(indicators), List.of(targetGroup), List.of(taskGroup));
    }

    private static TargetKind kindNumeric() {
        return TargetKind.NUMERIC;
    }

    private static AssignmentItem sub(String label, String content) {
        return new AssignmentItem(null, label, content, null, List.of(Assignee.unit("Trạm Y tế")), List.of(),
                new Deadline(DeadlineKind.FROM_YEAR, "Từ năm 2026", 2026, null, null), null, List.of());
    }
}
