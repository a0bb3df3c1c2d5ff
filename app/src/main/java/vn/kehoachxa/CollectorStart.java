package vn.kehoachxa;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.persistence.DataFolderLock;
import vn.kehoachxa.service.collect.CollectorLaunch;
import vn.kehoachxa.service.collect.CollectorWorkspace;
import vn.kehoachxa.ui.common.CollectorContext;

/**
 * The composition root's collector half (decision 0042): whether this start is a province collector's (or a new
 * folder whose kind the official chooses first), opening its folder on the background thread, and the window shown
 * once it is open. The window itself is
 * {@link CollectorWindow}.
 */
final class CollectorStart {
    private CollectorStart() {
    }

    /** How a start opens its data folder. */
    enum Opening {
        /** The commune's database (created when new: the first-run wizard follows). */
        COMMUNE,
        /** The province collector (created embedded when new). */
        COLLECTOR,
        /** A new folder and no {@code --collector}: the official chooses before any database is created. */
        ASK
    }

    /**
     * Background: how to open {@code folder} for the arguments {@code raw}: a collector when asked or when the folder
     * is one, the commune's when it holds a commune database, else ask (an empty folder, or one holding only the
     * log, the window settings or the single-instance lock, none of which is a database).
     */
    static Opening opening(List<String> raw, Path folder) {
        if (CollectorLaunch.fromArguments(raw).collector()) {
            return Opening.COLLECTOR;
        }
        return switch (CollectorWorkspace.kindOf(folder)) {
            case COMMUNE -> Opening.COMMUNE;
            case COLLECTOR_EMBEDDED, COLLECTOR_SERVER -> Opening.COLLECTOR;
            case EMPTY -> Opening.ASK;
        };
    }

    /** Background: opens the claimed collector folder; asks for the server password on the FX thread if needed. */
    static CollectorContext open(DataFolderLock lock, List<String> raw, ExecutorService executor,
            ExecutorService fileExecutor) {
        CollectorWorkspace workspace = CollectorWorkspace.open(lock, CollectorLaunch.fromArguments(raw),
                CollectorStart::askPassword);
        return new CollectorContext(workspace, executor, fileExecutor);
    }

    /** Blocks the background thread while the official types the server password (null: cancelled). */
    private static char[] askPassword(ServerConnection server) {
        FutureTask<char[]> ask = new FutureTask<>(() -> {
            Dialog<char[]> dialog = new Dialog<>();
            dialog.setTitle(Texts.get("collector.password.title"));
            dialog.setHeaderText(Texts.get("collector.password.header", server.user(), server.shown()));
            PasswordField field = new PasswordField();
            field.setId("serverPassword");
            dialog.getDialogPane().setContent(field);
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK))
                    .setText(Texts.get("collector.password.ok"));
            ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL))
                    .setText(Texts.get("collector.password.cancel"));
            dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
            Platform.runLater(field::requestFocus);
            return dialog.showAndWait().orElse(null);
        });
        Platform.runLater(ask);
        try {
            return ask.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
