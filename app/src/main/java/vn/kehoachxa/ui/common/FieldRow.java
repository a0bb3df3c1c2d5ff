package vn.kehoachxa.ui.common;

import javafx.scene.layout.FlowPane;

/**
 * A row of fields in a form's grid that wraps onto a second line when the window is narrow or the text large. A grid
 * asks a flow pane its height at the pane's preferred wrap length, not at the width the grid then gives it; this row
 * wraps at the width it has, so the grid's row is as tall as the row's lines, no more and no less.
 */
public class FieldRow extends FlowPane {
    /** An empty row; FXML adds the fields. */
    public FieldRow() {
        super(8, 8);
        prefWrapLengthProperty().bind(widthProperty());
    }
}
