package vn.kehoachxa.export.excel;

import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Ngắt trang: places every page break of a printable sheet itself, so a group row ("I. Nâng cao thể trạng…") never
 * ends a page apart from its first row — Excel and LibreOffice have no "keep with next" for rows. The pages are
 * measured from the row heights the writer set, at full size (fit-to-width only ever shrinks a table), with a
 * margin for the renderer, so each page holds less than the printer's would and no break of its own comes first.
 */
final class PageBreaks {
    /** A4 landscape height in points. */
    private static final double PAGE_POINTS = 595.28;
    /**
     * Kept free on each page against the renderer's own rounding: rows have fixed heights, so little is needed;
     * 5 % cost Mường La's appendices a tenth page.
     */
    private static final double SAFETY = 0.99;

    private PageBreaks() {
    }

    /** The printable height of a page in points, between the top and bottom margins (in inches). */
    static double usable(double topInches, double bottomInches) {
        return (PAGE_POINTS - (topInches + bottomInches) * 72) * SAFETY;
    }

    /**
     * Sets the row breaks of {@code sheet} for rows {@code headerRow + 1}..{@code lastRow}, the header row repeated
     * on every page, keeping each row in {@code groupRows} on the page of the row after it (and a run of them on the
     * page of the first row that is not one).
     */
    static void place(XSSFSheet sheet, int headerRow, int lastRow, Set<Integer> groupRows, double usable) {
        double header = height(sheet, headerRow);
        double y = 0;
        for (int r = 0; r <= headerRow; r++) {
            y += height(sheet, r);
        }
        for (int r = headerRow + 1; r <= lastRow; r++) {
            double h = height(sheet, r);
            // A run of group rows (a section title over a group title) stays with the first row under it.
            double needed = h;
            for (int k = r; groupRows.contains(k) && k < lastRow; k++) {
                needed += height(sheet, k + 1);
            }
            boolean pageHasRows = y > header + 0.5 && r > headerRow + 1;
            if (y + needed > usable && pageHasRows) {
                sheet.setRowBreak(r - 1);
                y = header;
            }
            y += h;
        }
    }

    private static double height(XSSFSheet sheet, int r) {
        XSSFRow row = sheet.getRow(r);
        return row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }
}
