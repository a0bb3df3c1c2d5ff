package vn.kehoachxa.ui.common;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;

/**
 * Shows a failure in Vietnamese: a {@link DomainException}'s message and every problem it lists, then what to do
 * next. Anything else is a bug: it is logged with its stack and the user is told to send the log.
 */
public final class ErrorDialog {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);

    private ErrorDialog() {
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
        Alert alert = new Alert(Alert.AlertType.ERROR, "", Buttons.CLOSE);
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
        body.getChildren().add(next);
        body.setPrefWidth(520);
        alert.getDialogPane().setContent(body);
        return alert;
    }

    /** What the dialog says: headline, problems (when more than the headline), next step. */
    public static Content contentOf(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof DomainException domain) {
            List<String> problems = domain.problems().size() == 1 && domain.problems().contains(domain.getMessage())
                    ? List.of() : domain.problems();
            return new Content(domain.getMessage(), problems, Texts.get("ui.error.fixAndRetry"));
        }
        LOG.error("Unexpected failure", cause);
        return new Content(Texts.get("ui.error.unexpected", String.valueOf(cause)), List.of(),
                Texts.get("ui.error.sendLog"));
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (!(t instanceof DomainException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof DomainException ? t : error;
    }

    /** The words of an error dialog. */
    public record Content(String headline, List<String> problems, String nextStep) {
    }
}
