package vn.kehoachxa.ui.settings;

import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.FxmlFile;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.TextSize;
import vn.kehoachxa.ui.common.View;
import vn.kehoachxa.ui.common.ViewLoader;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.service.BackupService;

/** Cài đặt: the commune profile, default folders and the UI text size, remembered between runs. */
public final class SettingsController implements PlanScreen {
    private final AppContext ctx;
    private final ViewLoader loader;
    private CommuneProfileFormController form;

    @FXML private StackPane formHolder;
    @FXML private Label profileStatus;
    @FXML private ComboBox<TextSize> textSizeBox;
    @FXML private TextField importFolderField;
    @FXML private TextField exportFolderField;
    @FXML private StackPane holidaysHolder;
    @FXML private StackPane backupsHolder;
    private HolidaysPane holidays;

    /** Built by the controller factory. */
    public SettingsController(AppContext ctx, ViewLoader loader) {
        this.ctx = ctx;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        View<CommuneProfileFormController> view = loader.load(FxmlFile.COMMUNE_PROFILE_FORM);
        form = view.controller();
        formHolder.getChildren().setAll(view.root());
        holidays = new HolidaysPane(ctx);
        holidaysHolder.getChildren().setAll(holidays);
        BackupService backups = new BackupService(ctx.database());
        backupsHolder.getChildren().setAll(new BackupsPane(new BackupsViewModel(backups, ctx.executor()),
                ctx.fileChooser(), ctx::open, backups.folder(), ctx::reloadAll));
        textSizeBox.getItems().setAll(TextSize.values());
        textSizeBox.setValue(ctx.textSizeProperty().get());
        textSizeBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                ctx.textSizeProperty().set(now);
                ctx.settings().setTextSize(now);
                saveSettings();
            }
        });
        importFolderField.setText(ctx.settings().importFolder().map(Path::toString).orElse(""));
        exportFolderField.setText(ctx.settings().exportFolder().map(Path::toString).orElse(""));
        importFolderField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                ctx.settings().setImportFolder(folder(importFolderField.getText()));
                saveSettings();
            }
        });
        exportFolderField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                ctx.settings().setExportFolder(folder(exportFolderField.getText()));
                saveSettings();
            }
        });
    }

    private static Path folder(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }

    private void saveSettings() {
        Tasks.run(() -> ctx.settings().save()).runOn(ctx.executor());
    }

    @Override
    public void showPlan(Long planId) {
        holidays.reload();
        Tasks.create(() -> ctx.commune().profile())
                .onSuccess(profile -> profile.ifPresent(form.model()::load))
                .runOn(ctx.executor());
    }

    @FXML
    private void onSaveProfile() {
        form.revalidate();
        var problems = form.model().problems();
        if (!problems.isEmpty()) {
            profileStatus.setText(String.join("\n", problems));
            return;
        }
        var profile = form.model().toProfile();
        Tasks.run(() -> ctx.commune().save(profile))
                .onSuccess(v -> profileStatus.setText(Texts.get("settings.profile.saved")))
                .runOn(ctx.executor());
    }
}
