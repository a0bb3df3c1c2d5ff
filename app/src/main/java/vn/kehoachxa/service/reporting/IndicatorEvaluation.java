package vn.kehoachxa.service.reporting;

import java.math.BigDecimal;
import java.util.List;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.reporting.Evaluation;

/**
 * Đánh giá chỉ tiêu for a period: the target in force (the target of the period's year, else the nearest later
 * one, else one without a year), every unit's latest figure, the consolidated value — the latest figure of the
 * first lead unit (in the plan's order) that gave one; the office's own estimate is not modelled — with the unit
 * it came from, and the evaluation of that value.
 */
public record IndicatorEvaluation(Indicator indicator, IndicatorTarget target, List<UnitResult> results,
                                  BigDecimal consolidated, String consolidatedFrom, Evaluation evaluation) {
    public IndicatorEvaluation {
        results = List.copyOf(results);
    }
}
