package vn.kehoachxa.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.PeriodNames;
import vn.kehoachxa.domain.reporting.PlanPeriods;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.Timeliness;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.persistence.Store;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.PeriodsToday;
import vn.kehoachxa.service.reporting.PlanAssignments;
import vn.kehoachxa.service.reporting.UnitAssignments;
import vn.kehoachxa.service.reporting.UnitReportStatus;

/**
 * How periods stand on a given day, from what is stored: each period's status grid (every reporting unit: what it
 * must report, its latest version, on time, late or missing) and the overview counted from it. Runs inside the
 * caller's transaction.
 */
final class PeriodStatuses {
    private PeriodStatuses() {
    }

    /**
     * Every period of the plan in effect, with overviews and grids, in a fixed number of statements whatever the
     * number of periods: the plan once, the periods once, every submission of the plan once.
     */
    static PeriodsToday of(Store store, long planId, LocalDate today) {
        PlanAssignments plan = ReportingService.assignments(store, planId);
        Map<Long, List<UnitSubmission>> submissions = store.reporting().submissionsOfPlan(planId);
        List<PeriodOverview> overviews = new ArrayList<>();
        Map<Long, List<UnitReportStatus>> grids = new HashMap<>();
        for (ReportingPeriod p : PlanPeriods.inEffect(store.reporting().periods(planId), plan.document().plan())) {
            List<UnitReportStatus> grid = grid(plan, p, submissions.getOrDefault(p.id(), List.of()), today);
            grids.put(p.id(), grid);
            overviews.add(overview(p, grid, today));
        }
        return new PeriodsToday(overviews, grids, today);
    }

    /** A period's overview: its names, days left and the units counted from its grid. */
    static PeriodOverview overview(ReportingPeriod p, List<UnitReportStatus> grid, LocalDate today) {
        int reported = (int) grid.stream().filter(g -> g.latestVersion() != null).count();
        int late = (int) grid.stream().filter(g -> g.timeliness().status() == Timeliness.Status.LATE).count();
        int missing = (int) grid.stream().filter(g -> g.timeliness().status() == Timeliness.Status.MISSING).count();
        long daysLeft = ChronoUnit.DAYS.between(today, p.dueDate());
        return new PeriodOverview(p, PeriodNames.name(p), PeriodNames.shortCode(p), daysLeft, grid.size(), reported,
                late, missing);
    }

    /** A period's status grid, one row per reporting unit in the plan's order, from the period's submissions. */
    static List<UnitReportStatus> grid(PlanAssignments plan, ReportingPeriod p, List<UnitSubmission> submissions,
                                       LocalDate today) {
        Map<Long, List<UnitSubmission>> byUnit = submissions.stream()
                .collect(Collectors.groupingBy(UnitSubmission::unitId));
        List<UnitReportStatus> rows = new ArrayList<>();
        for (Unit unit : plan.reportingUnits()) {
            UnitAssignments mine = plan.forUnit(unit, p.year());
            List<UnitSubmission> subs = byUnit.getOrDefault(unit.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(UnitSubmission::version)).toList();
            UnitSubmission first = subs.isEmpty() ? null : subs.getFirst();
            UnitSubmission last = subs.isEmpty() ? null : subs.getLast();
            Timeliness t = Timeliness.of(p.dueDate(), first == null ? null : first.receivedDate(), today);
            rows.add(new UnitReportStatus(unit, mine.items().size(), mine.indicators().size(),
                    last == null ? null : last.version(), first == null ? null : first.receivedDate(),
                    last == null ? null : last.receivedDate(), last == null ? null : last.source(),
                    last == null ? null : last.id(), t));
        }
        return rows;
    }
}
