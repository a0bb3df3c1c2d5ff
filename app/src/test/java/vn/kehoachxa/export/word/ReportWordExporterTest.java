package vn.kehoachxa.export.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.report.PeriodicReport;
import vn.kehoachxa.domain.report.ReportDocument;
import vn.kehoachxa.domain.report.ReportPart;
import vn.kehoachxa.domain.report.ReportTable;

class ReportWordExporterTest {
    private static ReportDocument partyReport(List<String> addressees) {
        Plan header = new Plan(null, DocumentFamily.PARTY, DocumentType.BC, "15", "BC/ĐU", LocalDate.of(2026, 7, 3),
                "Cao Minh", "Kết quả thực hiện Chương trình hành động số 10-CTr/ĐU\n6 tháng đầu năm 2026",
                "xã Cao Minh",
                "ĐẢNG BỘ TỈNH THÁI NGUYÊN", "ĐẢNG ỦY XÃ CAO MINH", null, null,
                new Signer("T/M BAN THƯỜNG VỤ", null, "BÍ THƯ", "Nguyễn Văn A"), 2026, 2026, null, PlanStatus.DRAFT,
                null, ReportingRule.standard());
        PeriodicReport report = new PeriodicReport(1, "15", LocalDate.of(2026, 7, 3),
                Map.of(ReportPart.LEADERSHIP, "Ban Thường vụ đã chỉ đạo.\nCác chi bộ đã quán triệt."),
                LocalDateTime.of(2026, 7, 1, 8, 0), true);
        ReportTable table = new ReportTable("Biểu 1", "KẾT QUẢ", List.of("TT", "Chỉ tiêu"),
                List.of(ReportTable.Row.group("I. Nhóm"), ReportTable.Row.data("1", "Tỷ lệ bao phủ")));
        return new ReportDocument(header, addressees, report, List.of(), List.of(table));
    }

    private static XWPFDocument read(ReportDocument doc) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new ReportWordExporter().toBytes(doc)));
    }

    @Test
    void partyReportIsNumberedWithAHyphenAndArchivedInTheOffice() throws IOException {
        try (XWPFDocument doc = read(partyReport(List.of("Ban Thường vụ Tỉnh ủy Thái Nguyên")))) {
            String header = doc.getTables().getFirst().getText();
            assertThat(header).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 15-BC/ĐU", "Cao Minh, ngày 03 tháng 7 năm 2026");
            assertThat(doc.getTables().get(1).getText()).contains("- Lưu Văn phòng Đảng ủy.", "T/M BAN THƯỜNG VỤ");
            List<String> body = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(body).contains("Kính gửi: Ban Thường vụ Tỉnh ủy Thái Nguyên.",
                    "Ban Thường vụ đã chỉ đạo.", "Các chi bộ đã quán triệt.",
                    "(Kèm theo Báo cáo số 15-BC/ĐU ngày 03 tháng 7 năm 2026 của Ban Thường vụ Đảng ủy xã Cao Minh)");
        }
    }

    @Test
    void withoutUpwardRecipientsThereIsNoKinhGuiLine() throws IOException {
        try (XWPFDocument doc = read(partyReport(List.of()))) {
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().startsWith("Kính gửi"));
        }
    }
}
