package vn.kehoachxa.ui.outline;

import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.PlanScreen;

/** Screen OUTLINE (being built). */
public final class OutlineController implements PlanScreen {
    private final AppContext ctx;

    /** Built by the controller factory. */
    public OutlineController(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void showPlan(Long planId) {
        ctx.currentPlanId();
    }
}
