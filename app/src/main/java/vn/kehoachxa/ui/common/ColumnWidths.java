package vn.kehoachxa.ui.common;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Text;

/**
 * Table columns measured in the UI text size (cỡ chữ giao diện), as app.css measures everything in em: with large
 * text on a small screen a column keeps room for a few words per line and the table scrolls sideways, instead of
 * squeezing every column to a letter or two; and a heading wraps onto a second line instead of ending in "…".
 */
public final class ColumnWidths {
    /** The header label's padding: 0.5em each side in the theme, and some air. */
    private static final double HEADING_PADDING_EM = 1.2;

    private ColumnWidths() {
    }

    /** Keeps {@code column} at least {@code ems} times the text size wide, following the size when it changes. */
    public static void atLeast(ObservableObjectValue<TextSize> size, TableColumnBase<?, ?> column, double ems) {
        column.minWidthProperty().bind(Bindings.createDoubleBinding(() -> ems * size.get().pixels(), size));
    }

    /**
     * Lets the headings of {@code columns} wrap to the column's width. A table header sizes itself to its label's
     * one-line height, so the heading is shown as a graphic: a text wrapped to the column's width, whose height the
     * header does take. The column keeps its text (the header shows only the graphic, see app.css), which the
     * heading follows.
     */
    public static void wrapHeadings(ObservableObjectValue<TextSize> size,
                                    List<? extends TableColumnBase<?, ?>> columns) {
        for (TableColumnBase<?, ?> column : columns) {
            Text heading = new Text();
            heading.getStyleClass().add("wrapped-heading-text");
            heading.textProperty().bind(column.textProperty());
            heading.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(1, column.getWidth() / size.get().pixels() - HEADING_PADDING_EM)
                            * size.get().pixels(),
                    column.widthProperty(), size));
            column.setGraphic(heading);
            column.getStyleClass().add("wrapped-heading");
        }
    }
}
