package vn.kehoachxa.export.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.collect.ProvinceReportHeader;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.Signer;

class ProvinceReportWordExporterTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    static ProvinceReportHeader header() {
        return new ProvinceReportHeader("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA", "45", LocalDate.of(2026, 3, 25), "Sơn La",
                new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Ngọc Hậu"),
                List.of("Bộ Y tế"), List.of(new Recipient("Bộ Y tế", "(để báo cáo)"),
                        new Recipient("Sở Y tế", null)));
    }

    @Test
    void printsTheDecree30HeaderTitleAndFooter(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bao-cao.docx");
        new ProvinceReportWordExporter(HANOI).export(ProvinceSummaries.small(), header(), file);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "Số: 45/BC-UBND", "Sơn La, ngày 25 tháng 3 năm 2026",
                    "BÁO CÁO", "Tổng hợp kết quả thực hiện Nghị quyết số 72-NQ/TW của Bộ Chính trị",
                    "quý I năm 2026 của các xã, phường",
                    "(Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026)", "Kính gửi: Bộ Y tế.",
                    "Nơi nhận:", "- Bộ Y tế (để báo cáo);", "- Sở Y tế;", "- Lưu: VT, VHXH.",
                    "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Ngọc Hậu");
            // Biểu 1–3 are dated against this report and its issuer.
            assertThat(text).contains("(Kèm theo Báo cáo số 45/BC-UBND ngày 25 tháng 3 năm 2026 của Ủy ban nhân dân "
                    + "tỉnh Sơn La)");
        }
    }

    @Test
    void bodyStatesReceiptsIndicatorsAndTasksFromTheSummary() throws IOException {
        String text = text(new ProvinceReportWordExporter(HANOI).toBytes(ProvinceSummaries.small(), header()));
        assertThat(text).contains("Đến ngày 25/3/2026, Ủy ban nhân dân tỉnh đã nhận được báo cáo quý I năm 2026 "
                + "của 4/6 xã, phường (hạn nộp ngày 20/3/2026); trong đó 3 xã, phường nộp đúng hạn, 1 xã, phường "
                + "nộp muộn.");
        assertThat(text).contains("Các xã, phường nộp muộn: Ít Ong.");
        assertThat(text).contains("Còn 2 xã, phường chưa nộp báo cáo: Nậm Giôn, Chiềng Hoa (chi tiết tại Biểu 2).");
        assertThat(text).contains("1 xã, phường đã gửi báo cáo sửa đổi");
        assertThat(text).contains("- Tỷ lệ người dân được quản lý, theo dõi sức khỏe liên tục: bình quân các xã, "
                + "phường 91,25%; 3/4 xã, phường được đánh giá đạt chỉ tiêu (75%).");
        assertThat(text).contains("- Số trạm y tế xã đạt chuẩn quốc gia: tổng số toàn tỉnh 1.234 trạm; 1/4 xã, "
                + "phường được đánh giá đạt chỉ tiêu (25%).");
        assertThat(text).contains("Xây dựng mô hình truyền thông sức khỏe tại cộng đồng: 2 xã, phường có báo cáo; "
                + "chưa có xã, phường được đánh giá");
        assertThat(text).contains("tổng số 72 nhiệm vụ theo kế hoạch của 4 xã, phường");
        assertThat(text).contains("- Hoàn thành đúng hạn: 46 nhiệm vụ (63,9%);")
                .contains("- Chưa hoàn thành quá hạn: 6 nhiệm vụ (8,3%).");
        assertThat(text).contains("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN");
    }

    @Test
    void tablesHoldTheConsolidatedIndicatorsTheMissingCommunesAndTaskTotals() throws IOException {
        byte[] bytes = new ProvinceReportWordExporter(HANOI).toBytes(ProvinceSummaries.small(), header());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFTable> tables = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("TT")).toList();
            assertThat(tables).hasSize(3);
            XWPFTable indicators = tables.get(0);
            assertThat(indicators.getRow(0).isRepeatHeader()).isTrue();
            assertThat(cells(indicators.getRow(1))).containsExactly("1",
                    "Tỷ lệ người dân được quản lý, theo dõi sức khỏe liên tục", "%", "Bình quân", "91,25", "3/4",
                    "75%");
            assertThat(cells(indicators.getRow(3)).get(5)).as("nobody judged: no 0/0").isEmpty();
            XWPFTable receipts = tables.get(1);
            assertThat(receipts.getRows()).hasSize(4);
            assertThat(cells(receipts.getRow(1))).containsExactly("1", "Nậm Giôn", "Chưa nộp", "14320", "");
            assertThat(cells(receipts.getRow(3))).containsExactly("3", "Ít Ong", "Nộp muộn", "14311",
                    "Nhận ngày 23/3/2026");
            XWPFTable tasks = tables.get(2);
            assertThat(cells(tasks.getRow(tasks.getRows().size() - 1))).containsExactly("", "Tổng cộng", "72",
                    "100%", "4");
        }
    }

    @Test
    void aDraftKeepsBlanksForNumberAndDate() throws IOException {
        String text = text(new ProvinceReportWordExporter(HANOI).toBytes(ProvinceSummaries.small(),
                ProvinceReportHeader.draft("Sơn La")));
        assertThat(text).containsPattern("Số: +/BC-UBND").contains("Sơn La, ngày      tháng      năm 2026")
                .contains("Đến nay, Ủy ban nhân dân tỉnh").contains("TM. ỦY BAN NHÂN DÂN");
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
