package vn.kehoachxa.service.reporting;

import vn.kehoachxa.domain.plan.AssigneeRole;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.TableKind;

/**
 * A matrix row a unit reports on, with the matrix and group it sits in, the unit's role (lead wins) and the STT the
 * row prints with in the plan ({@link vn.kehoachxa.domain.plan.RowNumbers}).
 */
public record AssignedItem(AssignmentItem item, TableKind matrix, String groupTitle, AssigneeRole role,
                           String number) {
    public AssignedItem {
        number = number == null ? "" : number;
    }

    /** A row numbered by its own label only (callers that have no whole matrix to number it in). */
    public AssignedItem(AssignmentItem item, TableKind matrix, String groupTitle, AssigneeRole role) {
        this(item, matrix, groupTitle, role, item.numberLabel());
    }
}
