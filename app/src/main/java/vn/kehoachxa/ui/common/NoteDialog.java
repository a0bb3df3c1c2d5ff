package vn.kehoachxa.ui.common;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;

/**
 * A dialog that asks for a required reason or note (reopening a sent period, accepting a flagged figure): the
 * confirming button stays disabled until something is written. The result is the text, stripped.
 */
public final class NoteDialog {
    private NoteDialog() {
    }

    /** Builds the dialog (not shown): {@code header} says what is asked, {@code confirm} labels the OK button. */
    public static Dialog<String> build(Window owner, String id, String header, String prompt, String confirm) {
        Dialog<String> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Texts.get("app.title"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStyleClass().add("app-dialog");
        ButtonType ok = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Buttons.CANCEL);
        Label label = new Label(prompt);
        label.setWrapText(true);
        TextArea text = new TextArea();
        text.setId("noteText");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        label.setLabelFor(text);
        dialog.getDialogPane().setContent(new VBox(6, label, text));
        dialog.getDialogPane().setPrefWidth(560);
        Button button = (Button) dialog.getDialogPane().lookupButton(ok);
        button.setId("noteConfirm");
        button.disableProperty().bind(text.textProperty().isNull().or(text.textProperty().isEmpty())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> text.getText().isBlank(),
                        text.textProperty())));
        dialog.setOnShown(e -> text.requestFocus());
        dialog.setResultConverter(b -> b == ok ? text.getText().strip() : null);
        return dialog;
    }

    /** Shows the dialog and waits; empty when cancelled. */
    public static Optional<String> ask(Window owner, String id, String header, String prompt, String confirm) {
        return build(owner, id, header, prompt, confirm).showAndWait().filter(s -> !s.isBlank());
    }
}
