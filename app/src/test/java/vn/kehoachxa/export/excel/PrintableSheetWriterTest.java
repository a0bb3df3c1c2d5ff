package vn.kehoachxa.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.AWTError;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.export.excel.PrintableTable.Align;
import vn.kehoachxa.export.excel.PrintableTable.Column;
import vn.kehoachxa.export.excel.PrintableTable.DataRow;
import vn.kehoachxa.export.excel.PrintableTable.GroupRow;
import vn.kehoachxa.export.excel.PrintableTable.TitleLine;
import vn.kehoachxa.export.excel.PrintableTable.TitleStyle;

/** The print setup every printed table gets, checked on sheets read back from .xlsx bytes. */
class PrintableSheetWriterTest {
    /** A report-like table that is not an appendix: the writer serves any table. */
    private static final PrintableTable REPORT = new PrintableTable(
            List.of(new TitleLine("Biểu 01", TitleStyle.LABEL), new TitleLine("KẾT QUẢ THỰC HIỆN", TitleStyle.TITLE)),
            List.of(Column.of("TT", 6, Align.CENTER), Column.of("Nội dung", 40, Align.LEFT),
                    Column.of("Kết quả", 12, Align.RIGHT)),
            List.of(new GroupRow("I. Chỉ tiêu"), DataRow.of("1", "Độ bao phủ bảo hiểm y tế", 96.4),
                    DataRow.of("2", "Dòng một\nDòng hai\nDòng ba", null)));

    @Test
    void pageBreaksNeverLeaveAGroupRowAtTheFootOfAPage() {
        List<PrintableTable.Row> rows = new java.util.ArrayList<>();
        for (int g = 1; g <= 12; g++) {
            rows.add(new GroupRow(g + ". Nhóm nhiệm vụ số " + g));
            for (int i = 1; i <= 1 + g % 4; i++) {
                rows.add(DataRow.of(g + "." + i, "Nội dung nhiệm vụ " + "rất dài ".repeat(8 * i), "Trạm Y tế xã"));
            }
        }
        PrintableTable table = new PrintableTable(List.of(new TitleLine("Phụ lục", TitleStyle.LABEL)),
                List.of(Column.of("STT", 6, Align.CENTER), Column.of("Nội dung", 60, Align.LEFT),
                        Column.of("Chủ trì", 20, Align.LEFT)), rows);
        XSSFSheet sheet = new PrintableSheetWriter(new XSSFWorkbook()).write("Bảng", table);
        int[] breaks = sheet.getRowBreaks();
        assertThat(breaks).isNotEmpty();
        double usable = PageBreaks.usable(PrintableSheetWriter.MARGIN_TOP, PrintableSheetWriter.MARGIN_BOTTOM);
        int header = 2;
        int pageStart = header + 1;
        for (int b : breaks) {
            // The row before each break is a data row, and the page up to it fits with the repeated header.
            assertThat(sheet.getRow(b).getCell(1).getStringCellValue()).as("row %d", b).isNotEmpty();
            double h = sheet.getRow(header).getHeightInPoints();
            for (int r = pageStart; r <= b; r++) {
                h += sheet.getRow(r).getHeightInPoints();
            }
            assertThat(h).isLessThanOrEqualTo(usable + (pageStart == header + 1 ? 40 : 0));
            pageStart = b + 1;
        }
    }

