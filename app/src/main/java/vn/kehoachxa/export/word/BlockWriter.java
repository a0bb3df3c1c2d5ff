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
final class BlockWriter {

    /** Widths of the footer's recipients and signature columns. */
    static final int[] FOOTER_COLUMNS = {4700, 4654};
    /** The widened header block starts this far into the left margin, centring it on the page. */
    private static final int HEADER_OVERHANG = 123;
    /** The shortest a short rule gets, as a fraction of its column; otherwise half the line above. */
    private static final double SHORT_RULE = 0.3;

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
        int[] widths = layout.headerColumns();
        int total = widths[0] + widths[1];
        int usable = PageSetup.PORTRAIT_TEXT_WIDTH;
        XWPFTable table = twoColumns(doc, widths, total > usable ? -HEADER_OVERHANG : 0);
        lines(table.getRow(0).getCell(0), layout.issuerBlock(plan), widths[0]);
        lines(table.getRow(0).getCell(1), layout.nationalBlock(plan), widths[1]);
    }

    /** Fills {@code cell} with centred lines; rules are drawn as bottom borders sized from the text. */
    static void lines(XWPFTableCell cell, List<Line> lines, int columnTwips) {
        int inner = columnTwips - 2 * 108;
        boolean first = true;
        for (Line line : lines) {
            XWPFParagraph p = first ? Docx.firstParagraph(cell) : cell.addParagraph();
            first = false;
            p.setStyle(WordStyles.BLOCK);
            if (line.beforePoints() > 0) {
                p.setSpacingBefore(line.beforePoints() * 20);
            }
            Docx.run(p, line.text(), line.size(), line.bold(), line.italic());
            int textWidth = TextWidth.twips(line.text(), line.size(), line.bold());
            if (line.rule() != Rule.NONE) {
                XWPFParagraph rule = cell.addParagraph();
                rule.setStyle(WordStyles.BLOCK);
                int length = line.rule() == Rule.TEXT_LENGTH ? textWidth
                        : Math.max((int) (inner * SHORT_RULE), textWidth / 2);
                Docx.rule(rule, inner, Math.min(inner, length));
            }
        }
    }
}
