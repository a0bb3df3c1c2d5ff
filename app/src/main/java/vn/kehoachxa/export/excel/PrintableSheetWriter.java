package vn.kehoachxa.export.excel;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoachxa.export.excel.PrintableTable.Column;
import vn.kehoachxa.export.excel.PrintableTable.DataRow;
import vn.kehoachxa.export.excel.PrintableTable.GroupRow;
import vn.kehoachxa.export.excel.PrintableTable.Row;
import vn.kehoachxa.export.excel.PrintableTable.TitleLine;

/**
 * Writes a {@link PrintableTable} as one print-ready sheet (trang tính in được): A4 landscape, all columns on one
 * page width, the table header repeated on every page, frozen below the header, "Trang x/y" in the footer, thin
 * borders, wrapped text and row heights that show every wrapped line, page breaks that keep a group row with the row
 * after it. One writer serves one workbook and shares
 * its styles across sheets.
 */
public final class PrintableSheetWriter {
    /**
     * Margins in inches. Decree 30/2020 sets top/bottom 2 cm, left 3 cm (the binding edge), right 1.5 cm for portrait
     * pages. A landscape appendix bound with portrait pages is turned a quarter, so its left edge is not the binding
     * edge: 2 cm there keeps a centimetre more of table width (a larger print) while top and bottom keep 2 cm.
     */
    static final double MARGIN_TOP = cm(2.0);
    static final double MARGIN_BOTTOM = cm(2.0);
    static final double MARGIN_LEFT = cm(2.0);
    static final double MARGIN_RIGHT = cm(1.5);
    static final double MARGIN_HEADER = cm(0.8);
    static final double MARGIN_FOOTER = cm(0.8);
    /** "Trang 3/7" in Times New Roman 12, centred in the footer. */
    static final String FOOTER = "&\"" + SheetStyles.FONT_NAME + ",Regular\"&12Trang &P/&N";

    /** Height of one 12 pt text line in points, with room for Vietnamese stacked diacritics. */
    private static final float LINE_POINTS = 15f;
    /** Space above and below the text inside a bordered cell. */
    private static final float CELL_PADDING_POINTS = 3f;
    private static final float SPACER_POINTS = 9f;
    /** Excel's limit for one row. */
    private static final float MAX_ROW_POINTS = 409f;

    /** Excel's limit for a sheet name. */
    private static final int MAX_NAME = 31;

    private final XSSFWorkbook workbook;
    private final SheetStyles styles;
    private final Set<String> usedNames = new HashSet<>();

