package vn.kehoachxa.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.edit.Reported;

/** Asks before deleting a row or group that the units reported on, naming how much of their reporting goes. */
public final class DeleteConfirmation {
    private DeleteConfirmation() {
    }

    /**
     * Shows the question {@code messageKey} (arguments: entries, units, periods) and waits; true when the user chose
     * to delete. The dialog pane is {@code #deleteConfirm}, its text {@code #deleteConfirmText}.
     */
    public static boolean ask(Window owner, String messageKey, Reported reported) {
        ButtonType delete = new ButtonType(Texts.get("delete.confirm.delete"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Texts.get("delete.confirm.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = Dialogs.alert(Alert.AlertType.CONFIRMATION, "", delete, keep);
        Label text = new WrappingLabel();
        text.setText(Texts.get(messageKey, reported.entries(), reported.units(), reported.periods()));
        text.setPrefWidth(420);
        text.setId("deleteConfirmText");
        ask.getDialogPane().setContent(text);
        ask.initOwner(owner);
        ask.setTitle(Texts.get("delete.confirm.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("deleteConfirm");
        ask.getDialogPane().lookupButton(delete).setId("deleteConfirmYes");
        ask.getDialogPane().lookupButton(keep).setId("deleteConfirmNo");
        return ask.showAndWait().filter(b -> b == delete).isPresent();
    }
}
