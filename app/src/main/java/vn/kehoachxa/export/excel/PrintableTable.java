package vn.kehoachxa.export.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table as it is printed (bảng in): heading lines above it, its columns, and its rows in printed order. Any
 * export that prints a table (appendices, periodic report tables) builds one and hands it to
 * {@link PrintableSheetWriter}, which owns the print setup, the styles and the row heights.
 */
public record PrintableTable(List<TitleLine> titleLines, List<Column> columns, List<Row> rows) {
    public PrintableTable {
        titleLines = List.copyOf(titleLines);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (columns.isEmpty() || columns.stream().allMatch(Column::hidden)) {
            throw new IllegalArgumentException("a printable table needs at least one visible column");
        }
        for (Row row : rows) {
            if (row instanceof DataRow data && data.cells().size() != columns.size()) {
                throw new IllegalArgumentException("data row has " + data.cells().size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** How a heading line above the table looks. */
    public enum TitleStyle {
        /** "Phụ lục I": bold, a little larger. */
        LABEL,
        /** The table's title, bold (the caller passes it in upper case where the form wants that). */
        TITLE,
        /** "(Kèm theo Kế hoạch số …)": italic. */
        NOTE
    }

    /** Horizontal alignment of a column's cells. */
    public enum Align {
        LEFT, CENTER, RIGHT
    }

    /** One heading line, merged across the table's width. */
    public record TitleLine(String text, TitleStyle style) {
        public TitleLine {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /**
     * One column: its header, its width in characters of the body font (Excel's column unit), its alignment, whether
     * it is hidden (kept in the file for calculation, left off the printed page), and the Excel number format of its
     * number cells ({@code "#,##0"}, {@code "0.0%"}; null: General).
     */
    public record Column(String header, int widthChars, Align align, boolean hidden, String numberFormat) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(align, "align");
            if (widthChars < 1 || widthChars > 255) {
                throw new IllegalArgumentException("column width out of range: " + widthChars);
            }
        }

        /** A column whose numbers print in General format. */
        public Column(String header, int widthChars, Align align, boolean hidden) {
            this(header, widthChars, align, hidden, null);
        }

        /** A visible column. */
        public static Column of(String header, int widthChars, Align align) {
            return new Column(header, widthChars, align, false);
        }

        /** A visible column whose numbers print in {@code format}. */
        public static Column number(String header, int widthChars, String format) {
            return new Column(header, widthChars, Align.CENTER, false, format);
        }
    }

    /** A row of the table body: a group row or a data row. */
    public sealed interface Row permits GroupRow, DataRow {
    }

    /** A group row ("I. Nâng cao thể trạng…"), bold and merged across the table. */
    public record GroupRow(String text) implements Row {
        public GroupRow {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A data row; each cell is a {@link String} (always written as text, never as a formula), a {@link Number}
     * (written as a number) or {@code null} (empty). A string may hold line breaks.
     */
    public record DataRow(List<Object> cells) implements Row {
        public DataRow {
            for (Object cell : cells) {
                if (cell != null && !(cell instanceof String) && !(cell instanceof Number)) {
                    throw new IllegalArgumentException("cell must be text, a number or empty: " + cell.getClass());
                }
            }
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }

        /** A data row from its cells in column order. */
        public static DataRow of(Object... cells) {
            return new DataRow(Arrays.asList(cells));
        }
    }
}