    @Test
    void everySheetPrintsOnA4LandscapeFittedToOnePageWidthAndCentred() throws IOException {
        for (XSSFSheet sheet : sheetsOf(AppendixFixtures.fullPlan())) {
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getHorizontallyCenter()).isTrue();
            assertThat(sheet.getFooter().getCenter()).contains("Trang &P/&N");
        }
    }

    @Test
    void marginsFollowDecreeThirtyWithTheLandscapeLeftEdgeNarrowed() throws IOException {
        XSSFSheet sheet = sheetsOf(AppendixFixtures.fullPlan()).getFirst();
        assertThat(sheet.getMargin(PageMargin.TOP) * 2.54).isCloseTo(2.0, within(0.01));
        assertThat(sheet.getMargin(PageMargin.BOTTOM) * 2.54).isCloseTo(2.0, within(0.01));
        assertThat(sheet.getMargin(PageMargin.LEFT) * 2.54).isCloseTo(2.0, within(0.01));
        assertThat(sheet.getMargin(PageMargin.RIGHT) * 2.54).isCloseTo(1.5, within(0.01));
    }

    @Test
    void theTableHeaderRowRepeatsIsFrozenAndThePrintAreaCoversTheTable() throws IOException {
        try (XSSFWorkbook wb = roundTrip(REPORT)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            // Two heading lines, a spacer row, then the header in row 4 (index 3).
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:4"));
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(wb.getPrintArea(0)).isEqualTo("'Báo cáo'!$A$1:$C$7");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Kết quả");
            assertThat(sheet.getRow(5).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(96.4);
        }
    }

    @Test
    void everyCellIsTimesNewRomanAtTwelveOrThirteenPoints() throws IOException {
        for (XSSFSheet sheet : sheetsOf(AppendixFixtures.fullPlan())) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    var font = ((XSSFCellStyle) cell.getCellStyle()).getFont();
                    assertThat(font.getFontName()).isEqualTo("Times New Roman");
                    assertThat(font.getFontHeightInPoints()).isBetween((short) 12, (short) 13);
                }
            }
            assertThat(sheet.getWorkbook().getFontAt(0).getFontName()).isEqualTo("Times New Roman");
        }
    }

    @Test
    void sheetNamesAreMadeSafeAndUnique() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            PrintableSheetWriter writer = new PrintableSheetWriter(wb);
            writer.write("Kết quả [quý I/2026]: chỉ tiêu * nhiệm vụ?", REPORT);
            writer.write("Kết quả [quý I/2026]: chỉ tiêu * nhiệm vụ?", REPORT);
            assertThat(AppendixWorkbookExporterTest.sheetNames(wb)).allSatisfy(name -> {
                assertThat(name.length()).isLessThanOrEqualTo(31);
                assertThat(name).doesNotContain("[", "]", ":", "*", "?", "/", "\\", "  ").isEqualTo(name.strip());
            }).containsExactly("Kết quả quý I 2026 chỉ tiêu nhi", "Kết quả quý I 2026 chỉ tiêu (2)");
        }
    }

    /**
     * Measures every cell's text with the real font metrics (Liberation Serif has Times New Roman's widths), wraps
     * it at the column width as a renderer does, and checks the row is at least that many lines tall.
     */
    @Test
    void rowHeightsHoldEveryWrappedLineMeasuredWithTheRealFont() throws IOException {
        Font font = serifFont();
        assumeTrue(font.getFamily(Locale.ROOT).matches("Times New Roman|Liberation Serif"),
                "no Times-metric font installed");
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double digit = font.getStringBounds("0", frc).getWidth();
        double lineHeight = font.getLineMetrics("Ậg", frc).getHeight();
        int checked = 0;
        for (XSSFSheet sheet : sheetsOf(AppendixFixtures.longTaskMatrix(30))) {
            for (Row row : sheet) {
                if (row.getRowNum() <= 4 || sheet.getMergedRegions().stream().anyMatch(m -> m.isInRange(row
                        .getRowNum(), 0))) {
                    continue;
                }
                for (Cell cell : row) {
                    double width = sheet.getColumnWidth(cell.getColumnIndex()) / 256.0 * digit - 4;
                    int lines = measuredLines(cell.getStringCellValue(), font, frc, width);
                    assertThat(row.getHeightInPoints()).as("row %d col %d", row.getRowNum(), cell.getColumnIndex())
                            .isGreaterThanOrEqualTo((float) (lines * lineHeight));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aLongCellGetsATallerRowThanAShortOne() throws IOException {
        XSSFSheet sheet = sheetsOf(AppendixFixtures.longTaskMatrix(3)).getFirst();
        // Row 6 holds the long text, row 7 a short one.
        assertThat(sheet.getRow(6).getHeightInPoints()).isGreaterThan(3 * sheet.getRow(7).getHeightInPoints());
    }

    /**
     * Times New Roman, else Liberation Serif (same widths). The build runs with java.awt.headless=false for TestFX,
     * so without a display (CI has Xvfb) AWT cannot load fonts: then the test is skipped.
     */
    private static Font serifFont() {
        try {
            Font font = new Font("Times New Roman", Font.PLAIN, SheetStyles.BODY_POINTS);
            if (!font.getFamily(Locale.ROOT).equals("Times New Roman")) {
                font = new Font("Liberation Serif", Font.PLAIN, SheetStyles.BODY_POINTS);
            }
            font.getStringBounds("0", new FontRenderContext(null, true, true));
            return font;
        } catch (AWTError e) {
            assumeTrue(false, "AWT cannot load fonts without a display: " + e.getMessage());
            return null;
        }
    }

    private static int measuredLines(String text, Font font, FontRenderContext frc, double width) {
        int lines = 0;
        for (String hard : text.split("\n", -1)) {
            lines++;
            String current = "";
            for (String word : hard.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringBounds(candidate, frc).getWidth() <= width || current.isEmpty()) {
                    current = candidate;
                } else {
                    lines++;
                    current = word;
                }
            }
        }
        return lines;
    }

    private static List<XSSFSheet> sheetsOf(vn.kehoachxa.domain.plan.PlanDocument doc) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new AppendixWorkbookExporter().toBytes(doc)));
        return java.util.stream.StreamSupport.stream(wb.spliterator(), false).map(XSSFSheet.class::cast).toList();
    }

    private static XSSFWorkbook roundTrip(PrintableTable table) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PrintableSheetWriter(wb).write("Báo cáo", table);
            wb.write(out);
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        }
    }
}
