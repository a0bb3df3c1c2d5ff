package vn.kehoachxa.ui.firstrun;

import javafx.stage.Window;
import vn.kehoachxa.service.BackupService;
import vn.kehoachxa.ui.settings.RestoreQuestion;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.PlanTemplates;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.FxmlFile;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.View;
import vn.kehoachxa.ui.common.ViewLoader;
import vn.kehoachxa.ui.main.PlanLabels;
import vn.kehoachxa.ui.planfile.PlanFileActions;
import vn.kehoachxa.ui.settings.CommuneProfileFormController;

/**
 * The first-run wizard: step 1 the commune profile, step 2 the first plan (from the Resolution 72 template, a
 * sample plan, a copy of a plan already there, or a plan file). Also opened from Tệp → Kế hoạch mới at step 2. On
 * either step a backup file from the old PC can be restored instead (moving to a new PC).
 */
public final class FirstRunController {
    private final AppContext ctx;
    private final CommuneService commune;
    private final PlanService plans;
    private final ViewLoader loader;
    private final PlanFileActions planFiles;
    private final BackupService backups;
    private Consumer<Long> onPlanReady = id -> { };
    private CommuneProfileFormController form;
    private Long existingPlan;

    @FXML private StackPane root;
    @FXML private VBox profileStep;
    @FXML private VBox planStep;
    @FXML private StackPane formHolder;
    @FXML private Label profileProblems;
    @FXML private ListView<String> samples;
    @FXML private Button openSampleButton;
    @FXML private Button templateButton;
    @FXML private Button existingPlanButton;
    @FXML private Label templateIntro;
    @FXML private VBox copyChoice;
    @FXML private ComboBox<PlanSummary> copySource;
    @FXML private Button reviseButton;
    @FXML private Label planStepTitle;
    @FXML private Label planStepIntro;
    @FXML private VBox restoreChoice;
    @FXML private Button copyButton;

    /** Built by the controller factory. */
    public FirstRunController(AppContext ctx, CommuneService commune, PlanService plans, ViewLoader loader,
                              PlanFileActions planFiles, BackupService backups) {
        this.ctx = ctx;
        this.commune = commune;
        this.plans = plans;
        this.loader = loader;
        this.planFiles = planFiles;
        this.backups = backups;
    }

