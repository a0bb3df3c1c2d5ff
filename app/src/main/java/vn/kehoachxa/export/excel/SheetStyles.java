package vn.kehoachxa.export.excel;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoachxa.export.excel.PrintableTable.Align;
import vn.kehoachxa.export.excel.PrintableTable.TitleStyle;

/**
 * The cell styles of printed tables, made once per workbook (a workbook holds at most 64,000 styles, so styles are
 * shared, never made per cell). Times New Roman throughout, as Decree 30/2020 asks for administrative documents.
 */
final class SheetStyles {
    static final String FONT_NAME = "Times New Roman";
    static final short BODY_POINTS = 12;
    static final short TITLE_POINTS = 13;

    private final XSSFCellStyle header;
    private final XSSFCellStyle group;
    private final Map<Align, XSSFCellStyle> text = new EnumMap<>(Align.class);
    private final Map<Align, XSSFCellStyle> quotedText = new EnumMap<>(Align.class);
    private final Map<Align, XSSFCellStyle> number = new EnumMap<>(Align.class);
    private final Map<TitleStyle, XSSFCellStyle> titles = new EnumMap<>(TitleStyle.class);
    /** Number styles with their own format, made on first use: "alignment|format" → style. */
    private final Map<String, XSSFCellStyle> formatted = new java.util.HashMap<>();
    private final XSSFWorkbook workbook;
    private final XSSFFont body;

    SheetStyles(XSSFWorkbook workbook) {
        // The default font sets Excel's column unit (the width of its digit 0) and the font of empty cells.
        XSSFFont normal = workbook.getFontAt(0);
        normal.setFontName(FONT_NAME);
        normal.setFontHeightInPoints(BODY_POINTS);

        this.workbook = workbook;
        body = font(workbook, BODY_POINTS, false, false);
        XSSFFont bold = font(workbook, BODY_POINTS, true, false);
        header = bordered(workbook, bold, HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        group = bordered(workbook, bold, HorizontalAlignment.LEFT);
        for (Align align : Align.values()) {
            text.put(align, bordered(workbook, body, horizontal(align)));
            XSSFCellStyle quoted = bordered(workbook, body, horizontal(align));
            // Excel keeps a leading apostrophe on such cells, so editing "=…" later does not turn it into a formula.
            quoted.setQuotePrefixed(true);
            quotedText.put(align, quoted);
            XSSFCellStyle numeric = bordered(workbook, body, horizontal(align));
            numeric.setDataFormat(workbook.createDataFormat().getFormat("General"));
            number.put(align, numeric);
        }
        titles.put(TitleStyle.LABEL, title(workbook, font(workbook, TITLE_POINTS, true, false)));
        titles.put(TitleStyle.TITLE, title(workbook, font(workbook, TITLE_POINTS, true, false)));
        titles.put(TitleStyle.NOTE, title(workbook, font(workbook, TITLE_POINTS, false, true)));
    }

    CellStyle header() {
        return header;
    }

    CellStyle group() {
        return group;
    }

    /** A text cell's style; text that a spreadsheet would read as a formula gets the quote-prefixed variant. */
    CellStyle text(Align align, String value) {
        return looksLikeFormula(value) ? quotedText.get(align) : text.get(align);
    }

    CellStyle number(Align align) {
        return number.get(align);
    }

    /** A number cell's style in {@code format} (null: General); one style per alignment and format. */
    CellStyle number(Align align, String format) {
        if (format == null) {
            return number.get(align);
        }
        return formatted.computeIfAbsent(align + "|" + format, key -> {
            XSSFCellStyle style = bordered(workbook, body, horizontal(align));
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        });
    }

    CellStyle title(TitleStyle style) {
        return titles.get(style);
    }

    /** Font size of a heading line relative to the body, for the line estimate. */
    static final double TITLE_SIZE_RATIO = (double) TITLE_POINTS / BODY_POINTS;

    static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }

    private static XSSFFont font(XSSFWorkbook workbook, short points, boolean bold, boolean italic) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT_NAME);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private static XSSFCellStyle bordered(XSSFWorkbook workbook, XSSFFont font, HorizontalAlignment horizontal) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setAlignment(horizontal);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static XSSFCellStyle title(XSSFWorkbook workbook, XSSFFont font) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static HorizontalAlignment horizontal(Align align) {
        return switch (align) {
            case LEFT -> HorizontalAlignment.LEFT;
            case CENTER -> HorizontalAlignment.CENTER;
            case RIGHT -> HorizontalAlignment.RIGHT;
        };
    }
}
