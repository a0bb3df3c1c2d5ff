package vn.kehoachxa.ui.indicators;

import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;

/** One line of the Chỉ tiêu table: a group row ({@code indicator} null) or an indicator with its printed TT. */
public record IndicatorRow(IndicatorGroup group, Indicator indicator, String number) {
    /** Whether this is a group row. */
    public boolean isGroup() {
        return indicator == null;
    }

    /** The id of the indicator, or of the group for a group row. */
    public long id() {
        return isGroup() ? group.id() : indicator.id();
    }
}
