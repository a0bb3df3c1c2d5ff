package vn.kehoachxa.service.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kehoachxa.domain.reporting.CollectingPeriod;

/**
 * A plan's periods as they stand on one day (các kỳ báo cáo tính đến hôm nay), read together: every period in effect
 * by due date with its overview, and each period's status grid (who reported, late or missing). What the dashboard
 * and the deadline pane show of the reporting cycle (the period being collected, the current and next deadline, the
 * overdue periods) is derived from this one read, so a screen reads the plan once instead of once per question.
 */
public record PeriodsToday(List<PeriodOverview> periods, Map<Long, List<UnitReportStatus>> grids, LocalDate today) {
    /** Copies the lists so the value cannot change under its readers. */
    public PeriodsToday {
        periods = List.copyOf(periods);
        grids = Map.copyOf(grids);
    }

    /** The period being collected now ({@link CollectingPeriod}): just past due and not sent, else the next due. */
    public Optional<CollectingPeriod> collecting() {
        return CollectingPeriod.of(periods.stream().map(PeriodOverview::period).toList(), today);
    }

    /** The first period whose due date is today or later: the one being reported on now. */
    public Optional<PeriodOverview> current() {
        return notYetDue().findFirst();
    }

    /** The period after {@link #current()}, if any. */
    public Optional<PeriodOverview> next() {
        return notYetDue().skip(1).findFirst();
    }

    /** Past periods for which some unit still has not reported. */
    public List<PeriodOverview> overdue() {
        return periods.stream().filter(PeriodOverview::overdue).toList();
    }

    /** The period with id {@code periodId} among these, if it is one of them. */
    public Optional<PeriodOverview> find(long periodId) {
        return periods.stream().filter(p -> p.period().id() != null && p.period().id() == periodId).findFirst();
    }

    /** The status grid of the period {@code periodId} (empty for a period not among these). */
    public List<UnitReportStatus> grid(long periodId) {
        return grids.getOrDefault(periodId, List.of());
    }

    private java.util.stream.Stream<PeriodOverview> notYetDue() {
        return periods.stream().filter(p -> !p.period().dueDate().isBefore(today));
    }
}
