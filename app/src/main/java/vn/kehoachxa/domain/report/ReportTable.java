package vn.kehoachxa.domain.report;

import java.util.List;

/**
 * Biểu kèm báo cáo: one appendix table of a periodic report as text — its label ("Biểu 1"), title, column headers
 * and rows; a row with a group text is a group heading across the width.
 */
public record ReportTable(String label, String title, List<String> columns, List<Row> rows) {
    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.group() == null && row.cells().size() != columns.size()) {
                throw new IllegalArgumentException(row.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** A data row (cells, {@code group} null) or a group heading ({@code group} set, no cells). */
    public record Row(String group, List<String> cells) {
        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }

        /** A data row. */
        public static Row data(String... cells) {
            return new Row(null, List.of(cells));
        }

        /** A group heading. */
        public static Row group(String text) {
            return new Row(text, List.of());
        }
    }
}
