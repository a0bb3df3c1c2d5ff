package vn.kehoachxa.ui.common;

import java.time.format.DateTimeFormatter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.domain.storage.StorageException;

/**
 * Khôi phục khi khởi động: the database cannot be opened (missing, empty, damaged, half-upgraded) and a checked
 * backup exists, so instead of starting empty the app says what happened and offers the newest good backup.
 */
public final class RecoveryDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    /** What the official chose. */
    public enum Choice {
        /** Put the backup in place (the damaged file is kept beside under another name). */
        RESTORE,
        /** Start with an empty database (the damaged file is kept beside under another name). */
        START_EMPTY,
        /** Close the app and change nothing. */
        QUIT
    }

    private RecoveryDialog() {
    }

    /** Asks over {@code owner}; FX thread. */
    public static Choice ask(Window owner, StorageException error, BackupInfo backup) {
        Alert alert = build(error, backup);
        alert.initOwner(owner);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CLOSE);
        if (answer.getButtonData() == ButtonBar.ButtonData.YES) {
            return Choice.RESTORE;
        }
        return answer.getButtonData() == ButtonBar.ButtonData.NO ? Choice.START_EMPTY : Choice.QUIT;
    }

    /** The dialog, not yet shown (tests look at it). */
    public static Alert build(StorageException error, BackupInfo backup) {
        ButtonType restore = new ButtonType(Texts.get("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType empty = new ButtonType(Texts.get("recovery.startEmpty"), ButtonBar.ButtonData.NO);
        ButtonType quit = new ButtonType(Texts.get("recovery.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Dialogs.alert(Alert.AlertType.WARNING, "", restore, empty, quit);
        alert.setTitle(Texts.get("app.title"));
        alert.setHeaderText(Texts.get("recovery.header"));
        Label what = new Label(error.getMessage());
        what.setWrapText(true);
        what.setId("recoveryProblem");
        Label offer = new Label(Texts.get("recovery.offer", backup.takenAt().format(WHEN),
                backup.counts().describe(),
                backup.file()));
        offer.setWrapText(true);
        offer.setId("recoveryOffer");
        VBox body = new VBox(10, what, offer);
        body.setPrefWidth(620);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().lookupButton(restore).setId("recoveryRestore");
        alert.getDialogPane().lookupButton(empty).setId("recoveryStartEmpty");
        // The three answers differ in length; uniform sizing would cut the longest one.
        for (ButtonType type : alert.getButtonTypes()) {
            ButtonBar.setButtonUniformSize(alert.getDialogPane().lookupButton(type), false);
        }
        return alert;
    }
}
