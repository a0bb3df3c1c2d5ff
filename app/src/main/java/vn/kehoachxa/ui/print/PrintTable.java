package vn.kehoachxa.ui.print;

import java.util.List;

/**
 * An appendix table as the print preview lays it out: the title lines above it, the column headings with relative
 * widths, and the rows (a group row is one line across the table).
 */
public record PrintTable(List<String> titleLines, List<String> headings, List<Double> widths, List<Line> rows) {
    public PrintTable {
        titleLines = List.copyOf(titleLines);
        headings = List.copyOf(headings);
        widths = List.copyOf(widths);
        rows = List.copyOf(rows);
        if (headings.size() != widths.size()) {
            throw new IllegalArgumentException("one width per heading");
        }
    }

    /** One row: its cells, or (for a group row) one text across the table. */
    public record Line(List<String> cells, boolean group) {
        public Line {
            cells = List.copyOf(cells);
        }
    }
}
