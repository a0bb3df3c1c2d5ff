package vn.kehoachxa.service.reporting;

import java.util.List;
import vn.kehoachxa.domain.plan.Unit;

/** What one unit reports on for a period: the matrix rows it leads or cooperates on and the indicators it leads. */
public record UnitAssignments(Unit unit, List<AssignedItem> items, List<AssignedIndicator> indicators) {
    public UnitAssignments {
        items = List.copyOf(items);
        indicators = List.copyOf(indicators);
    }
}
