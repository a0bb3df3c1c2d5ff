package vn.kehoachxa.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import vn.kehoachxa.domain.Texts;

/**
 * Where the app's alerts are made. JavaFX titles and heads an {@link Alert} by its type in the JVM's language
 * ("Warning", "Confirmation", "Message", "Error": it ships no Vietnamese), so every alert starts here with the
 * app's Vietnamese title, no English head, and the Vietnamese {@link Buttons} (or the buttons given). Its text
 * size and theme come from {@link Appearance}, which styles every window the app shows, dialogs made elsewhere too.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** An alert of {@code type} saying {@code text}; without buttons given: Đóng, or Đồng ý and Hủy to confirm. */
    public static Alert alert(Alert.AlertType type, String text, ButtonType... buttons) {
        ButtonType[] chosen = buttons.length > 0 ? buttons
                : type == Alert.AlertType.CONFIRMATION ? new ButtonType[] {Buttons.OK, Buttons.CANCEL}
                : new ButtonType[] {Buttons.CLOSE};
        Alert alert = new Alert(type, text, chosen);
        alert.setTitle(Texts.get("app.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().getStyleClass().add("app-dialog");
        return alert;
    }
}
