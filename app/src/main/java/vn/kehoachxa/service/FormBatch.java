package vn.kehoachxa.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.kehoachxa.domain.reporting.PeriodLock;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.persistence.Store;
import vn.kehoachxa.service.reporting.AcceptedFigure;
import vn.kehoachxa.service.reporting.PlanAssignments;

/**
 * What every returned form of one preview is matched against, read once for the whole batch rather than once per
 * form: the period and its lock, the plan with its assignments (the heaviest read, growing with the plan), the
 * plan's fingerprint and first issue date, the current form version, the previous period's figures, the figures
 * accepted so far and each unit's latest version. A preview writes nothing, so all of it stays true for every form
 * of the batch; what a form itself decides (its checksum already stored?) is still asked per form.
 */
record FormBatch(ReportingPeriod period, PeriodLock lock, PlanAssignments plan, String planFingerprint,
                 LocalDate firstIssue, int formVersion, Map<Long, Map<Long, BigDecimal>> previousFigures,
                 Map<Long, Map<Long, AcceptedFigure>> accepted, Map<Long, Integer> latestVersion) {

    /** Reads the batch's shared part for {@code periodId} in the caller's transaction. */
    static FormBatch read(Store store, long periodId) {
        ReportingPeriod p = ReportingService.period(store, periodId);
        PlanAssignments plan = ReportingService.assignments(store, p.planId());
        Map<Long, Integer> latest = new HashMap<>();
        for (UnitSubmission s : store.reporting().submissions(periodId)) {
            latest.merge(s.unitId(), s.version(), Math::max);
        }
        return new FormBatch(p, PeriodGuard.lock(store, p), plan,
                UnitFormService.planFingerprint(plan.document().plan()),
                ReportingService.firstIssueDate(store, plan.document().plan()),
                store.reportingCycle().formIssue(periodId).version(), PeriodGuard.previousFigures(store, p),
                PeriodGuard.accepted(store, periodId), latest);
    }
}
