package vn.kehoachxa.export.word;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.kehoachxa.export.word.DocumentLayout.Line;
import vn.kehoachxa.export.word.DocumentLayout.Rule;

/**
 * Writes the two-column blocks of the first and last page — the header (issuer | national title) and the footer
 * (recipients | signature) — as borderless fixed-width tables, from the lines a layout gives.
 */
public final class BlockWriter {

    /** Widths of the footer's recipients and signature columns. */
    public static final int[] FOOTER_COLUMNS = {4700, 4654};
    /** The widened header block starts this far into the left margin, centring it on the page. */
    private static final int HEADER_OVERHANG = 123;
    /** The shortest a short rule gets, as a fraction of its column; otherwise half the line above. */
    private static final double SHORT_RULE = 0.3;
    /** Left and right cell margins Word gives a table cell by default. */
    public static final int CELL_MARGINS = 2 * 108;
    /** The widest the header's right column gets: past that, a very long place name wraps. */
    private static final int MAX_RIGHT = 6400;

    private BlockWriter() {
    }

    /** A borderless table of one row and two columns, fixed at {@code widths}. */
    static XWPFTable twoColumns(XWPFDocument doc, int[] widths, int indent) {
        XWPFTable table = doc.createTable(1, 2);
        // The block moves to the next page whole rather than leaving "Nơi nhận:" alone at the bottom.
        table.getRow(0).setCantSplitRow(true);
        Docx.noBorders(table);
        Docx.fixWidths(table, widths, indent);
        return table;
    }

    static void header(XWPFDocument doc, DocumentLayout layout, vn.kehoachxa.domain.plan.Plan plan) {
        int[] widths = headerWidths(layout, plan);
        int total = widths[0] + widths[1];
        int usable = PageSetup.PORTRAIT_TEXT_WIDTH;
        // A block wider than the text area is centred on the page, reaching equally into both margins.
        int overhang = total > usable ? Math.max(HEADER_OVERHANG, (total - usable) / 2) : 0;
        XWPFTable table = twoColumns(doc, widths, -overhang);
        lines(table.getRow(0).getCell(0), layout.issuerBlock(plan), widths[0]);
        lines(table.getRow(0).getCell(1), layout.nationalBlock(plan), widths[1]);
    }

    /**
     * The header's column widths: the layout's, with the right column widened (taken from the left, then from the
     * margins) until its longest line — the place-date line once dated — fits on one line.
     */
    public static int[] headerWidths(DocumentLayout layout, vn.kehoachxa.domain.plan.Plan plan) {
        int[] base = layout.headerColumns();
        int right = Math.max(base[1], longest(layout.nationalBlock(plan)));
        if (right == base[1]) {
            return base;
        }
        right = Math.min(right, MAX_RIGHT);
        int left = Math.max(base[0] + base[1] - right, Math.min(base[0], longest(layout.issuerBlock(plan))));
        return new int[] {left, right};
    }

    /** Twips a column needs to hold the longest of {@code lines} on one line, cell margins and a safety included. */
    private static int longest(List<Line> lines) {
        int widest = 0;
        for (Line line : lines) {
            widest = Math.max(widest, TextWidth.twips(line.text(), line.size(), line.bold()));
        }
        // 5 % for the renderer's own metrics and kerning.
        return (int) Math.ceil(widest * 1.05) + CELL_MARGINS;
    }

    /**
     * Twips of the rule under {@code line} in a column of {@code innerTwips} (cell margins off): as long as the text,
     * or short — about a third of the column, or half the line when that is longer.
     */
    public static int ruleLength(Line line, int innerTwips) {
        int textWidth = TextWidth.twips(line.text(), line.size(), line.bold());
        int length = line.rule() == Rule.TEXT_LENGTH ? textWidth
                : Math.max((int) (innerTwips * SHORT_RULE), textWidth / 2);
        return Math.min(innerTwips, length);
    }

    /** The rule under a title's last summary line: a third of the line, never shorter than the text's 1200 twips. */
    public static int summaryRuleLength(int longestLineTwips) {
        return Math.min(PageSetup.PORTRAIT_TEXT_WIDTH / 3, Math.max(longestLineTwips, 1200));
    }

    /** Fills {@code cell} with centred lines; rules are drawn as bottom borders sized from the text. */
    static void lines(XWPFTableCell cell, List<Line> lines, int columnTwips) {
        int inner = columnTwips - CELL_MARGINS;
        boolean first = true;
        for (Line line : lines) {
            XWPFParagraph p = first ? Docx.firstParagraph(cell) : cell.addParagraph();
            first = false;
            p.setStyle(WordStyles.BLOCK);
            if (line.beforePoints() > 0) {
                p.setSpacingBefore(line.beforePoints() * 20);
            }
            Docx.run(p, line.text(), line.size(), line.bold(), line.italic());
            if (line.rule() != Rule.NONE) {
                XWPFParagraph rule = cell.addParagraph();
                rule.setStyle(WordStyles.BLOCK);
                Docx.rule(rule, inner, ruleLength(line, inner));
            }
        }
    }
}
