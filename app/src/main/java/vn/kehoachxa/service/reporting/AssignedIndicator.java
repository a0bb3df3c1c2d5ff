package vn.kehoachxa.service.reporting;

import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;

/**
 * An indicator a unit leads, with the target in force for the period (null: none applies) and the TT it prints with
 * in the plan ({@link vn.kehoachxa.domain.plan.RowNumbers}).
 */
public record AssignedIndicator(Indicator indicator, IndicatorTarget target, String number) {
    public AssignedIndicator {
        number = number == null ? "" : number;
    }

    /** An indicator numbered by its own label only. */
    public AssignedIndicator(Indicator indicator, IndicatorTarget target) {
        this(indicator, target, indicator.numberLabel());
    }
}
