package vn.kehoachxa.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.BlockKind;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.IndicatorTarget;
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

/** Large plans built in code for benchmarks: a commune plan far bigger than any real one. */
final class SyntheticPlans {

    private static final String TASK = "Tăng cường năng lực, nâng cao chất lượng và hiệu quả của y tế cơ sở, y tế dự "
            + "phòng; bảo đảm cung ứng các dịch vụ cơ bản, thiết yếu về phòng bệnh, chăm sóc sức khỏe ban đầu";

    private SyntheticPlans() {
    }

    /** {@code tasks} task rows in six groups (each also a body section) and {@code indicators} indicators. */
    static PlanDocument of(int tasks, int indicators) {
        Plan plan = new Plan(null, DocumentFamily.ADMINISTRATIVE, DocumentType.KH, "12", "KH-UBND",
                LocalDate.of(2026, 1, 5), "Mường La", "Thực hiện Nghị quyết số 72-NQ/TW của Bộ Chính trị",
                "Mường La", null, "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA", "Thực hiện Nghị quyết số 72-NQ/TW.",
                "Trên đây là Kế hoạch./.", new Signer(null, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Hải Sơn"),
                2026, 2030, 2045, PlanStatus.ISSUED, null, ReportingRule.standard());
        List<AssignmentGroup> taskGroups = new ArrayList<>();
        List<Section> groupSections = new ArrayList<>();
        for (int g = 0; g < 6; g++) {
            List<AssignmentItem> items = new ArrayList<>();
            List<TextBlock> blocks = new ArrayList<>();
            for (int i = g; i < tasks; i += 6) {
                items.add(new AssignmentItem(null, null, TASK + " (" + (i + 1) + ")", null,
                        List.of(Assignee.unit("Phòng Văn hóa - Xã hội"), Assignee.unit("Trạm Y tế")),
                        List.of(Assignee.generic("Các cơ quan, đơn vị; Trưởng các bản, tiểu khu")),
                        Deadline.freeText("Hằng năm và theo từng giai đoạn theo hướng dẫn của tỉnh"), null,
                        List.of()));
                blocks.add(new TextBlock(BlockKind.BULLET, TASK + "."));
            }
            taskGroups.add(new AssignmentGroup(null, null, "Nhóm nhiệm vụ " + (g + 1), items));
            groupSections.add(new Section(null, SectionKind.TASK_GROUP, "Nhóm nhiệm vụ " + (g + 1), null, blocks,
                    List.of()));
        }
        List<Indicator> list = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            list.add(new Indicator(null, "CT" + i, null, "Tỷ lệ người dân được quản lý sức khỏe " + i, "%", null,
                    null, List.of(new IndicatorTarget(2030, TargetKind.NUMERIC, Comparator.GE,
                            new BigDecimal("97.5"), null, "%", null, null)),
                    "Theo Nghị quyết số 72-NQ/TW", null, List.of(), List.of(), null));
        }
        List<Section> sections = List.of(
                new Section(null, SectionKind.PURPOSES, "MỤC ĐÍCH, YÊU CẦU", null,
                        List.of(new TextBlock(BlockKind.PARAGRAPH, TASK)), List.of()),
                new Section(null, SectionKind.TASKS, "NHIỆM VỤ, GIẢI PHÁP", null, List.of(), groupSections));
        return new PlanDocument(plan, List.of(), sections,
                List.of(new Recipient("Sở Y tế", "(để báo cáo)"), new Recipient("Lưu: VT, VHXH", null)),
                List.of(), List.of(new IndicatorGroup(null, null, null, list)), List.of(), taskGroups);
    }
}
