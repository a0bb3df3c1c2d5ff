package vn.kehoachxa.ui.settings;

import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.ui.common.FileChooserPort;

/**
 * The view of {@link BackupsViewModel}: every backup with its time, reason and what it holds; back up now, back
 * up to a folder or USB stick, restore the chosen one or a backup file brought from another PC (after saying what it
 * holds and that the current data is backed up first), open the backups folder.
 */
final class BackupsPane extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final BackupsViewModel model;
    private final TableView<BackupInfo> table = new TableView<>();

    BackupsPane(BackupsViewModel model, java.util.function.Supplier<FileChooserPort> chooser,
            java.util.function.Consumer<java.nio.file.Path> opener,
            java.nio.file.Path backupsFolder, Runnable afterRestore) {
        super(8);
        this.model = model;
        setId("backupsPane");
        table.setId("backupTable");
        table.setItems(model.rows());
        table.setPrefHeight(220);
        table.setPlaceholder(new Label(Texts.get("backups.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(Texts.get("backups.column.when"), 130, b -> b.takenAt().format(WHEN)));
        table.getColumns().add(column(Texts.get("backups.column.reason"), 170,
                b -> Texts.get("backup.reason." + b.reason().name())));
        table.getColumns().add(column(Texts.get("backups.column.content"), 380,
                b -> b.verified() ? b.counts().describe() : Texts.get("backup.unverified")));
        Button now = new Button(Texts.get("backups.now"));
        now.setId("backupNowButton");
        now.setOnAction(e -> model.backupNow());
        Button toFolder = new Button(Texts.get("backups.toFolder"));
        toFolder.setId("backupToFolderButton");
        toFolder.setOnAction(e -> chooser.get().folder(getScene().getWindow(), Texts.get("backups.toFolder.title"))
                .ifPresent(model::backupTo));
        // A backup brought on a USB stick from the old PC: the way data moves to a new one.
        Button fromFile = new Button(Texts.get("backups.restoreFromFile"));
        fromFile.setId("restoreFromFileButton");
        fromFile.disableProperty().bind(model.busyProperty());
        fromFile.setOnAction(e -> chooser.get().open(getScene().getWindow(), RestoreQuestion.fileRequest()).ifPresent(zip -> model.describe(zip, backup -> confirmRestore(backup, afterRestore))));
        Button restore = new Button(Texts.get("backups.restore"));
        restore.setId("restoreButton");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        restore.setOnAction(e -> confirmRestore(table.getSelectionModel().getSelectedItem(), afterRestore));
        Button open = new Button(Texts.get("backups.openFolder"));
        open.setId("openBackupsButton");
        open.setOnAction(e -> opener.accept(backupsFolder));
        now.disableProperty().bind(model.busyProperty());
        toFolder.disableProperty().bind(model.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        FlowPane buttons = new FlowPane(8, 8, now, toFolder, restore, fromFile, open, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("backupStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label hint = new Label(Texts.get("backups.hint"));
        hint.setWrapText(true);
        getChildren().addAll(hint, table, buttons, status);
        model.refresh();
    }

    private void confirmRestore(BackupInfo backup, Runnable afterRestore) {
        if (RestoreQuestion.ask(getScene().getWindow(), backup)) {
            model.restore(backup, afterRestore);
        }
    }

    private static TableColumn<BackupInfo, String> column(String title, double width,
            java.util.function.Function<BackupInfo, String> text) {
        TableColumn<BackupInfo, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }
}
