package vn.kehoachxa.service.reporting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.reporting.FixedHolidays;
import vn.kehoachxa.domain.reporting.Holiday;
import vn.kehoachxa.domain.reporting.PlanPeriods;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.persistence.Store;

/**
 * Brings a plan's stored reporting periods in line with its calendar ({@link PlanPeriods}), in the caller's
 * transaction.
 */
public final class PeriodSync {
    private PeriodSync() {
    }

    /**
     * Creates or refreshes the plan's stored periods from its rule, years, first period and holidays (seeding the
     * fixed holidays of each plan year once); a period no longer wanted goes when nobody reported for it.
     */
    public static void regenerate(Store store, long planId) {
        Plan plan = store.plans().get(planId);
        for (int year = plan.startYear(); year <= plan.endYear(); year++) {
            if (!store.reportingCycle().holidaysSeeded(year)) {
                FixedHolidays.forYear(year).forEach(store.reporting()::saveHoliday);
                store.reportingCycle().markHolidaysSeeded(year);
            }
        }
        Set<LocalDate> holidays = store.reporting().holidays().stream().map(Holiday::date)
                .collect(Collectors.toSet());
        List<ReportingPeriod> wanted = inForce(store, plan, PlanPeriods.of(plan, planId, holidays));
        Map<String, ReportingPeriod> existing = store.reporting().periods(planId).stream()
                .collect(Collectors.toMap(PeriodSync::key, Function.identity()));
        for (ReportingPeriod p : wanted) {
            ReportingPeriod old = existing.remove(key(p));
            if (old == null) {
                store.reporting().insertPeriod(p);
            } else if (!sameDates(old, p)) {
                store.reportingCycle().updatePeriodDates(new ReportingPeriod(old.id(), planId, p.kind(),
                        p.year(), p.index(), p.cutoffStart(), p.cutoffEnd(), p.dueDate(), p.dueNote(),
                        old.sentAt(), old.sentTo()));
            }
        }
        for (ReportingPeriod gone : existing.values()) {
            if (store.reportingCycle().submissionCount(gone.id()) == 0) {
                store.reportingCycle().deletePeriod(gone.id());
            }
        }
    }

    /**
     * The periods for which this version of the plan is in force (decision 0014): a revision from its issue date, a
     * version until the issue date of the revision after it; a period belongs to the version in force at its end.
     */
    private static List<ReportingPeriod> inForce(Store store, Plan plan, List<ReportingPeriod> periods) {
        LocalDate from = plan.revisesPlanId() != null && plan.status() != PlanStatus.DRAFT ? plan.issueDate() : null;
        LocalDate until = store.versions().revisionsOf(plan.id()).stream().map(store.plans()::get)
                .filter(r -> r.status() != PlanStatus.DRAFT && r.issueDate() != null).map(Plan::issueDate)
                .min(Comparator.naturalOrder()).orElse(null);
        return periods.stream().filter(p -> (from == null || !p.cutoffEnd().isBefore(from))
                && (until == null || p.cutoffEnd().isBefore(until))).toList();
    }

    private static String key(ReportingPeriod p) {
        return p.kind() + "/" + p.year() + "/" + p.index();
    }

    private static boolean sameDates(ReportingPeriod a, ReportingPeriod b) {
        return a.cutoffStart().equals(b.cutoffStart()) && a.cutoffEnd().equals(b.cutoffEnd())
                && a.dueDate().equals(b.dueDate()) && Objects.equals(a.dueNote(), b.dueNote());
    }
}
