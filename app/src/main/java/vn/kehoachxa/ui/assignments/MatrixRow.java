package vn.kehoachxa.ui.assignments;

import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;

/** One line of an assignment matrix: a group row ({@code item} null) or a row or sub-row with its printed STT. */
public record MatrixRow(AssignmentGroup group, AssignmentItem item, String number) {
    /** Whether this is a group row. */
    public boolean isGroup() {
        return item == null;
    }

    /** The id of the row, or of the group for a group row. */
    public long id() {
        return isGroup() ? group.id() : item.id();
    }
}
