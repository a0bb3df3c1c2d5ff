package vn.kehoachxa.ui.plan;

import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.PlanScreen;

/** Screen PLAN_INFO (being built). */
public final class PlanInfoController implements PlanScreen {
    private final AppContext ctx;

    /** Built by the controller factory. */
    public PlanInfoController(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void showPlan(Long planId) {
        ctx.currentPlanId();
    }
}
