package vn.kehoachxa.ui.collectorimport;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.service.collect.ProvinceCommuneService;
import vn.kehoachxa.service.edit.Change;
import vn.kehoachxa.ui.common.Dialogs;
import vn.kehoachxa.ui.common.Tasks;

/**
 * Danh sách xã của tỉnh: the province's name and its communes — add, edit, remove (a commune that sent a package is
 * refused with what it holds), import a list from .xlsx/.csv (all or nothing; every error with its cell), and undo or
 * redo each of these. Database work runs on the ordered executor.
 *
 * <p>Entry point for the collector's main window:
 * {@code CommuneListDialog.show(owner, communeService, orderedExecutor, afterChange)}; {@code afterChange} runs on the
 * FX thread after every edit, undo or redo, so the window can refresh.
 */
public final class CommuneListDialog {
    private final ProvinceCommuneService service;
    private final Executor ordered;
    private final Runnable afterChange;
    private final CommuneListViewModel model = new CommuneListViewModel();
    private Stage stage;

    @FXML
    Parent root;
    @FXML
    TextField province;
    @FXML
    Label status;
    @FXML
    TableView<ProvinceCommune> communes;
    @FXML
    TableColumn<ProvinceCommune, String> codeColumn;
    @FXML
    TableColumn<ProvinceCommune, String> nameColumn;
    @FXML
    TableColumn<ProvinceCommune, String> provinceColumn;
    @FXML
    Button edit;
    @FXML
    Button remove;
    @FXML
    Button undo;
    @FXML
    Button redo;

    private CommuneListDialog(ProvinceCommuneService service, Executor ordered, Runnable afterChange) {
        this.service = service;
        this.ordered = ordered;
        this.afterChange = afterChange;
    }

    /** Opens the commune list over {@code owner} (see the class comment). Call on the FX thread. */
    public static CommuneListDialog show(Window owner, ProvinceCommuneService service, Executor ordered,
                                         Runnable afterChange) {
        CommuneListDialog dialog = new CommuneListDialog(service, ordered, afterChange);
        dialog.stage = DialogStage.load(dialog, "/fxml/collectorimport/commune_list.fxml", owner, Texts.get("communelistui.title"));
        dialog.stage.show();
        dialog.run(() -> null, null);
        return dialog;
    }

    /** The dialog's state (tests watch it). */
    public CommuneListViewModel model() {
        return model;
    }

    /** The dialog's window. */
    public Stage stage() {
        return stage;
    }

    @FXML
    void initialize() {
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        provinceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().province()));
        communes.setItems(model.communes());
        model.provinceProperty().addListener((o, was, now) -> province.setText(now));
        status.textProperty().bind(model.statusProperty());
        edit.disableProperty().bind(communes.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(communes.getSelectionModel().selectedItemProperty().isNull());
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
    }

    /** Adds {@code commune} (the form's result). */
    public void addCommune(ProvinceCommune commune) {
        run(() -> service.add(commune), Texts.get("communelistui.step.add", commune.name()));
    }

    /** Rewrites commune {@code code} as {@code changed}. */
    public void editCommune(String code, ProvinceCommune changed) {
        run(() -> service.edit(code, changed), Texts.get("communelistui.step.edit", changed.name()));
    }

    /** Removes commune {@code code} (after the official confirmed). */
    public void removeCommune(ProvinceCommune commune) {
        run(() -> service.remove(commune.code()), Texts.get("communelistui.step.remove", commune.name()));
    }

    /** Imports the list in {@code file}. */
    public void importList(Path file) {
        Tasks.create(() -> {
            ProvinceCommuneService.ListImport done = service.importList(file);
            model.history().record(Texts.get("communelistui.step.import", file.getFileName()), done.undo());
            return new Loaded(service.province().orElse(null), service.communes(),
                    Texts.get("communelistui.imported", String.valueOf(done.added()), String.valueOf(done.updated()),
                            String.valueOf(done.unchanged())));
        }).onSuccess(this::show).runOn(ordered);
    }

    /** Runs {@code edit} (returning its inverse, null: none) and reloads; records it as {@code step}. */
    private void run(Callable<Change> edit, String step) {
        Tasks.create(() -> {
            Change inverse = edit.call();
            if (inverse != null) {
                model.history().record(step, inverse);
            }
            return new Loaded(service.province().orElse(null), service.communes(), step == null ? "" : step);
        }).onSuccess(this::show).runOn(ordered);
    }

    private record Loaded(String province, List<ProvinceCommune> communes, String status) {
    }

    private void show(Loaded loaded) {
        model.loaded(loaded.province(), loaded.communes());
        model.statusProperty().set(loaded.status());
        afterChange.run();
    }

    @FXML
    void saveProvince() {
        String name = province.getText();
        run(() -> service.setProvince(name), Texts.get("communelistui.step.province", name));
    }

    @FXML
    void add() {
        CommuneForm.ask(stage, null, model.provinceProperty().get()).ifPresent(this::addCommune);
    }

    @FXML
    void edit() {
        ProvinceCommune chosen = communes.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            CommuneForm.ask(stage, chosen, model.provinceProperty().get()).ifPresent(c -> editCommune(chosen.code(),
                    c));
        }
    }

    @FXML
    void remove() {
        ProvinceCommune chosen = communes.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        Tasks.create(() -> service.removalProblem(chosen.code())).onSuccess(problem -> {
            if (problem.isPresent()) {
                Alert refused = Dialogs.alert(Alert.AlertType.WARNING, problem.get());
                refused.initOwner(stage);
                refused.getDialogPane().setId("communeRemoveRefused");
                refused.show();
                return;
            }
            Alert ask = Dialogs.alert(Alert.AlertType.CONFIRMATION, Texts.get("communelistui.remove.ask",
                    chosen.name(), chosen.code()));
            ask.initOwner(stage);
            Optional<ButtonType> answer = ask.showAndWait();
            answer.filter(b -> b.getButtonData() == ButtonType.OK.getButtonData())
                    .ifPresent(b -> removeCommune(chosen));
        }).runOn(ordered);
    }

    @FXML
    void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("communelistui.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("communelistui.import.filter"),
                "*.xlsx", "*.csv"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            importList(chosen.toPath());
        }
    }

    /** Undoes the latest edit. */
    @FXML
    public void undo() {
        Tasks.create(() -> {
            model.history().undo();
            return new Loaded(service.province().orElse(null), service.communes(), Texts.get("communelistui.undone"));
        }).onSuccess(this::show).runOn(ordered);
    }

    /** Applies again the latest edit undone. */
    @FXML
    public void redo() {
        Tasks.create(() -> {
            model.history().redo();
            return new Loaded(service.province().orElse(null), service.communes(), Texts.get("communelistui.redone"));
        }).onSuccess(this::show).runOn(ordered);
    }

    @FXML
    void close() {
        stage.close();
    }
}
