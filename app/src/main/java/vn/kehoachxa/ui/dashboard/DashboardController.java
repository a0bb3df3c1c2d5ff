package vn.kehoachxa.ui.dashboard;

import java.time.Year;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanReadiness;
import vn.kehoachxa.service.PeriodicReportService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;

/** Tổng quan: shows the {@link PlanOverview} of the current plan. */
public final class DashboardController implements PlanScreen {
    private final AppContext ctx;
    private final PlanService plans;
    private final PeriodicReportService reports;

    @FXML private VBox body;
    @FXML private Label emptyLabel;
    @FXML private Label planTitle;
    @FXML private Label sectionsCount;
    @FXML private Label indicatorsCount;
    @FXML private Label tasksCount;
    @FXML private ListView<String> taskGroups;
    @FXML private ListView<String> perLead;
    @FXML private ListView<String> deadlines;
    @FXML private ListView<PlanReadiness.Problem> missing;
    @FXML private Label missingTitle;
    @FXML private Label deadlinesTitle;
    @FXML private Label upwardLabel;

    /** Built by the controller factory. */
    public DashboardController(AppContext ctx, PlanService plans, PeriodicReportService reports) {
        this.ctx = ctx;
        this.plans = plans;
        this.reports = reports;
    }

    @FXML
    private void initialize() {
        // Long rows (a task's whole wording, a deadline) wrap inside the panel instead of running off its edge.
        for (ListView<String> list : java.util.List.of(taskGroups, perLead, deadlines)) {
            list.setCellFactory(l -> new vn.kehoachxa.ui.common.WrappingListCell<>(s -> s));
        }
        // Each problem names where it is; a double click or Enter opens the screen that fixes it.
        missing.setCellFactory(l -> new vn.kehoachxa.ui.common.WrappingListCell<>(PlanReadiness.Problem::text));
        missing.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelectedProblem();
            }
        });
        missing.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSelectedProblem();
            }
        });
    }

    private void openSelectedProblem() {
        PlanReadiness.Problem problem = missing.getSelectionModel().getSelectedItem();
        if (problem != null) {
            ctx.openScreen(problem.screen().name());
        }
    }

    @Override
    public void showPlan(Long planId) {
        body.setVisible(planId != null);
        emptyLabel.setVisible(planId == null);
        if (planId == null) {
            return;
        }
        int year = Year.now().getValue();
        Tasks.create(() -> {
            var doc = plans.load(planId);
            return Map.entry(doc.plan(), PlanOverview.of(doc, year));
        }).onSuccess(result -> show(result.getKey(), result.getValue(), year)).runOn(ctx.executor());
        upwardLabel.setText("");
        Tasks.create(() -> {
            // One read of the periods for both halves of the line (it read the whole plan twice before).
            var periods = reports.periodsToday(planId);
            return UpwardLine.of(reports.upwardStatuses(planId, periods), periods.collecting());
        }).onSuccess(upwardLabel::setText).runOn(ctx.executor());
    }

    private void show(vn.kehoachxa.domain.plan.Plan plan, PlanOverview overview, int year) {
        String summary = plan.summary() == null ? "" : plan.summary();
        planTitle.setText(plan.communeName() == null ? summary
                : Texts.get("dashboard.planTitle", plan.communeName(), summary));
        sectionsCount.setText(String.valueOf(overview.sections()));
        indicatorsCount.setText(String.valueOf(overview.indicators()));
        tasksCount.setText(String.valueOf(overview.tasks()));
        taskGroups.getItems().setAll(overview.taskGroups());
        perLead.getItems().setAll(overview.tasksPerLead().entrySet().stream()
                .map(e -> Texts.get("dashboard.perLead.row", e.getKey(), e.getValue())).toList());
        deadlinesTitle.setText(Texts.get("dashboard.deadlines", String.valueOf(year)));
        deadlines.getItems().setAll(overview.deadlinesThisYear());
        missingTitle.setText(overview.missing().isEmpty() ? Texts.get("dashboard.missing.none")
                : Texts.get("dashboard.missing.title", overview.missing().size()));
        missing.getItems().setAll(overview.missing());
        StartupMarker.planShown(planTitle);
    }
}
