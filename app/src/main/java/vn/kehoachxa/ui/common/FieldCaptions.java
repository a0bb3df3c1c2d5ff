package vn.kehoachxa.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A field with its name in small type above it ({@code field-caption} in app.css), for fields that sit side by side
 * or below a list: a prompt alone names a field only while it is empty.
 */
public final class FieldCaptions {
    /** The key, in a field's properties, of the caption a form built in code shows above it. */
    public static final String CAPTION = "kehoachxa.caption";

    private FieldCaptions() {
    }

    /**
     * Points every caption under {@code root} that points nowhere at the field after it. FXML resolves
     * {@code labelFor="$id"} only for a field defined earlier in the file, and a caption comes before its field.
     */
    public static void link(javafx.scene.Parent root) {
        for (javafx.scene.Node n : root.lookupAll(".field-caption")) {
            if (n instanceof Label caption && caption.getLabelFor() == null && n.getParent() != null) {
                var siblings = n.getParent().getChildrenUnmodifiable();
                int at = siblings.indexOf(n);
                if (at + 1 < siblings.size()) {
                    caption.setLabelFor(siblings.get(at + 1));
                }
            }
        }
    }

    /** {@code field} under a caption saying {@code caption}, the caption pointing at it ({@code labelFor}). */
    public static VBox captioned(String caption, Control field) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setLabelFor(field);
        label.setWrapText(true);
        VBox box = new VBox(label, field);
        box.getStyleClass().add("captioned-field");
        VBox.setVgrow(field, Priority.ALWAYS);
        return box;
    }
}
