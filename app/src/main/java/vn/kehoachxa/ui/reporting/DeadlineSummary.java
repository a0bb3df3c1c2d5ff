package vn.kehoachxa.ui.reporting;

import java.util.List;
import java.util.Optional;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.CollectingPeriod;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.UnitReportStatus;

/**
 * What the dashboard says about reporting deadlines (hạn báo cáo): the period being collected and its deadline, the
 * units that have not reported for it, the overdue periods, and the reminder when a deadline is near.
 */
public record DeadlineSummary(String nextDeadline, List<String> notReported, List<String> overdue,
                              Optional<String> reminder) {
    public DeadlineSummary {
        notReported = List.copyOf(notReported);
        overdue = List.copyOf(overdue);
    }

    /**
     * The summary from the period being collected (empty: nothing left to collect or no periods), its status grid,
     * the overdue periods and the period whose reminder is due, if any.
     */
    public static DeadlineSummary of(Optional<CollectingPeriod> collecting, List<UnitReportStatus> grid,
                                     List<PeriodOverview> overduePeriods, Optional<PeriodOverview> reminderDue) {
        String next = collecting.map(CollectingPeriod::label).orElse(Texts.get("deadlineui.none"));
        List<String> missing = grid.stream().filter(g -> g.latestVersion() == null)
                .map(g -> g.unit().name()).toList();
        List<String> overdue = overduePeriods.stream().map(p -> Texts.get("deadlineui.overdueRow", p.name(),
                VietnameseDates.shortDate(p.period().dueDate()), p.missingUnits(), p.expectedUnits())).toList();
        Optional<String> reminder = reminderDue.map(p -> Texts.get("deadlineui.reminder", nextLine(p),
                p.expectedUnits() - p.reportedUnits()));
        return new DeadlineSummary(next, missing, overdue, reminder);
    }

    /** "Còn 5 ngày đến hạn báo cáo quý I năm 2026 (19/03/2026)", or "Hôm nay là hạn …" on the day. */
    static String nextLine(PeriodOverview p) {
        String date = VietnameseDates.shortDate(p.period().dueDate());
        return p.daysLeft() == 0 ? Texts.get("deadlineui.today", p.name(), date)
                : Texts.get("deadlineui.next", String.valueOf(p.daysLeft()), p.name(), date);
    }
}
