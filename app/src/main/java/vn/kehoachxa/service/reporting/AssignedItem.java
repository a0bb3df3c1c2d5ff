package vn.kehoachxa.service.reporting;

import vn.kehoachxa.domain.plan.AssigneeRole;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.TableKind;

/** A matrix row a unit reports on, with the matrix and group it sits in and the unit's role (lead wins). */
public record AssignedItem(AssignmentItem item, TableKind matrix, String groupTitle, AssigneeRole role) {
}
