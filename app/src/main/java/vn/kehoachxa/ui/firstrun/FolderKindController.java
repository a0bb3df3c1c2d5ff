package vn.kehoachxa.ui.firstrun;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.DataFolderKind;

/**
 * The very first screen on a new data folder (one holding neither a commune database nor a collector): what this
 * computer is for, a commune/ward office (Xã/phường, the default) or a province office collecting the communes'
 * reports (Tỉnh). Shown before any database exists, so the choice decides which one is created; the composition
 * root opens the folder on the background thread once the official confirms.
 */
public final class FolderKindController {
    private final Path folder;
    private final Consumer<DataFolderKind> onChosen;
    private final FolderKindViewModel model = new FolderKindViewModel();

    @FXML private ToggleGroup kinds;
    @FXML private RadioButton communeChoice;
    @FXML private RadioButton provinceChoice;
    @FXML private VBox communeCard;
    @FXML private VBox provinceCard;
    @FXML private Label folderNote;
    @FXML private Button folderKindContinue;

    /** Built by the composition root for {@code folder}; {@code onChosen} receives the confirmed kind (FX thread). */
    public FolderKindController(Path folder, Consumer<DataFolderKind> onChosen) {
        this.folder = folder;
        this.onChosen = onChosen;
    }

    @FXML
    private void initialize() {
        communeChoice.setUserData(DataFolderKind.COMMUNE);
        provinceChoice.setUserData(DataFolderKind.COLLECTOR_EMBEDDED);
        kinds.selectToggle(model.chosenProperty().get() == DataFolderKind.COMMUNE ? communeChoice : provinceChoice);
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A radio group never goes back to nothing chosen.
                kinds.selectToggle(old);
            } else {
                model.chosenProperty().set((DataFolderKind) now.getUserData());
            }
        });
        // The whole card, explanation included, is the choice: officials click the text they read.
        communeCard.setOnMouseClicked(e -> communeChoice.setSelected(true));
        provinceCard.setOnMouseClicked(e -> provinceChoice.setSelected(true));
        // Enter on an answer confirms it, as in a dialog (a focused radio button would otherwise take Enter to mean
        // "select me" on Windows and Linux, and the default button would never see it).
        for (RadioButton answer : List.of(communeChoice, provinceChoice)) {
            answer.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    answer.setSelected(true);
                    onContinue();
                }
            });
        }
        folderNote.setText(Texts.get("folderkind.folder", folder.toAbsolutePath()));
        folderKindContinue.disableProperty().bind(model.confirmedProperty());
        communeChoice.disableProperty().bind(model.confirmedProperty());
        provinceChoice.disableProperty().bind(model.confirmedProperty());
    }

    /** Puts the keyboard on the chosen answer (the commune's at first), so Enter confirms it. FX thread. */
    public void focusChoice() {
        (model.chosenProperty().get() == DataFolderKind.COMMUNE ? communeChoice : provinceChoice).requestFocus();
    }

    /** The choice's state (UI tests). */
    public FolderKindViewModel model() {
        return model;
    }

    @FXML
    private void onContinue() {
        DataFolderKind kind = model.confirm();
        if (kind != null) {
            onChosen.accept(kind);
        }
    }
}
