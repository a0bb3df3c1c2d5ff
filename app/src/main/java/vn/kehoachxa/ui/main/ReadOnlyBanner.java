package vn.kehoachxa.ui.main;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.PlanVersionService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.Tasks;

/**
 * The banner the editing screens (Nội dung, Chỉ tiêu, Phân công) show over an issued plan (decision 0014): it says
 * why the plan is read-only and offers a revision; their editing tools (toolbar, editor pane) are disabled while
 * the table stays browsable. The services refuse such edits anyway; the banner saves the official the attempt.
 */
final class ReadOnlyBanner {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AppContext ctx;
    private final PlanService plans;
    private final PlanVersionService versions;
    private final VBox screen;
    private final HBox banner = new HBox(12);
    private final Label text = new Label();
    private final Button revise = new Button(Texts.get("version.revise.button"));
    private Long shownPlan;

    private ReadOnlyBanner(AppContext ctx, PlanService plans, PlanVersionService versions, VBox screen) {
        this.ctx = ctx;
        this.plans = plans;
        this.versions = versions;
        this.screen = screen;
    }

    /** Puts the banner under the screen's title; it follows the current plan and its changes. */
    static void install(AppContext ctx, PlanService plans, PlanVersionService versions, Node root) {
        if (root instanceof VBox screen) {
            new ReadOnlyBanner(ctx, plans, versions, screen).build();
        }
    }

    private void build() {
        banner.getStyleClass().add("issue-banner");
        banner.setId("readOnlyBanner");
        banner.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        revise.setMinWidth(Region.USE_PREF_SIZE);
        revise.setOnAction(e -> revise());
        banner.getChildren().setAll(text, revise);
        show(false);
        screen.getChildren().add(Math.min(1, screen.getChildren().size()), banner);
        ctx.currentPlanIdProperty().addListener((obs, old, now) -> refresh());
        ctx.onPlanChanged(this::refresh);
        refresh();
    }

    private void refresh() {
        Long id = ctx.currentPlanId();
        if (id == null) {
            show(false);
            return;
        }
        Tasks.create(() -> plans.list().stream().filter(p -> p.id() == id).findFirst())
                .onSuccess(this::show).runOn(ctx.executor());
    }

    private void show(Optional<PlanSummary> plan) {
        boolean frozen = plan.isPresent() && plan.get().status() != PlanStatus.DRAFT;
        shownPlan = plan.map(PlanSummary::id).orElse(null);
        if (frozen) {
            PlanSummary p = plan.get();
            String version = Texts.get("version.describe", p.numberAndSymbol(),
                    p.issueDate() == null ? "…" : DATE.format(p.issueDate()));
            text.setText(Texts.get(p.status() == PlanStatus.SUPERSEDED ? "version.banner.superseded"
                    : "version.banner.issued", version));
            revise.setVisible(p.status() == PlanStatus.ISSUED);
            revise.setManaged(p.status() == PlanStatus.ISSUED);
        }
        show(frozen);
    }

    private void show(boolean frozen) {
        banner.setVisible(frozen);
        banner.setManaged(frozen);
        for (Node n : screen.getChildren()) {
            if (n.getStyleClass().contains("toolbar-row")) {
                disable(n, frozen);
            } else if (n instanceof SplitPane split) {
                // The table (first) stays browsable; the editor beside it is the plan's text.
                split.getItems().stream().skip(1).forEach(item -> disable(item, frozen));
            }
        }
    }

    /**
     * Disables {@code n}, or, where the screen already binds its disabled state (e.g. "nothing selected"), each of
     * its children, so the screen's own rule keeps working once the plan is editable again.
     */
    private static void disable(Node n, boolean frozen) {
        if (!n.disableProperty().isBound()) {
            n.setDisable(frozen);
        } else if (n instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> disable(child, frozen));
        }
    }

    private void revise() {
        Long id = shownPlan;
        if (id != null) {
            Tasks.create(() -> versions.revise(id)).onSuccess(revision -> {
                ctx.firePlanChanged();
                ctx.setCurrentPlanId(revision);
            }).runOn(ctx.executor());
        }
    }
}
