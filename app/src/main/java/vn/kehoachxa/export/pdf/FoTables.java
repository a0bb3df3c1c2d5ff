package vn.kehoachxa.export.pdf;

import java.util.List;

import vn.kehoachxa.export.word.LayoutTexts;

/**
 * Appendix and Biểu tables: thin black grid, a bold centred header row repeated on every page, group rows across
 * the width in bold kept with the row after them, fixed column widths, cell text as the Word writer's table text
 * (2 pt above and below, single spacing, left unless centred).
 */
final class FoTables {

    private static final String BORDER = "0.5pt solid black";
    private static final int CELL_SIDE = 108;

    private FoTables() {
    }

    /** Label, title lines and the italic notes above a table, kept with it. */
    static void caption(Fo fo, String label, String title, List<String> notes) {
        String[] bold = {"text-align", "center", "font-weight", "bold", "font-size", "14pt",
            "keep-with-next.within-page", "always"};
        fo.block(label, bold);
        for (String line : LayoutTexts.lines(title)) {
            fo.block(line, bold);
        }
        for (int i = 0; i < notes.size(); i++) {
            fo.block(notes.get(i), "text-align", "center", "font-style", "italic", "font-size", "14pt",
                    "space-after", i == notes.size() - 1 ? "12pt" : null, "keep-with-next.within-page", "always");
        }
    }

    /** Opens the table and writes its header row. */
    static void begin(Fo fo, int[] widths, List<String> columns, int size) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        // Separate borders without gaps (FOP's collapsing model leaves gaps beside cells that span the width):
        // each cell draws its right and bottom line, the table its top and left, so every line prints once.
        fo.open("table", "table-layout", "fixed", "width", Fo.pt(total), "border-collapse", "separate",
                "border-separation", "0pt", "border-top", BORDER, "border-left", BORDER,
                "border-before-width.conditionality", "retain");
        for (int w : widths) {
            fo.empty("table-column", "column-width", Fo.pt(w));
        }
        fo.open("table-header");
        fo.open("table-row", "keep-together.within-page", "always");
        for (String c : columns) {
            cell(fo, null, List.of(c), true, true, size);
        }
        fo.close("table-row").close("table-header");
        fo.open("table-body");
    }

    static void end(Fo fo) {
        fo.close("table-body").close("table");
    }

    /** A group heading across all {@code columns}, bold, never alone at the foot of a page. */
    static void group(Fo fo, String text, int columns, int size) {
        fo.open("table-row", "keep-together.within-page", "always", "keep-with-next.within-page", "always");
        cell(fo, String.valueOf(columns), List.of(text), false, true, size);
        fo.close("table-row");
    }

    /** Opens a data row; {@code whole} keeps it on one page. */
    static void beginRow(Fo fo, boolean whole) {
        fo.open("table-row", "keep-together.within-page", whole ? "always" : null);
    }

    static void endRow(Fo fo) {
        fo.close("table-row");
    }

    /** A cell of one paragraph per line. */
    static void cell(Fo fo, String span, List<String> lines, boolean centred, boolean bold, int size) {
        fo.open("table-cell", "number-columns-spanned", span, "border-right", BORDER, "border-bottom", BORDER,
                "border-after-width.conditionality", "retain",
                "padding-left", Fo.pt(CELL_SIDE), "padding-right", Fo.pt(CELL_SIDE));
        if (lines.isEmpty()) {
            fo.empty("block");
        }
        for (String line : lines) {
            fo.block(line, "text-align", centred ? "center" : "start", "font-weight", bold ? "bold" : null,
                    "font-size", Fo.size(size), "padding-top", "2pt", "padding-bottom", "2pt");
        }
        fo.close("table-cell");
    }
}
