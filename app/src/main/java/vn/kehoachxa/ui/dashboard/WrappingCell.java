package vn.kehoachxa.ui.dashboard;

import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;

/** A list row whose text wraps to the list's width, so long wording is read whole rather than cut with "…". */
final class WrappingCell extends ListCell<String> {
    WrappingCell() {
        setWrapText(true);
        setTextOverrun(OverrunStyle.CLIP);
        // The cell's preferred width follows the list (less the scroll bar), so the label wraps instead of widening.
        listViewProperty().addListener((obs, old, list) -> {
            prefWidthProperty().unbind();
            if (list != null) {
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }
        });
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item);
    }
}
