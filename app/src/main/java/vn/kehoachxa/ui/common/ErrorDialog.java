package vn.kehoachxa.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.StorageException;
import vn.kehoachxa.logging.AppLog;

/**
 * Shows a failure in Vietnamese: a {@link DomainException}'s message and every problem it lists, then what to do
 * next. Anything else is a bug: it is logged with its stack and the user is told which log file to send, with a
 * button that opens its folder.
 */
public final class ErrorDialog {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);
    private static volatile Consumer<Path> folderOpener;

    private ErrorDialog() {
    }

    /** How "Mở thư mục" opens the log folder: the composition root passes the system's opener (HostServices). */
    public static void setFolderOpener(Consumer<Path> opener) {
        folderOpener = opener;
    }

    /** Shows {@code error} over the focused window. Call on the FX thread. */
    public static void show(Throwable error) {
        Alert alert = build(error);
        Window.getWindows().stream().filter(Window::isFocused).findFirst().ifPresent(alert::initOwner);
        alert.show();
    }

    /** The dialog for {@code error}, not yet shown (tests look at it). */
    public static Alert build(Throwable error) {
        Content content = contentOf(error);
        Alert alert = Dialogs.alert(Alert.AlertType.ERROR, "", Buttons.CLOSE);
        alert.setTitle(Texts.get("app.title"));
        alert.setHeaderText(content.headline());
        VBox body = new VBox(8);
        if (!content.problems().isEmpty()) {
            ListView<String> list = new ListView<>();
            list.getItems().setAll(content.problems());
            list.setPrefHeight(Math.min(240, 28 * content.problems().size() + 4));
            list.setId("errorProblems");
            body.getChildren().add(list);
        }
        Label next = new Label(content.nextStep());
        next.setWrapText(true);
        next.setId("errorNextStep");
        body.getChildren().add(next);
        content.logFile().ifPresent(file -> body.getChildren().add(openFolderButton(file.getParent())));
        body.setPrefWidth(520);
        alert.getDialogPane().setContent(body);
        return alert;
    }

    private static Button openFolderButton(Path folder) {
        Button open = new Button(Texts.get("ui.error.openLogFolder"));
        open.setId("errorOpenLogFolder");
        open.setDisable(folderOpener == null);
        open.setOnAction(e -> {
            Consumer<Path> opener = folderOpener;
            if (opener != null) {
                opener.accept(folder);
            }
        });
        return open;
    }

    /** What the dialog says: headline, problems (when more than the headline), next step, the log file to send. */
    public static Content contentOf(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof StorageException storage) {
            // The message says what happened and what to do; the log keeps H2's own words for support.
            LOG.warn("Storage failure: {}", storage.problem(), storage);
            Optional<Path> logFile = AppLog.file();
            return new Content(storage.getMessage(), List.of(),
                    logFile.map(f -> Texts.get("ui.error.storage", f.toString())).orElse(""), logFile);
        }
        if (cause instanceof DomainException domain) {
            List<String> problems = domain.problems().size() == 1 && domain.problems().contains(domain.getMessage())
                    ? List.of() : domain.problems();
            return new Content(domain.getMessage(), problems, Texts.get("ui.error.fixAndRetry"), Optional.empty());
        }
        LOG.error("Unexpected failure", cause);
        Optional<Path> logFile = AppLog.file();
        String next = logFile.map(file -> Texts.get("ui.error.sendLog", file.toString()))
                .orElseGet(() -> Texts.get("ui.error.retry"));
        return new Content(Texts.get("ui.error.unexpected", AppLog.summary(cause)), List.of(), next, logFile);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (!(t instanceof DomainException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof DomainException ? t : error;
    }

    /** The words of an error dialog, and the log file an unexpected error was written to (to send it). */
    public record Content(String headline, List<String> problems, String nextStep, Optional<Path> logFile) {
    }
}