    @FXML
    private void initialize() {
        View<CommuneProfileFormController> view = loader.load(FxmlFile.COMMUNE_PROFILE_FORM);
        form = view.controller();
        formHolder.getChildren().setAll(view.root());
        // Once problems are listed, they follow the typing, so a fixed problem disappears at once.
        javafx.beans.InvalidationListener recheck = obs -> {
            if (!profileProblems.getText().isEmpty()) {
                profileProblems.setText(String.join("\n", form.model().problems()));
            }
        };
        for (javafx.beans.Observable field : form.model().fields()) {
            field.addListener(recheck);
        }
        samples.getItems().setAll(PlanService.sampleNames());
        samples.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Texts.get("firstrun.sample." + item));
            }
        });
        samples.getSelectionModel().selectFirst();
        openSampleButton.disableProperty().bind(samples.getSelectionModel().selectedItemProperty().isNull());
        copySource.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PlanSummary plan) {
                return plan == null ? "" : PlanLabels.of(plan);
            }

            @Override
            public PlanSummary fromString(String text) {
                return null;
            }
        });
        reviseButton.disableProperty().bind(copySource.valueProperty().isNull());
        copyButton.disableProperty().bind(copySource.valueProperty().isNull());
        existingPlanButton.setVisible(false);
        existingPlanButton.setManaged(false);
    }

    /** Starts at the profile step (or the plan step when the profile exists); calls back with the plan chosen. */
    public void start(boolean hasProfile, Consumer<Long> onPlanReady) {
        this.onPlanReady = onPlanReady;
        showStep(!hasProfile);
    }

    /**
     * Starts at the plan step as Tệp → Kế hoạch mới: titled for one more plan (not "the first"), without the restore
     * of another PC's data, which would replace every plan rather than add one.
     */
    public void startAtPlanChoice(Consumer<Long> onPlanReady) {
        planStepTitle.setText(Texts.get("firstrun.newPlan.title"));
        planStepIntro.setText(Texts.get("firstrun.newPlan.intro"));
        restoreChoice.setVisible(false);
        restoreChoice.setManaged(false);
        start(true, onPlanReady);
    }

    /** Offers to go on with a plan already in the database. */
    public void setExistingPlan(Long planId) {
        existingPlan = planId;
        existingPlanButton.setVisible(true);
        existingPlanButton.setManaged(true);
    }

    private void showStep(boolean profile) {
        profileStep.setVisible(profile);
        planStep.setVisible(!profile);
        if (!profile) {
            loadPlanChoices();
        }
    }

    /** Names the commune and the years in the template choice, and offers the plans already there to copy. */
    private void loadPlanChoices() {
        int[] period = PlanTemplates.defaultPeriod(java.time.LocalDate.now());
        Tasks.create(() -> java.util.Map.entry(commune.profile(), plans.list()))
                .onSuccess(found -> {
                    String commune = found.getKey().map(p -> p.displayName()).orElse("");
                    templateIntro.setText(Texts.get("firstrun.template.intro", commune, String.valueOf(period[0]),
                            String.valueOf(period[1])));
                    copySource.getItems().setAll(found.getValue());
                    if (!found.getValue().isEmpty()) {
                        copySource.getSelectionModel().select(found.getValue().stream()
                                .filter(p -> p.id() == (ctx.currentPlanId() == null ? -1 : ctx.currentPlanId()))
                                .findFirst().orElse(found.getValue().getFirst()));
                    }
                    copyChoice.setVisible(!found.getValue().isEmpty());
                    copyChoice.setManaged(!found.getValue().isEmpty());
                })
                .runOn(ctx.executor());
    }

    @FXML
    private void onTemplate() {
        templateButton.setDisable(true);
        Tasks.create(() -> {
            var profile = commune.profile()
                    .orElseThrow(() -> new DomainException(Texts.get("firstrun.template.noProfile")));
            return plans.create(PlanTemplates.resolution72(profile));
        }).onSuccess(this::ready).andFinally(() -> templateButton.setDisable(false)).runOn(ctx.executor());
    }

    @FXML
    private void onRevise() {
        copy(true);
    }

    @FXML
    private void onCopy() {
        copy(false);
    }

    private void copy(boolean revision) {
        PlanSummary source = copySource.getValue();
        if (source == null) {
            return;
        }
        copyChoice.setDisable(true);
        Tasks.create(() -> plans.copy(source.id(), revision)).onSuccess(this::ready)
                .andFinally(() -> copyChoice.setDisable(false)).runOn(ctx.executor());
    }

    private void ready(Long planId) {
        ctx.firePlanChanged();
        onPlanReady.accept(planId);
    }

    @FXML
    private void onSaveProfile() {
        form.model().suggestFromName();
        form.revalidate();
        var problems = form.model().problems();
        if (!problems.isEmpty()) {
            profileProblems.setText(String.join("\n", problems));
            return;
        }
        profileProblems.setText("");
        var profile = form.model().toProfile();
        Tasks.run(() -> commune.save(profile))
                .onSuccess(v -> showStep(false))
                .runOn(ctx.executor());
    }

    @FXML
    private void onOpenSample() {
        String name = samples.getSelectionModel().getSelectedItem();
        if (name == null) {
            return;
        }
        openSampleButton.disableProperty().unbind();
        openSampleButton.setDisable(true);
        Tasks.create(() -> plans.openSample(name))
                .onSuccess(this::ready)
                .andFinally(() -> openSampleButton.disableProperty()
                        .bind(samples.getSelectionModel().selectedItemProperty().isNull()))
                .runOn(ctx.executor());
    }

    @FXML
    private void onImport() {
        planFiles.importPlan(root.getScene().getWindow(), onPlanReady);
    }

    /**
     * A new PC: the backup the official copied to a USB stick on the old one brings back every plan, report and the
     * commune profile; the screens are then built on that data (the main window, since it has plans).
     */
    @FXML
    private void onRestoreFromFile() {
        Window owner = root.getScene().getWindow();
        ctx.fileChooser().open(owner, RestoreQuestion.fileRequest()).ifPresent(zip -> Tasks
                .create(() -> BackupService.describe(zip))
                .onSuccess(backup -> {
                    if (RestoreQuestion.ask(owner, backup)) {
                        Tasks.create(() -> backups.restore(backup)).onSuccess(counts -> ctx.reloadAll())
                                .runOn(ctx.executor());
                    }
                })
                .runOn(ctx.executor()));
    }

    @FXML
    private void onExistingPlan() {
        onPlanReady.accept(existingPlan);
    }
}
