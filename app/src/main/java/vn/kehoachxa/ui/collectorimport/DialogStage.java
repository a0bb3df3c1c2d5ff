package vn.kehoachxa.ui.collectorimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;

/**
 * The collector dialogs' window: their FXML loaded onto the given controller, modal over the owner when there is one.
 * Public for the collector's other dialogs (ui/collectorsettings).
 */
public final class DialogStage {
    private DialogStage() {
    }

    /** Loads {@code fxml} with {@code controller} and puts it in a new, not yet shown window titled {@code title}. */
    public static Stage load(Object controller, String fxml, Window owner, String title) {
        FXMLLoader loader = new FXMLLoader(DialogStage.class.getResource(fxml), Texts.bundle());
        loader.setController(controller);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        stage.setScene(new Scene(root));
        return stage;
    }
}
