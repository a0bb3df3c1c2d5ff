package vn.kehoachxa.service.reporting;

import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;

/** An indicator a unit leads, with the target in force for the period (null: none applies). */
public record AssignedIndicator(Indicator indicator, IndicatorTarget target) {
}
