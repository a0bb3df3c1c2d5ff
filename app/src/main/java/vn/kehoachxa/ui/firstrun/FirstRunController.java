package vn.kehoachxa.ui.firstrun;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.FxmlFile;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.View;
import vn.kehoachxa.ui.common.ViewLoader;
import vn.kehoachxa.ui.planfile.PlanFileActions;
import vn.kehoachxa.ui.settings.CommuneProfileFormController;

/**
 * The first-run wizard: step 1 the commune profile, step 2 the first plan (from the Resolution 72 template, a
 * sample plan, or a plan file). Also opened from Tệp → Kế hoạch mới at step 2.
 */
public final class FirstRunController {
    private final AppContext ctx;
    private final ViewLoader loader;
    private final PlanFileActions planFiles;
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

    /** Built by the controller factory. */
    public FirstRunController(AppContext ctx, ViewLoader loader, PlanFileActions planFiles) {
        this.ctx = ctx;
        this.loader = loader;
        this.planFiles = planFiles;
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
        samples.getItems().setAll(PlanFiles.bundledSamples());
        samples.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Texts.get("firstrun.sample." + item));
            }
        });
        samples.getSelectionModel().selectFirst();
        openSampleButton.disableProperty().bind(samples.getSelectionModel().selectedItemProperty().isNull());
        // The Resolution 72 template (service.PlanTemplates) is not on main yet; the button says so.
        templateButton.setDisable(true);
        existingPlanButton.setVisible(false);
        existingPlanButton.setManaged(false);
    }

    /** Starts at the profile step (or the plan step when the profile exists); calls back with the plan chosen. */
    public void start(boolean hasProfile, Consumer<Long> onPlanReady) {
        this.onPlanReady = onPlanReady;
        showStep(!hasProfile);
    }

    /** Starts at the plan step (Tệp → Kế hoạch mới). */
    public void startAtPlanChoice(Consumer<Long> onPlanReady) {
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
        Tasks.run(() -> ctx.commune().save(profile))
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
        Tasks.create(() -> ctx.plans().create(PlanFiles.readBundledSample(name)))
                .onSuccess(id -> {
                    ctx.firePlanChanged();
                    onPlanReady.accept(id);
                })
                .andFinally(() -> openSampleButton.disableProperty()
                        .bind(samples.getSelectionModel().selectedItemProperty().isNull()))
                .runOn(ctx.executor());
    }

    @FXML
    private void onImport() {
        planFiles.importPlan(root.getScene().getWindow(), onPlanReady);
    }

    @FXML
    private void onExistingPlan() {
        onPlanReady.accept(existingPlan);
    }
}
