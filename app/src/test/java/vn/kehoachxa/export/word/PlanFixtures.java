package vn.kehoachxa.export.word;

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
import vn.kehoachxa.domain.plan.DeadlineKind;
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

/** Small plans built in code, one per family, shaped like the real ones (wording taken from the seeds). */
final class PlanFixtures {

    private PlanFixtures() {
    }

    static TextBlock para(String text) {
        return new TextBlock(BlockKind.PARAGRAPH, text);
    }

    static TextBlock bullet(String text) {
        return new TextBlock(BlockKind.BULLET, text);
    }

    static Section section(String heading, List<TextBlock> blocks, Section... children) {
        return new Section(null, SectionKind.OTHER, heading, null, blocks, List.of(children));
    }

    /** A People's Committee plan, issued, with all three appendices and a four-level outline. */
    /** {@code doc} with {@code plan} as its own fields. */
    static PlanDocument withPlan(PlanDocument doc, Plan plan) {
        return new PlanDocument(plan, doc.basisDocuments(), doc.sections(), doc.recipients(), doc.units(),
                doc.indicatorGroups(), doc.targetGroups(), doc.taskGroups(), doc.appendices());
    }

    /** {@code p} numbered and dated, as once issued. */
    static Plan dated(Plan p, String number, LocalDate date) {
        return new Plan(p.id(), p.family(), p.type(), number, p.symbol(), date, p.place(), p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), p.reportingRule(),
                p.typeName(), p.issuerLevel(), p.partyRules());
    }

    static PlanDocument muongLa() {
        Plan plan = new Plan(null, DocumentFamily.ADMINISTRATIVE, DocumentType.KH, "12", "KH-UBND",
                LocalDate.of(2026, 1, 5), "Mường La",
                "Thực hiện Nghị quyết số 282/NQ-CP ngày 15/9/2025 của Chính phủ về một số giải pháp đột phá",
                "Mường La", null, "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA",
                "Thực hiện Kế hoạch số 46-KH/ĐU ngày 30/12/2025 của Đảng uỷ xã Mường La.\n"
                        + "UBND xã Mường La ban hành Kế hoạch như sau:",
                "Trên đây là Kế hoạch của UBND xã Mường La./.",
                new Signer(null, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Hải Sơn"), 2026, 2030, 2045,
                PlanStatus.ISSUED, null, ReportingRule.standard());
        List<Section> sections = List.of(
                section("MỤC ĐÍCH, YÊU CẦU", List.of(),
                        section("Mục đích", List.of(bullet("Tổ chức quán triệt, triển khai thực hiện nghiêm túc."))),
                        section("Yêu cầu", List.of(bullet("Xác định rõ nhiệm vụ trọng tâm.")))),
                section("mục tiêu", List.of(),
                        section("Mục tiêu cụ thể", List.of(),
                                section("Về sức khỏe", List.of(para("Nâng cao thể trạng, tầm vóc.")),
                                        section("Trẻ em", List.of(
                                                new TextBlock(BlockKind.SUB_BULLET, "Tăng chiều cao 1,6 cm."),
                                                new TextBlock(BlockKind.NOTE, "Theo Nghị quyết 72.")))))),
                section("TỔ CHỨC THỰC HIỆN", List.of(),
                        section(null, List.of(para("Phòng Văn hóa - Xã hội chủ trì, tham mưu."),
                                para("Tổng hợp báo cáo định kỳ.")))));
        List<AssignmentGroup> targets = List.of(
                new AssignmentGroup(null, "I.", "Nâng cao thể trạng, trí lực, tầm vóc", List.of(
                        item(null, "Tăng chiều cao trung bình của trẻ em đạt tối thiểu 1,6 cm.", "Trạm Y tế xã",
                                Deadline.freeText("Đến tháng 9/2030")),
                        item(null, "Tuổi thọ trung bình đạt 75 tuổi", "Trạm Y tế xã",
                                new Deadline(DeadlineKind.BY_MONTH, null, 2030, null, 9)))),
                new AssignmentGroup(null, "II.", "Giảm gánh nặng bệnh tật", List.of(
                        item(null, "Tỷ lệ tiêm chủng đạt trên 95%.", "Trạm Y tế xã",
                                new Deadline(DeadlineKind.FROM_YEAR, null, 2026, null, null)))));
        AssignmentItem parent = new AssignmentItem(null, null, "Huy động mọi nguồn lực cho phát triển y tế",
                null, List.of(Assignee.unit("Phòng Văn hoá - Xã hội"), Assignee.unit("Trạm Y tế")),
                List.of(Assignee.generic("Các cơ quan, đơn vị")), Deadline.freeText("Thường xuyên"), null,
                List.of(item(null, "Khuyến khích y tế tư nhân", "Phòng Kinh tế", Deadline.freeText("Năm 2027")),
                        item(null, "Xã hội hóa đầu tư", "Phòng Kinh tế",
                                new Deadline(DeadlineKind.BY_QUARTER, null, 2026, null, 3))));
        List<AssignmentGroup> tasks = List.of(
                new AssignmentGroup(null, "1.", "Đổi mới mạnh mẽ tư duy", List.of(
                        item(null, "Truyền thông, giáo dục sức khỏe", "Phòng Văn hoá - Xã hội",
                                Deadline.freeText("Thường xuyên")),
                        item(null, "Lồng ghép chỉ tiêu vào kế hoạch", "Phòng Kinh tế",
                                new Deadline(DeadlineKind.YEARLY, null, null, null, null)))),
                new AssignmentGroup(null, "VI.", "Đẩy mạnh phát triển y tế tư nhân", List.of(parent)));
        return new PlanDocument(plan, List.of(), sections,
                List.of(new Recipient("Chủ tịch, các PCT UBND xã;", null), new Recipient("Sở Y tế", "(để báo cáo)"),
                        new Recipient("Lưu: VT.", null)),
                List.of(), indicatorGroups(2), targets, tasks);
    }

    /** A Party programme, a draft (no number, no date), with only the indicator appendix. */
    static PlanDocument haDong() {
        Plan plan = new Plan(null, DocumentFamily.PARTY, DocumentType.CTR, null, "CTr/ĐU", null, "Hà Đông",
                "hành động thực hiện Nghị quyết số 72-NQ/TW, ngày 09/9/2025 của Bộ Chính trị", "Hà Đông",
                "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY XÃ HÀ ĐÔNG", "",
                null, new Signer("T/M BAN THƯỜNG VỤ", null, "BÍ THƯ", "Vũ Đức Hạnh"), 2026, 2030, 2045,
                PlanStatus.DRAFT, null, ReportingRule.standard());
        List<Section> sections = List.of(
                section("MỤC ĐÍCH, YÊU CẦU", List.of(),
                        section("Mục đích", List.of(para("Tổ chức quán triệt Nghị quyết số 72-NQ/TW.")))),
                section("TỔ CHỨC THỰC HIỆN", List.of(),
                        section(null, List.of(para("Các tổ chức Đảng quán triệt, tuyên truyền."))),
                        section(null, List.of(para("Đảng ủy Ủy ban nhân dân xã chỉ đạo.")))));
        return new PlanDocument(plan,
                List.of("Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị",
                        "Chương trình hành động số 03-CTr/TU của Ban Thường vụ Thành ủy"),
                sections, List.of(new Recipient("Văn phòng Thành ủy", "(để báo cáo)"),
                        new Recipient("Các chi, đảng bộ trực thuộc Đảng ủy,", null)),
                List.of(), indicatorGroups(1), List.of(), List.of());
    }

    private static AssignmentItem item(String number, String content, String lead, Deadline deadline) {
        return new AssignmentItem(null, number, content, null, List.of(Assignee.unit(lead)),
                List.of(Assignee.generic("Các cơ quan, đơn vị"), Assignee.generic("Trưởng các bản, tiểu khu")),
                deadline, null, List.of());
    }

    /** One untitled group (the Party sample) or {@code groups} titled ones. */
    static List<IndicatorGroup> indicatorGroups(int groups) {
        List<IndicatorGroup> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            String title = groups == 1 ? null : "Nhóm chỉ tiêu " + (g + 1);
            out.add(new IndicatorGroup(null, null, title, List.of(
                    indicator("BHYT" + g, "Độ bao phủ bảo hiểm y tế toàn dân", "%",
                            new IndicatorTarget(2030, TargetKind.NUMERIC, Comparator.GE, new BigDecimal("97"), null,
                                    "%", null, "≥ 97"),
                            "Theo Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị là 98%"),
                    indicator("TUOITHO" + g, "Tuổi thọ trung bình", "năm",
                            new IndicatorTarget(2030, TargetKind.NUMERIC, Comparator.GT, new BigDecimal("75.50"),
                                    null, "năm", null, null), null),
                    indicator("BACSI" + g, "Số bác sĩ của trạm y tế", "người",
                            new IndicatorTarget(2027, TargetKind.RANGE, null, new BigDecimal("4"),
                                    new BigDecimal("6"), "người", null, null), ""))));
        }
        return out;
    }

    private static Indicator indicator(String code, String name, String unit, IndicatorTarget target, String note) {
        return new Indicator(null, code, null, name, unit, null, null, List.of(target), note, null, List.of(),
                List.of(), null);
    }
}
