package vn.kehoachxa.ui.reporting;

import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.CollectingPeriod;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.PeriodsToday;
import vn.kehoachxa.service.reporting.UnitReportStatus;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.WrappingListCell;

/**
 * The reporting part of Tổng quan, included in the dashboard: next deadline with days left, units that have not
 * reported for the current period, overdue periods, and an in-window reminder when a deadline is within
 * {@value ReportingService#REMINDER_DAYS} days (shown once a day). It refreshes itself whenever it is put on screen
 * or the plan changes, so the dashboard only includes it.
 */
public final class DeadlinePaneController {
    private final AppContext ctx;
    private final ReportingService reporting;

    @FXML private VBox root;
    @FXML private HBox reminderBanner;
    @FXML private Label reminderText;
    @FXML private Label nextDeadline;
    @FXML private Label notReportedTitle;
    @FXML private ListView<String> notReported;
    @FXML private Label overdueTitle;
    @FXML private ListView<String> overdue;

    /** Built by the controller factory. */
    public DeadlinePaneController(AppContext ctx, ReportingService reporting) {
        this.ctx = ctx;
        this.reporting = reporting;
    }

    @FXML
    private void initialize() {
        reminderBanner.managedProperty().bind(reminderBanner.visibleProperty());
        reminderBanner.setVisible(false);
        // A period with its deadline and the units still missing is a long row: it wraps rather than running off.
        for (ListView<String> list : List.of(notReported, overdue)) {
            list.setCellFactory(l -> new WrappingListCell<>(s -> s));
        }
        root.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                refresh();
            }
        });
        ctx.currentPlanIdProperty().addListener((obs, old, now) -> refresh());
        ctx.onPlanChanged(this::refresh);
    }

    private void refresh() {
        Long planId = ctx.currentPlanId();
        root.setVisible(planId != null);
        if (planId == null) {
            return;
        }
        Tasks.create(() -> load(planId)).onSuccess(this::show).runOn(ctx.executor());
    }

    private Loaded load(long planId) {
        // Everything the pane shows comes from one read of the periods (it read the whole plan five times before).
        PeriodsToday periods = reporting.periodsToday(planId);
        // The period being collected (just past due and not sent, else the next due) is the one the pane is about.
        Optional<CollectingPeriod> collecting = periods.collecting();
        Optional<PeriodOverview> current = collecting.flatMap(c -> periods.find(c.period().id()));
        List<UnitReportStatus> grid = current.map(p -> periods.grid(p.period().id())).orElse(List.of());
        Optional<PeriodOverview> reminder = reporting.reminderDue(periods);
        reminder.ifPresent(p -> reporting.markReminderShown(p.period().id()));
        return new Loaded(DeadlineSummary.of(collecting, grid, periods.overdue(), reminder),
                current.map(PeriodOverview::name).orElse(null));
    }

    private void show(Loaded loaded) {
        DeadlineSummary s = loaded.summary();
        nextDeadline.setText(s.nextDeadline());
        notReportedTitle.setText(loaded.currentName() == null ? Texts.get("deadlineui.notReported.noPeriod")
                : s.notReported().isEmpty() ? Texts.get("deadlineui.notReported.none", loaded.currentName())
                : Texts.get("deadlineui.notReported.title", loaded.currentName(), s.notReported().size()));
        notReported.getItems().setAll(s.notReported());
        overdueTitle.setText(s.overdue().isEmpty() ? Texts.get("deadlineui.overdue.none")
                : Texts.get("deadlineui.overdue.title", s.overdue().size()));
        overdue.getItems().setAll(s.overdue());
        // The banner stays until closed even when a later refresh finds the reminder already shown today.
        s.reminder().ifPresent(text -> {
            reminderText.setText(text);
            reminderBanner.setVisible(true);
        });
    }

    @FXML
    private void onCloseReminder() {
        reminderBanner.setVisible(false);
    }

    private record Loaded(DeadlineSummary summary, String currentName) {
    }
}
