package vn.kehoachxa.ui.common;

import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

/**
 * A list row whose text wraps to the list's width and grows as tall as it needs, so long wording (a task, a
 * citation, a deadline) is read whole instead of being cut with "…" or running off the right edge.
 */
public class WrappingListCell<T> extends ListCell<T> {
    /** Room for the scroll bar and the cell's padding. */
    private static final double INSET = 32;
    private final Text text = new Text();
    private final Function<? super T, String> display;

    /** Shows each item as {@code display} says. */
    public WrappingListCell(Function<? super T, String> display) {
        this.display = display;
        text.getStyleClass().add("wrapping-cell-text");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
        listViewProperty().addListener((obs, old, list) -> {
            text.wrappingWidthProperty().unbind();
            if (list != null) {
                text.wrappingWidthProperty().bind(list.widthProperty().subtract(INSET));
            }
        });
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            text.setText(display.apply(item));
            // A Text node takes no colour from the cell's CSS: follow the cell's own text fill (selection, problems).
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            setGraphic(text);
        }
    }

    /** The text shown for the row, for subclasses that number rows. */
    protected String displayed(T item) {
        return display.apply(item);
    }
}
