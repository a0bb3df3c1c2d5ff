package vn.kehoachxa.ui.settings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.service.BackupService;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.FxmlFile;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.TextSize;
import vn.kehoachxa.ui.common.Theme;
import vn.kehoachxa.ui.common.View;
import vn.kehoachxa.ui.common.ViewLoader;
import vn.kehoachxa.ui.tone.ToneSettingsPane;

/**
 * Cài đặt: the commune profile, default folders and the UI text size, remembered between runs. Like every other
 * screen it saves as the official works: the profile after a short pause in typing, when focus leaves the form and
 * when the screen is left; a form with problems is not stored, the problems show beside the fields and under them.
 * Profile and holiday edits are undone by Ctrl+Z and redone by Ctrl+Y ({@link SettingsEdits}).
 */
public final class SettingsController implements PlanScreen {
    private final AppContext ctx;
    private final CommuneService commune;
    private final ReportingService reporting;
    private final BackupService backups;
    private final ViewLoader loader;
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(700));
    private CommuneProfileFormController form;
    /** The profile as stored (null: none yet, or not loaded); nothing is saved while it equals the form. */
    private CommuneProfile stored;
    private boolean loading;

    @FXML private StackPane formHolder;
    @FXML private Label profileStatus;
    @FXML private ComboBox<TextSize> textSizeBox;
    @FXML private ComboBox<Theme> themeBox;
    @FXML private TextField importFolderField;
    @FXML private TextField exportFolderField;
    @FXML private StackPane toneHolder;
    @FXML private StackPane holidaysHolder;
    @FXML private StackPane backupsHolder;
    private HolidaysPane holidays;
    private SettingsEdits edits;

    /** Built by the controller factory. */
    public SettingsController(AppContext ctx, CommuneService commune, ReportingService reporting,
                              BackupService backups, ViewLoader loader) {
        this.ctx = ctx;
        this.commune = commune;
        this.reporting = reporting;
        this.backups = backups;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        edits = new SettingsEdits(commune, reporting);
        View<CommuneProfileFormController> view = loader.load(FxmlFile.COMMUNE_PROFILE_FORM);
        form = view.controller();
        formHolder.getChildren().setAll(view.root());
        typingPause.setOnFinished(e -> autosave());
        for (javafx.beans.Observable field : form.model().fields()) {
            field.addListener(o -> {
                if (!loading) {
                    typingPause.playFromStart();
                }
            });
        }
        formHolder.focusWithinProperty().addListener((obs, was, is) -> {
            if (!is) {
                autosave();
            }
        });
        // Leaving the screen takes it out of the scene: what was typed in the last moment is saved too.
        formHolder.sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                autosave();
            }
        });
        toneHolder.getChildren().setAll(new ToneSettingsPane(ctx));
        holidays = new HolidaysPane(ctx, edits);
        holidaysHolder.getChildren().setAll(holidays);
        backupsHolder.getChildren().setAll(new BackupsPane(new BackupsViewModel(backups, ctx.executor()),
                ctx::fileChooser, ctx::open, backups.folder(), ctx::reloadAll));
        textSizeBox.getItems().setAll(TextSize.values());
        textSizeBox.setValue(ctx.textSizeProperty().get());
        textSizeBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                ctx.textSizeProperty().set(now);
                ctx.settings().setTextSize(now);
                saveSettings();
            }
        });
        themeBox.getItems().setAll(Theme.values());
        themeBox.setValue(ctx.themeProperty().get());
        themeBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                ctx.themeProperty().set(now);
                ctx.settings().setTheme(now);
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
        Tasks.create(() -> commune.profile())
                .onSuccess(profile -> profile.ifPresent(this::showProfile))
                .runOn(ctx.executor());
    }

    @Override
    public void undo() {
        afterEdits(edits::undoLast, "edit.undone");
    }

    @Override
    public void redo() {
        afterEdits(edits::redoLast, "edit.redone");
    }

    /**
     * Saves what was just typed first (queued before the step), then undoes or redoes on the executor and shows the
     * profile and holidays as stored, saying what was undone or redone.
     */
    private void afterEdits(Callable<Optional<String>> step, String messageKey) {
        autosave();
        Tasks.create(() -> {
            Optional<String> what = step.call();
            return new Stepped(what.map(w -> Texts.get(messageKey, w)).orElse(null), edits.stored());
        }).onSuccess(done -> {
            done.stored().profile().ifPresent(this::showProfile);
            profileStatus.setText(done.message() == null ? "" : done.message());
            holidays.show(done.stored().holidays(), "");
        }).runOn(ctx.executor());
    }

    private record Stepped(String message, SettingsEdits.Stored stored) {
    }

    private void showProfile(CommuneProfile profile) {
        typingPause.stop();
        loading = true;
        try {
            form.model().load(profile);
        } finally {
            loading = false;
        }
        stored = form.model().toProfile();
        profileStatus.setText("");
    }

    /**
     * Stores the form when it changed and has no problems (off the FX thread, after the edits queued before it);
     * otherwise shows the problems and stores nothing.
     */
    private void autosave() {
        typingPause.stop();
        if (loading || stored == null) {
            return;
        }
        var problems = form.model().problems();
        if (!problems.isEmpty()) {
            form.revalidate();
            profileStatus.setText(Texts.get("settings.profile.notSaved", String.join("\n", problems)));
            return;
        }
        CommuneProfile profile = form.model().toProfile();
        if (profile.equals(stored)) {
            return;
        }
        stored = profile;
        Tasks.run(() -> edits.saveProfile(profile))
                .onSuccess(v -> profileStatus.setText(Texts.get("settings.profile.saved")))
                .onError(error -> {
                    stored = null;
                    profileStatus.setText("");
                    vn.kehoachxa.ui.common.ErrorDialog.show(error);
                })
                .runOn(ctx.executor());
    }
}
