package vn.kehoachxa.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.service.PeriodicReportService;

class ReportWordExportTest {
    /** Where the rendered report is kept for a person to look at. */
    static final Path KEPT = Path.of("target", "rendering", "report");

    @TempDir
    Path dir;
    FilledQuarter q;
    PeriodicReportService reports;
    Path docx;

    @BeforeEach
    void setUp() {
        q = new FilledQuarter(dir);
        reports = new PeriodicReportService(q.db, q.clock);
        docx = dir.resolve("BaoCao.docx");
        reports.exportWord(q.quarter.period().id(), docx);
    }

    @AfterEach
    void close() {
        q.db.close();
    }

    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
    }

    @Test
    void documentFollowsTheOfficialOutlineFromHeaderToSignature() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            List<String> body = paragraphs(doc);
            assertThat(body).containsSubsequence("BÁO CÁO",
                    "Kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026", "quý I năm 2026", "Kính gửi:",
                    "- Sở Y tế tỉnh Sơn La;", "- Văn phòng UBND tỉnh Sơn La.",
                    "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN",
                    "1. Kết quả thực hiện các mục tiêu, chỉ tiêu", "2. Kết quả thực hiện các nhiệm vụ, giải pháp",
                    "III. ĐÁNH GIÁ CHUNG", "1. Ưu điểm", "2. Tồn tại, hạn chế", "3. Nguyên nhân",
                    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", "V. ĐỀ XUẤT, KIẾN NGHỊ", "Biểu 1", "Biểu 2", "Biểu 3");
            assertThat(body).contains("- Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng thiết yếu đạt "
                    + "96,5% (chỉ tiêu đến năm 2030: > 95%): Đạt (số liệu của Trạm Y tế xã).");
            String header = doc.getTables().getFirst().getText();
            assertThat(header).contains("ỦY BAN NHÂN DÂN", "XÃ MƯỜNG LA", "/BC-UBND", "Số:",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Mường La, ngày");
            String footer = doc.getTables().get(1).getText();
            assertThat(footer).contains("Nơi nhận:", "- Như trên;", "- Lưu: VT, VHXH.", "KT. CHỦ TỊCH",
                    "Trần Hải Sơn");
        }
    }

    @Test
    void appendixTablesRepeatTheirHeaderAndHoldEveryRow() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(5);
            XWPFTable indicators = tables.get(2);
            assertThat(indicators.getRow(0).isRepeatHeader()).isTrue();
            assertThat(rowTexts(indicators)).anySatisfy(r -> assertThat(r).containsSubsequence(
                    "Tuổi thọ trung bình", "tuổi", "≥ 75 (năm 2030)", "74,2", "", "Chưa đạt"));
            XWPFTable units = tables.get(4);
            assertThat(units.getRows()).hasSize(q.units.size() + 1);
            assertThat(rowTexts(units)).anySatisfy(r -> assertThat(r).containsExactly(
                    "2", q.late.name(), "19/3/2026", "22/3/2026", "Chậm 3 ngày"));
        }
    }

    private static List<List<String>> rowTexts(XWPFTable table) {
        List<List<String>> out = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            out.add(row.getTableCells().stream().map(c -> c.getText().strip()).toList());
        }
        return out;
    }

    @Test
    void workbookPrintsTheThreeTablesOnLandscapeA4() throws IOException {
        Path xlsx = dir.resolve("Bieu.xlsx");
        reports.exportExcel(q.quarter.period().id(), xlsx);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("Biểu 1", "Biểu 2", "Biểu 3");
            for (int i = 0; i < 3; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getRepeatingRows()).isNotNull();
            }
            String units = sheetText(wb.getSheetAt(2));
            assertThat(units).contains(q.late.name(), "22/3/2026", "Chậm 3 ngày", q.missing.name());
            assertThat(sheetText(wb.getSheetAt(0))).contains("96,5", "Tỷ lệ tiêm chủng");
        }
    }

    private static String sheetText(XSSFSheet sheet) {
        StringBuilder out = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> out.append(cell.toString()).append('\n')));
        return out.toString();
    }

    @Test
    void libreOfficeRendersTheReportWithItsFiguresAndTables() throws Exception {
        assumeThat(PdfConverter.find()).as("LibreOffice (soffice) on the PATH").isPresent();
        assumeThat(onPath("pdftotext")).as("pdftotext on the PATH").isTrue();
        Files.createDirectories(KEPT);
        Path kept = KEPT.resolve("BaoCao-Q1-2026-Muong-La.docx");
        Files.copy(docx, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Path pdf = PdfConverter.find().orElseThrow().convert(kept).orElseThrow();
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String firstPage = text.split("\f")[0];
        assertThat(firstPage).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Kính gửi:",
                "/BC-UBND");
        assertThat(text.replaceAll("\\s+", " ")).contains("đạt 96,5% (chỉ tiêu đến năm 2030: > 95%): Đạt",
                "V. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "Biểu 1", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "Biểu 3",
                "Chậm 3 ngày");
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
