package vn.kehoachxa.ui.collectorimport;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ImportBatchUndo;
import vn.kehoachxa.service.collect.CollectorImportService;
import vn.kehoachxa.ui.common.Dialogs;
import vn.kehoachxa.ui.common.Tasks;

/**
 * Nhập gói báo cáo: the collector's import dialog. The official picks .zip/.eml files or a folder; the packages are
 * read and checked on the file executor, then stored on the ordered executor, one transaction each, with a progress
 * bar; every package's outcome (kind and Vietnamese reason) fills the table and the summary ("Đã nhập 97 gói, 2 gói
 * đã có, 1 gói bị từ chối.") closes it. "Hoàn tác lần nhập" lists what the last import stored and, once the
 * official agrees, takes it back.
 *
 * <p>Entry point for the collector's main window:
 * {@code ImportPackagesDialog.show(owner, importService, orderedExecutor, fileExecutor, afterImport)} — opens the
 * dialog (window-modal over {@code owner}); {@code afterImport} runs on the FX thread after each import or undo that
 * changed the database, so the window can refresh its views.
 */
public final class ImportPackagesDialog {
    private final CollectorImportService service;
    private final Executor ordered;
    private final Executor files;
    private final Runnable afterImport;
    private final ImportPackagesViewModel model = new ImportPackagesViewModel();
    private Stage stage;

    @FXML
    Parent root;
    @FXML
    Button chooseFiles;
    @FXML
    Button chooseFolder;
    @FXML
    ProgressBar progress;
    @FXML
    Label status;
    @FXML
    TableView<ImportPackagesViewModel.Line> outcomes;
    @FXML
    TableColumn<ImportPackagesViewModel.Line, String> kindColumn;
    @FXML
    TableColumn<ImportPackagesViewModel.Line, String> communeColumn;
    @FXML
    TableColumn<ImportPackagesViewModel.Line, String> periodColumn;
    @FXML
    TableColumn<ImportPackagesViewModel.Line, String> messageColumn;
    @FXML
    Label summary;
    @FXML
    Button undoBatch;

    private ImportPackagesDialog(CollectorImportService service, Executor ordered, Executor files,
                                 Runnable afterImport) {
        this.service = service;
        this.ordered = ordered;
        this.files = files;
        this.afterImport = afterImport;
    }

    /** Opens the import dialog over {@code owner} (see the class comment). Call on the FX thread. */
    public static ImportPackagesDialog show(Window owner, CollectorImportService service, Executor ordered,
                                            Executor files, Runnable afterImport) {
        ImportPackagesDialog dialog = new ImportPackagesDialog(service, ordered, files, afterImport);
        dialog.stage = DialogStage.load(dialog, "/fxml/collectorimport/import_packages.fxml", owner, Texts.get("collectorimport.title"));
        dialog.stage.show();
        return dialog;
    }

    /** The dialog's state (tests watch it). */
    public ImportPackagesViewModel model() {
        return model;
    }

    /** The dialog's window. */
    public Stage stage() {
        return stage;
    }

    @FXML
    void initialize() {
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind()));
        communeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().commune()));
        periodColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().period()));
        messageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        messageColumn.setCellFactory(c -> new WrappedCell());
        outcomes.setItems(model.lines());
        progress.progressProperty().bind(model.progressProperty());
        status.textProperty().bind(model.statusProperty());
        summary.textProperty().bind(model.summaryProperty());
        chooseFiles.disableProperty().bind(model.busyProperty());
        chooseFolder.disableProperty().bind(model.busyProperty());
        undoBatch.disableProperty().bind(model.busyProperty());
    }

    /** Imports {@code sources}: reads them on the file executor, then stores them on the ordered one. */
    public void importFrom(List<Path> sources) {
        if (sources.isEmpty() || model.busyProperty().get()) {
            return;
        }
        model.started();
        Tasks.create(() -> service.read(sources, p -> Platform.runLater(() -> model.reading(p))))
                .onSuccess(batch -> Tasks.create(() -> service.store(batch,
                                p -> Platform.runLater(() -> model.storing(p))))
                        .onSuccess(report -> {
                            model.finished(report);
                            afterImport.run();
                        })
                        .onError(this::failed)
                        .runOn(ordered))
                .onError(this::failed)
                .runOn(files);
    }

    private void failed(Throwable error) {
        model.stopped(Texts.get("collectorimport.failed"));
        vn.kehoachxa.ui.common.ErrorDialog.show(error);
    }

    @FXML
    void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("collectorimport.chooseFiles.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Texts.get("collectorimport.filter"), "*.zip", "*.eml"));
        List<File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen != null) {
            importFrom(chosen.stream().map(File::toPath).toList());
        }
    }

    @FXML
    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Texts.get("collectorimport.chooseFolder.title"));
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            importFrom(List.of(chosen.toPath()));
        }
    }

    /** Shows what undoing the last import takes, then takes it back once the official agrees. */
    @FXML
    void undoBatch() {
        model.busyProperty().set(true);
        Tasks.create(service::lastBatch)
                .onSuccess(last -> {
                    model.busyProperty().set(false);
                    if (last.isEmpty()) {
                        Dialogs.alert(Alert.AlertType.INFORMATION, Texts.get("collectorimport.undo.none"))
                                .showAndWait();
                        return;
                    }
                    Alert ask = Dialogs.alert(Alert.AlertType.CONFIRMATION, UndoText.of(last.get()));
                    ask.initOwner(stage);
                    ask.getDialogPane().setId("collectorUndoConfirm");
                    ask.showAndWait().filter(b -> b.getButtonData() == ButtonType.OK.getButtonData())
                            .ifPresent(b -> undo(last.get()));
                })
                .onError(this::failed)
                .runOn(ordered);
    }

    private void undo(ImportBatchUndo batch) {
        model.busyProperty().set(true);
        Tasks.create(() -> service.undoLastBatch(batch.batchId()))
                .onSuccess(done -> {
                    model.stopped(Texts.get("collectorimport.undo.done", String.valueOf(done.removed().size()),
                            String.valueOf(done.restored().size())));
                    afterImport.run();
                })
                .onError(this::failed)
                .runOn(ordered);
    }

    @FXML
    void close() {
        stage.close();
    }

    /** A table cell that wraps its text (the reasons are sentences). */
    private static final class WrappedCell extends javafx.scene.control.TableCell<ImportPackagesViewModel.Line,
            String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappedCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(10));
            text.getStyleClass().add("text");
            setGraphic(null);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                text.setText(item);
                setGraphic(text);
            }
        }
    }
}
