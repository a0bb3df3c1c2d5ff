package vn.kehoachxa.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.service.BackupService;
import vn.kehoachxa.ui.common.Tasks;

/**
 * Sao lưu và khôi phục in Cài đặt: the list of backups, what is running, what happened. Work runs on the ordered
 * executor (a restore must not overtake a queued edit); the properties change on the FX thread only.
 */
final class BackupsViewModel {
    private final BackupService backups;
    private final Executor executor;
    private final ObservableList<BackupInfo> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    BackupsViewModel(BackupService backups, Executor executor) {
        this.backups = backups;
        this.executor = executor;
    }

    ObservableList<BackupInfo> rows() {
        return rows;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Reads the list again. */
    void refresh() {
        run(backups::list, list -> { });
    }

    /** A backup now, into the backups folder. */
    void backupNow() {
        run(() -> {
            BackupInfo made = backups.backupNow();
            return Texts.get("backups.done", made.file(), made.counts().describe());
        }, message -> status.set(message));
    }

    /** A backup now, copied into {@code folder}. */
    void backupTo(Path folder) {
        run(() -> Texts.get("backups.copied", backups.backupTo(folder)), message -> status.set(message));
    }

    /** Reads what backup file {@code zip} (from a USB stick, another PC) holds, then hands it to {@code then}. */
    void describe(Path zip, Consumer<BackupInfo> then) {
        run(() -> BackupService.describe(zip), then);
    }

    /** Restores {@code backup}; {@code afterRestore} rebuilds the screens on the restored data. */
    void restore(BackupInfo backup, Runnable afterRestore) {
        run(() -> {
            BackupInfo.Counts counts = backups.restore(backup);
            return Texts.get("backups.restored", counts.describe());
        }, message -> {
            status.set(message);
            afterRestore.run();
        });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> then) {
        busy.set(true);
        Tasks.create(() -> new Outcome<>(work.call(), backups.list()))
                .onSuccess(outcome -> {
                    rows.setAll(outcome.list());
                    then.accept(outcome.value());
                })
                .onError(error -> {
                    status.set("");
                    vn.kehoachxa.ui.common.ErrorDialog.show(error);
                })
                .andFinally(() -> busy.set(false))
                .runOn(executor);
    }

    private record Outcome<T>(T value, List<BackupInfo> list) {
    }
}
