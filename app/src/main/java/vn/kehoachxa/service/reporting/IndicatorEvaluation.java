package vn.kehoachxa.service.reporting;

import java.math.BigDecimal;
import java.util.List;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.ManualVerdict;

/**
 * Đánh giá chỉ tiêu for a period: the target in force (the target of the period's year, else the nearest later
 * one, else one without a year), every unit's latest figure, the consolidated value — the latest figure of the
 * first lead unit (in the plan's order) that gave one; the office's own estimate is not modelled — with the unit
 * it came from, and the evaluation of that value. {@code detail} says how it was reached (a relative target's change
 * from its baseline, or who recorded a qualitative target's verdict and why) and {@code hint} what the official can
 * do when there is no verdict; both null when there is nothing to say. {@code verdict} is the manual verdict recorded
 * for the period, if any.
 */
public record IndicatorEvaluation(Indicator indicator, IndicatorTarget target, List<UnitResult> results,
                                  BigDecimal consolidated, String consolidatedFrom, Evaluation evaluation,
                                  String detail, String hint, ManualVerdict verdict) {
    public IndicatorEvaluation {
        results = List.copyOf(results);
    }

    /** An evaluation with nothing to explain it. */
    public IndicatorEvaluation(Indicator indicator, IndicatorTarget target, List<UnitResult> results,
                               BigDecimal consolidated, String consolidatedFrom, Evaluation evaluation) {
        this(indicator, target, results, consolidated, consolidatedFrom, evaluation, null, null, null);
    }

    /** Whether the official may record a verdict by hand: the target in force is qualitative. */
    public boolean takesManualVerdict() {
        return target != null && target.kind() == TargetKind.QUALITATIVE;
    }
}
