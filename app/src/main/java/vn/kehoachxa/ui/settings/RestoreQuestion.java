package vn.kehoachxa.ui.settings;

import java.time.format.DateTimeFormatter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import vn.kehoachxa.ui.common.FileChooserPort;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.Dialogs;

/**
 * The one question asked before any restore (Cài đặt and the first-run screen): what the backup holds, when it was
 * taken, and that the data now in the app is backed up first.
 */
public final class RestoreQuestion {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private RestoreQuestion() {
    }

    /** Asks; true when the official chose to restore. */
    public static boolean ask(Window owner, BackupInfo backup) {
        ButtonType yes = new ButtonType(Texts.get("backups.restore.yes"), ButtonBar.ButtonData.YES);
        String content = backup.verified() ? backup.counts().describe() : Texts.get("backup.unverified");
        Alert ask = Dialogs.alert(Alert.AlertType.CONFIRMATION, Texts.get("backups.restore.question",
                backup.takenAt().format(WHEN), content), yes, Buttons.CANCEL);
        ask.setTitle(Texts.get("app.title"));
        ask.setHeaderText(Texts.get("backups.restore.header"));
        ask.initOwner(owner);
        ask.getDialogPane().lookupButton(yes).setId("restoreYes");
        return ask.showAndWait().filter(yes::equals).isPresent();
    }

    /** The file dialog's request for a backup file brought from another PC or a USB stick. */
    public static FileChooserPort.Request fileRequest() {
        return new FileChooserPort.Request(Texts.get("backups.restoreFromFile.title"),
                Texts.get("backups.restoreFromFile.filter"), "*.zip", null, null);
    }
}
