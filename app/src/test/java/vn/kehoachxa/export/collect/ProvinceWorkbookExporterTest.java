package vn.kehoachxa.export.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.collect.CommuneTasks;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.reporting.TaskStatus;

class ProvinceWorkbookExporterTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private final DataFormatter formatter = new DataFormatter();

    @Test
    void writesFourPrintReadySheetsInTimesNewRoman(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tong-hop.xlsx");
        new ProvinceWorkbookExporter(HANOI).export(ProvinceSummaries.small(), file);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(wb.getSheetName(0)).isEqualTo("Tình hình nộp");
            assertThat(wb.getSheetName(1)).isEqualTo("Chỉ tiêu tổng hợp");
            assertThat(wb.getSheetName(2)).isEqualTo("Chi tiết theo xã");
            assertThat(wb.getSheetName(3)).isEqualTo("Nhiệm vụ");
            for (int s = 0; s < 4; s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getRepeatingRows()).as("header repeated on every page").isNotNull();
                XSSFCell header = cell(sheet, "STT");
                assertThat(header.getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
                assertThat(header.getCellStyle().getBorderBottom()).isNotEqualTo(
                        org.apache.poi.ss.usermodel.BorderStyle.NONE);
                assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header.getRowIndex());
            }
        }
    }

    @Test
    void receiptsListEveryCommuneWithStateDatesAndCounts() throws IOException {
        try (XSSFWorkbook wb = read(ProvinceSummaries.small())) {
            XSSFSheet sheet = wb.getSheet("Tình hình nộp");
            assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo(
                    "TÌNH HÌNH NỘP BÁO CÁO QUÝ I NĂM 2026 CỦA CÁC XÃ, PHƯỜNG TỈNH SƠN LA");
            assertThat(text(sheet.getRow(1).getCell(0))).contains("Hạn nộp: 20/3/2026")
                    .contains("Đúng hạn: 3 xã; nộp muộn: 1 xã; chưa nộp: 2 xã; tổng số: 6 xã");
            Row itOng = cell(sheet, "Ít Ong").getRow();
            assertThat(text(itOng.getCell(1))).isEqualTo("14311");
            assertThat(text(itOng.getCell(3))).isEqualTo("Nộp muộn");
            // 02:30 UTC is 09:30 in Hà Nội.
            assertThat(text(itOng.getCell(4))).isEqualTo("23/03/2026 09:30");
            Row chiengLao = cell(sheet, "Chiềng Lao").getRow();
            assertThat(text(chiengLao.getCell(5))).isEqualTo("19/03/2026 15:40");
            assertThat(chiengLao.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(chiengLao.getCell(6).getNumericCellValue()).isEqualTo(1.0);
            Row namGion = cell(sheet, "Nậm Giôn").getRow();
            assertThat(text(namGion.getCell(3))).isEqualTo("Chưa nộp");
            assertThat(text(namGion.getCell(4))).isEmpty();
            int dataRows = sheet.getLastRowNum() - cell(sheet, "STT").getRowIndex();
            assertThat(dataRows).isEqualTo(6);
        }
    }

    @Test
    void consolidatedIndicatorsAreNumbersWithTheirFormats() throws IOException {
        try (XSSFWorkbook wb = read(ProvinceSummaries.small())) {
            XSSFSheet sheet = wb.getSheet("Chỉ tiêu tổng hợp");
            Row rate = cell(sheet, "NQ72-01").getRow();
            assertThat(text(rate.getCell(4))).isEqualTo("Bình quân");
            assertThat(rate.getCell(5).getNumericCellValue()).isEqualTo(91.25);
            assertThat(rate.getCell(6).getNumericCellValue()).isEqualTo(4.0);
            assertThat(rate.getCell(8).getNumericCellValue()).isEqualTo(3.0);
            Cell share = rate.getCell(9);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue()).isEqualTo(0.75);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(formatter.formatCellValue(share)).isEqualTo("75.0%");
            Row stations = cell(sheet, "NQ72-02").getRow();
            assertThat(text(stations.getCell(4))).isEqualTo("Tổng");
            assertThat(stations.getCell(5).getNumericCellValue()).isEqualTo(1234.0);
            assertThat(stations.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Row words = cell(sheet, "NQ72-12").getRow();
            assertThat(text(words.getCell(4))).isEqualTo("Số xã báo cáo");
            assertThat(words.getCell(9).getCellType()).as("no share when nobody was judged").isEqualTo(
                    CellType.BLANK);
        }
    }

    @Test
    void breakdownGroupsEachIndicatorsCommunes() throws IOException {
        try (XSSFWorkbook wb = read(ProvinceSummaries.small())) {
            XSSFSheet sheet = wb.getSheet("Chi tiết theo xã");
            XSSFCell group = cell(sheet, "NQ72-01. Tỷ lệ người dân được quản lý, theo dõi sức khỏe liên tục (%)");
            Row first = sheet.getRow(group.getRowIndex() + 1);
            assertThat(text(first.getCell(2))).isEqualTo("Mường La");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(95.0);
            assertThat(text(first.getCell(5))).isEqualTo("Vượt");
            XSSFCell words = cell(sheet, "Đang xây dựng");
            assertThat(text(words.getRow().getCell(2))).isEqualTo("Mường Bú");
            assertThat(sheet.getNumMergedRegions()).as("a title and three group rows merged").isEqualTo(4);
        }
    }

    @Test
    void tasksHaveOneColumnPerStatusAndATotalsRow() throws IOException {
        ProvincePeriodSummary summary = ProvinceSummaries.small();
        try (XSSFWorkbook wb = read(summary)) {
            XSSFSheet sheet = wb.getSheet("Nhiệm vụ");
            Row header = cell(sheet, "STT").getRow();
            assertThat(text(header.getCell(3))).isEqualTo("Hoàn thành đúng hạn");
            assertThat(text(header.getCell(3 + TaskStatus.values().length))).isEqualTo("Tổng số");
            Row total = cell(sheet, "Tổng cộng").getRow();
            assertThat(total.getRowNum()).isEqualTo(sheet.getLastRowNum());
            // 10 + 11 + 12 + 13 finished on time, 4 × 5 in progress, 0 + 1 + 2 + 3 overdue.
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(46.0);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(20.0);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(6.0);
            assertThat(total.getCell(3 + TaskStatus.values().length).getNumericCellValue()).isEqualTo(72.0);
            Row itOng = cell(sheet, "Ít Ong").getRow();
            CommuneTasks tasks = summary.tasks().get(2);
            assertThat(tasks.communeName()).isEqualTo("Ít Ong");
            assertThat(itOng.getCell(3 + TaskStatus.values().length).getNumericCellValue()).isEqualTo(19.0);
        }
    }

    private static XSSFWorkbook read(ProvincePeriodSummary summary) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(new ProvinceWorkbookExporter(HANOI).toBytes(summary)));
    }

    private static XSSFCell cell(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return (XSSFCell) c;
                }
            }
        }
        throw new AssertionError("no cell \"" + text + "\" in " + sheet.getSheetName());
    }

    private static String text(Cell c) {
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }
}
