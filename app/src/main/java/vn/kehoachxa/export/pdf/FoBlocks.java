package vn.kehoachxa.export.pdf;

import java.util.List;

import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.export.word.BlockWriter;
import vn.kehoachxa.export.word.DocumentLayout;
import vn.kehoachxa.export.word.DocumentLayout.Line;
import vn.kehoachxa.export.word.DocumentLayout.Rule;
import vn.kehoachxa.export.word.PageSetup;
import vn.kehoachxa.export.word.TextWidth;
import vn.kehoachxa.export.word.WordStyles;

/**
 * The pieces both documents share, drawn from the layout the Word writers use: the header block (issuer | national
 * title, rules under lines), the title with its rule, body paragraphs and headings, the recipients-and-signature
 * block. Spacings are those of {@link WordStyles} (twips; 240 = single line).
 */
final class FoBlocks {

    /** Word's default left and right cell margin (108 twips each). */
    private static final int CELL_SIDE = BlockWriter.CELL_MARGINS / 2;
    /** The widened header block starts at least this far into the left margin (as BlockWriter). */
    private static final int HEADER_OVERHANG = 123;

    private FoBlocks() {
    }

    /** The header block: a borderless two-column table, widened and centred on the page when it must be. */
    static void header(Fo fo, DocumentLayout layout, Plan plan) {
        int[] widths = BlockWriter.headerWidths(layout, plan);
        int total = widths[0] + widths[1];
        int usable = PageSetup.PORTRAIT_TEXT_WIDTH;
        int overhang = total > usable ? Math.max(HEADER_OVERHANG, (total - usable) / 2) : 0;
        twoColumns(fo, widths, overhang);
        cell(fo);
        lines(fo, layout.issuerBlock(plan), widths[0]);
        fo.close("table-cell");
        cell(fo);
        lines(fo, layout.nationalBlock(plan), widths[1]);
        fo.close("table-cell");
        endTwoColumns(fo);
    }

    /** A borderless fixed table of one row kept whole, {@code overhang} twips into the left margin. */
    static void twoColumns(Fo fo, int[] widths, int overhang) {
        fo.open("table", "table-layout", "fixed", "width", Fo.pt(widths[0] + widths[1]),
                "start-indent", overhang == 0 ? null : Fo.pt(-overhang),
                "keep-together.within-page", "always");
        for (int w : widths) {
            fo.empty("table-column", "column-width", Fo.pt(w));
        }
        // Indents are inherited: the cells start again from their own edges.
        fo.open("table-body", "start-indent", "0pt", "end-indent", "0pt");
        fo.open("table-row", "keep-together.within-page", "always");
    }

    static void endTwoColumns(Fo fo) {
        fo.close("table-row").close("table-body").close("table");
    }

    static void cell(Fo fo) {
        fo.open("table-cell", "padding-left", Fo.pt(CELL_SIDE), "padding-right", Fo.pt(CELL_SIDE));
    }

    /** Centred lines of a block with their fixed look; rules drawn below lines as the layout asks. */
    static void lines(Fo fo, List<Line> lines, int columnTwips) {
        int inner = columnTwips - BlockWriter.CELL_MARGINS;
        for (Line line : lines) {
            // An empty line (a signer not yet named) keeps its height, as an empty Word paragraph does.
            fo.block(line.text().isEmpty() ? "\u00a0" : line.text(), "text-align", "center", "font-size", Fo.size(line.size()),
                    "font-weight", line.bold() ? "bold" : "normal", "font-style", line.italic() ? "italic" : "normal",
                    "space-before", line.beforePoints() > 0 ? line.beforePoints() + "pt" : null,
                    "space-before.conditionality", "retain",
                    "keep-with-next.within-page", "always");
            if (line.rule() != Rule.NONE) {
                rule(fo, BlockWriter.ruleLength(line, inner), 0);
            }
        }
    }

    /** A centred rule of {@code ruleTwips} on a 5 pt line, as the Word writer's bordered 5 pt paragraph. */
    static void rule(Fo fo, int ruleTwips, int afterTwips) {
        fo.open("block", "text-align", "center", "font-size", "5pt", "line-height", "5pt",
                "line-stacking-strategy", "line-height", "space-after", afterTwips > 0 ? Fo.pt(afterTwips) : null,
                "keep-with-previous.within-page", "always");
        fo.empty("leader", "leader-pattern", "rule", "leader-length", Fo.pt(ruleTwips), "rule-thickness", "0.75pt",
                "rule-style", "solid", "alignment-baseline", "before-edge");
        fo.close("block");
    }

    /** Type name, summary lines and the rule under them (a third of the line, never wider than the text). */
    static void title(Fo fo, DocumentLayout layout, String typeName, List<String> summary) {
        fo.block(typeName, "text-align", "center", "font-weight", "bold", "font-size", Fo.size(layout.typeNameSize()),
                "space-before", Fo.pt(360), "keep-with-next.within-page", "always");
        int longest = 0;
        for (String line : summary) {
            fo.block(line, "text-align", "center", "font-weight", "bold", "font-size", Fo.size(layout.summarySize()),
                    "keep-with-next.within-page", "always");
            longest = Math.max(longest, TextWidth.twips(line, layout.summarySize(), true));
        }
        rule(fo, BlockWriter.summaryRuleLength(longest), 240);
    }

    /** Attributes of a body paragraph: justified, first line indented 1 cm, 6 pt after, line spacing 1.2. */
    static String[] body(int size, boolean keepWithFooter) {
        return new String[] {"text-align", "justify", "text-indent", Fo.pt(WordStyles.FIRST_LINE_TWIPS),
            "space-after", Fo.pt(WordStyles.AFTER_TWIPS), "line-height", Fo.lineHeight(WordStyles.LINE_240THS),
            "font-size", Fo.size(size),
            "keep-with-next.within-page", keepWithFooter ? "always" : null,
            "keep-together.within-page", keepWithFooter ? "always" : null};
    }

    /** A heading: a body paragraph kept with the next, bold to level 3, italic from level 3. */
    static String[] heading(int size, int depth) {
        return new String[] {"text-align", "justify", "text-indent", Fo.pt(WordStyles.FIRST_LINE_TWIPS),
            "space-after", Fo.pt(WordStyles.AFTER_TWIPS), "line-height", Fo.lineHeight(WordStyles.LINE_240THS),
            "font-size", Fo.size(size), "keep-with-next.within-page", "always",
            "font-weight", depth <= 3 ? "bold" : "normal", "font-style", depth >= 3 ? "italic" : "normal"};
    }

    /** Attributes of a recipients line: 11 pt, single spacing. */
    static String[] recipient() {
        return new String[] {"font-size", "11pt", "text-align", "start"};
    }

    /** "Nơi nhận:" in bold italics 12 pt, 12 pt above. */
    static void recipientsHead(Fo fo) {
        fo.block("Nơi nhận:", "font-size", "12pt", "font-weight", "bold", "font-style", "italic",
                "space-before", "12pt", "space-before.conditionality", "retain", "text-align", "start");
    }

    /** The signer's titles (the first 12 pt lower) and name, with room for the signature and seal above the name. */
    static void signature(Fo fo, DocumentLayout layout, vn.kehoachxa.domain.plan.Signer signer) {
        lines(fo, layout.signatureBlock(signer), BlockWriter.FOOTER_COLUMNS[1]);
    }
}
