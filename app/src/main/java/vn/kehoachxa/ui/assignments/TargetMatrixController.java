package vn.kehoachxa.ui.assignments;

import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.service.AssignmentService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.UnitService;
import vn.kehoachxa.ui.common.AppContext;

/** Phân công mục tiêu (Phụ lục 1): the target assignment matrix. */
public final class TargetMatrixController extends MatrixController {
    /** Built by the controller factory. */
    public TargetMatrixController(AppContext ctx, AssignmentService assignments, PlanService plans, UnitService units) {
        super(ctx, assignments, plans, units, TableKind.TARGET_MATRIX);
    }
}
