package vn.kehoachxa.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How tall the rows of the main tables grow, and how many rows a table keeps room for, so that a 1024x768 screen
 * with the largest text still shows eight rows of every table (issue 19). A row's wrapped text grows as far as the
 * table's height leaves room for {@link #ROWS} rows, and never below {@link #MIN_LINES} line; what is longer ends in
 * "…", and the whole text is in the row's tooltip and in the editor or detail pane beside the table, which shows the
 * selected row whole. On a tall screen rows show everything, as before.
 */
public final class RowLines {
    /** Rows every main table keeps room for. */
    public static final int ROWS = 8;
    /**
     * A row always has room for this many lines: one, so that eight rows fit a 1024x768 window with the largest text
     * without the page scrolling away from the toolbar; the detail pane shows the rest.
     */
    public static final int MIN_LINES = 1;
    /** A wrapped column heading: two lines and the header's padding, in em. */
    private static final double HEADER_EM = 3.4;
    /** A line of text in a row, in em (the font's line spacing). */
    private static final double LINE_EM = 1.2;
    /** A row's padding and borders around its lines, in em. */
    private static final double ROW_PADDING_EM = 0.8;
    /** The least height of a row in a dense AtlantaFX table, in em. */
    private static final double ROW_EM = 2.0;
    /** Room for part of a row more, so borders and rounding never leave seven and a bit. */
    private static final double SPARE_ROWS = 0.3;

    private RowLines() {
    }

    /**
     * The most lines a row's text takes in {@code table} at {@code fontSize} pixels: what leaves room for {@link #ROWS}
     * rows in the table's height, at least {@link #MIN_LINES}.
     */
    public static int maxLines(Control table, double fontSize) {
        return linesAt(table.getHeight(), fontSize);
    }

    /**
     * Shows {@code full} in {@code text} (already wrapped to its column) in a row of {@code table}, cut after
     * {@link #maxLines} lines with "…"; {@code cell} gets the whole text as its tooltip when it was cut.
     */
    public static void show(Text text, String full, Control cell, Control table) {
        String whole = full == null ? "" : full;
        double px = text.getFont().getSize();
        boolean cut = fit(text, whole, table == null ? MIN_LINES : maxLines(table, px));
        Tooltip tip = cell.getTooltip();
        if (!cut) {
            if (tip != null) {
                cell.setTooltip(null);
            }
        } else if (tip == null || !whole.equals(tip.getText())) {
            Tooltip tooltip = new Tooltip(whole);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(40 * px);
            cell.setTooltip(tooltip);
        }
    }
    /**
     * Sets {@code full} as {@code text}'s text, cut to {@code lines} lines; returns whether it was cut. Measures on a
     * copy, so the shown text changes at most once (a cell may call this while it is laid out).
     */
    static boolean fit(Text text, String full, int lines) {
        Text probe = new Text(full);
        probe.setFont(text.getFont());
        probe.setWrappingWidth(text.getWrappingWidth());
        double limit = lineHeight(text.getFont()) * (lines + 0.5);
        if (probe.getLayoutBounds().getHeight() <= limit) {
            text.setText(full);
            return false;
        }
        // The longest start of the text that, with "…", stays within the lines.
        int fits = 0;
        int tooLong = full.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            probe.setText(cut(full, middle));
            if (probe.getLayoutBounds().getHeight() <= limit) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        text.setText(cut(full, fits));
        return true;
    }

    private static String cut(String full, int length) {
        return full.substring(0, length).stripTrailing() + "…";
    }

    private static double lineHeight(Font font) {
        Text probe = new Text("Ảg");
        probe.setFont(font);
        return probe.getLayoutBounds().getHeight();
    }

    /**
     * Keeps {@code table} tall enough for {@link #ROWS} rows of {@link #MIN_LINES} lines and a two-line heading at
     * text size {@code size} (a screen too short for that scrolls: the main window puts every screen in a scroll
     * pane), and shows its rows anew when its height changes, so rows grow or shrink with the room there is.
     */
    public static void keepRows(ObservableObjectValue<TextSize> size, Control table) {
        // AtlantaFX's dense tables: rows of two em rather than three, for the short text most cells hold.
        if (!table.getStyleClass().contains("dense")) {
            table.getStyleClass().add("dense");
        }
        table.minHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            int px = size.get().pixels();
            double row = Math.max(ROW_EM, MIN_LINES * LINE_EM + ROW_PADDING_EM);
            return (HEADER_EM + (ROWS + SPARE_ROWS) * row) * px;
        }, size));
        table.heightProperty().addListener((obs, old, now) -> {
            int px = size.get().pixels();
            if (maxLines(table, px) != linesAt(old.doubleValue(), px)) {
                refresh(table);
            }
        });
    }

    private static int linesAt(double height, double px) {
        double perRow = (height - HEADER_EM * px) / ROWS - ROW_PADDING_EM * px;
        return Math.max(MIN_LINES, (int) Math.floor(perRow / (LINE_EM * px)));
    }

    private static void refresh(Control table) {
        if (table instanceof javafx.scene.control.TableView<?> t) {
            t.refresh();
        } else if (table instanceof javafx.scene.control.TreeTableView<?> t) {
            t.refresh();
        }
    }
}
