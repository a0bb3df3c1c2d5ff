package vn.kehoachxa.ui.assignments;

import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.service.AssignmentService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.UnitService;
import vn.kehoachxa.ui.common.AppContext;

/** Phân công nhiệm vụ (Phụ lục 2): the task assignment matrix. */
public final class TaskMatrixController extends MatrixController {
    /** Built by the controller factory. */
    public TaskMatrixController(AppContext ctx, AssignmentService assignments, PlanService plans, UnitService units) {
        super(ctx, assignments, plans, units, TableKind.TASK_MATRIX);
    }
}
