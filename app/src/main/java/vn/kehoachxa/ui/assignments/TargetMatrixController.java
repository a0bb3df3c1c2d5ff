package vn.kehoachxa.ui.assignments;

import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.ui.common.AppContext;

/** Phân công mục tiêu (Phụ lục 1): the target assignment matrix. */
public final class TargetMatrixController extends MatrixController {
    /** Built by the controller factory. */
    public TargetMatrixController(AppContext ctx) {
        super(ctx, TableKind.TARGET_MATRIX);
    }
}
