package vn.kehoachxa.service;

import java.util.List;
import java.util.Optional;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.ManualVerdict;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.VerdictEntry;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.reporting.PlanAssignments;

/**
 * Manual verdicts on qualitative targets (đánh giá thủ công): the official records Đạt, Chưa đạt or Vượt with a note
 * for one period; each recording is kept with who and when (docs/decisions/0024-target-semantics.md). Each call is
 * one transaction; the caller's undo records the verdict it returns back again.
 */
public final class VerdictService {
    private final Database db;

    VerdictService(Database db) {
        this.db = db;
    }

    /**
     * Records {@code verdict} (null: withdraws the one in force) with {@code note} on {@code indicatorId} in
     * {@code periodId}; returns the verdict in force before, for undo.
     *
     * @throws DomainException when the indicator's target in force for the period is not qualitative, or the
     *                         verdict is not Đạt, Chưa đạt or Vượt
     */
    public Optional<ManualVerdict> record(long periodId, long indicatorId, Evaluation verdict, String note) {
        if (verdict != null && !verdict.isVerdict()) {
            throw new DomainException(Texts.get("verdict.notAVerdict", verdict.label()));
        }
        return db.inTransaction(store -> {
            ReportingPeriod period = ReportingService.period(store, periodId);
            Indicator indicator = store.indicators().get(indicatorId);
            IndicatorTarget target = PlanAssignments.targetInForce(indicator, period.year());
            if (target == null || target.kind() != TargetKind.QUALITATIVE) {
                throw new DomainException(Texts.get("verdict.notQualitative", indicator.name()));
            }
            Optional<ManualVerdict> before = store.verdicts().current(periodId, indicatorId);
            store.verdicts().record(periodId, indicatorId, verdict, note);
            return before;
        });
    }

    /** Every verdict recorded on {@code indicatorId} in {@code periodId}, oldest first, withdrawals included. */
    public List<VerdictEntry> history(long periodId, long indicatorId) {
        return db.read(store -> store.verdicts().history(periodId, indicatorId));
    }
}
