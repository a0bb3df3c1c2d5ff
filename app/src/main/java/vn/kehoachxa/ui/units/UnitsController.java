package vn.kehoachxa.ui.units;

import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.PlanScreen;

/** Screen UNITS (being built). */
public final class UnitsController implements PlanScreen {
    private final AppContext ctx;

    /** Built by the controller factory. */
    public UnitsController(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void showPlan(Long planId) {
        ctx.currentPlanId();
    }
}