    /** A writer for sheets of {@code workbook}. */
    public PrintableSheetWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.styles = new SheetStyles(workbook);
        workbook.forEach(sheet -> usedNames.add(sheet.getSheetName().toLowerCase(Locale.ROOT)));
    }

    /**
     * Adds a sheet named {@code name} (made safe for Excel: ≤ 31 characters, none of {@code []:*?/\}, unique in the
     * workbook) holding {@code table}, and returns it.
     */
    public XSSFSheet write(String name, PrintableTable table) {
        XSSFSheet sheet = workbook.createSheet(uniqueName(name));
        List<Column> columns = table.columns();
        int lastColumn = columns.size() - 1;
        double visibleWidth = 0;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            sheet.setColumnWidth(c, column.widthChars() * 256);
            sheet.setColumnHidden(c, column.hidden());
            visibleWidth += column.hidden() ? 0 : column.widthChars();
        }

        int r = 0;
        for (TitleLine line : table.titleLines()) {
            XSSFRow row = sheet.createRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue(line.text());
            cell.setCellStyle(styles.title(line.style()));
            mergeAcross(sheet, r, lastColumn);
            int lines = WrappedLines.count(line.text(), visibleWidth, SheetStyles.TITLE_SIZE_RATIO, true);
            row.setHeightInPoints(height(lines, SheetStyles.TITLE_SIZE_RATIO));
            r++;
        }
        if (!table.titleLines().isEmpty()) {
            sheet.createRow(r++).setHeightInPoints(SPACER_POINTS);
        }

        int headerRow = r;
        XSSFRow header = sheet.createRow(r++);
        int headerLines = 1;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            writeText(header.createCell(c), column.header(), styles.header());
            if (!column.hidden()) {
                headerLines = Math.max(headerLines, WrappedLines.count(column.header(), column.widthChars(), 1, true));
            }
        }
        header.setHeightInPoints(height(headerLines, 1));

        Set<Integer> groupRows = new HashSet<>();
        for (Row row : table.rows()) {
            XSSFRow sheetRow = sheet.createRow(r);
            switch (row) {
                case GroupRow group -> {
                    writeGroup(sheet, sheetRow, group, lastColumn, visibleWidth);
                    groupRows.add(r);
                }
                case DataRow data -> writeData(sheetRow, data, columns);
            }
            r++;
        }

        setUpPrinting(sheet, headerRow, r - 1, lastColumn);
        PageBreaks.place(sheet, headerRow, r - 1, groupRows, PageBreaks.usable(MARGIN_TOP, MARGIN_BOTTOM));
        return sheet;
    }

    private void writeGroup(XSSFSheet sheet, XSSFRow row, GroupRow group, int lastColumn, double width) {
        writeText(row.createCell(0), group.text(), styles.group());
        // Every cell of the merged range carries the style, or the right and bottom borders go missing.
        for (int c = 1; c <= lastColumn; c++) {
            row.createCell(c).setCellStyle(styles.group());
        }
        mergeAcross(sheet, row.getRowNum(), lastColumn);
        row.setHeightInPoints(height(WrappedLines.count(group.text(), width, 1, true), 1));
    }

    private void writeData(XSSFRow row, DataRow data, List<Column> columns) {
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Object value = data.cells().get(c);
            Cell cell = row.createCell(c);
            switch (value) {
                case null -> cell.setCellStyle(styles.text(column.align(), null));
                case String text -> {
                    writeText(cell, text, styles.text(column.align(), text));
                    if (!column.hidden()) {
                        lines = Math.max(lines, WrappedLines.count(text, column.widthChars(), 1, false));
                    }
                }
                case Number number -> {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.number(column.align(), column.numberFormat()));
                }
                default -> throw new IllegalStateException("unexpected cell value " + value);
            }
        }
        row.setHeightInPoints(height(lines, 1));
    }

    /** Always a string cell: POI never turns a string into a formula, so "=1+1" typed by a user stays as typed. */
    private static void writeText(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private void setUpPrinting(XSSFSheet sheet, int headerRow, int lastRow, int lastColumn) {
        XSSFPrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.TOP, MARGIN_TOP);
        sheet.setMargin(PageMargin.BOTTOM, MARGIN_BOTTOM);
        sheet.setMargin(PageMargin.LEFT, MARGIN_LEFT);
        sheet.setMargin(PageMargin.RIGHT, MARGIN_RIGHT);
        sheet.setMargin(PageMargin.HEADER, MARGIN_HEADER);
        sheet.setMargin(PageMargin.FOOTER, MARGIN_FOOTER);
        sheet.getFooter().setCenter(FOOTER);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.createFreezePane(0, headerRow + 1);
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
    }

    private static void mergeAcross(XSSFSheet sheet, int row, int lastColumn) {
        if (lastColumn > 0) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, 0, lastColumn));
        }
    }

    /**
     * The height in points a row needs to show {@code text} wrapped in a cell {@code widthChars} wide, at
     * {@code sizeRatio} times the 12 pt body size: for sheets laid out by hand (a form's instructions).
     */
    public static float wrappedHeight(String text, double widthChars, double sizeRatio, boolean bold) {
        return height(WrappedLines.count(text, widthChars, sizeRatio, bold), sizeRatio);
    }

    private static float height(int lines, double sizeRatio) {
        float points = (float) (lines * LINE_POINTS * sizeRatio) + CELL_PADDING_POINTS;
        return Math.min(MAX_ROW_POINTS, points);
    }

    private String uniqueName(String wanted) {
        String cleaned = wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\']", " ")
                .replaceAll("\\s+", " ").strip();
        String safe = cut(WorkbookUtil.createSafeSheetName(cleaned.isEmpty() ? "Bảng" : cleaned), MAX_NAME);
        String name = safe;
        for (int n = 2; usedNames.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(safe, MAX_NAME - suffix.length()) + suffix;
        }
        usedNames.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String text, int length) {
        return text.substring(0, Math.min(text.length(), length)).strip();
    }

    private static double cm(double centimetres) {
        return centimetres / 2.54;
    }
}
