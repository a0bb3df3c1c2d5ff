package vn.kehoachxa.domain.plan;

import java.util.List;

/** A group of rows of an assignment matrix (I. …, or one of the six task groups). */
public record AssignmentGroup(Long id, String label, String title, List<AssignmentItem> items) {
    public AssignmentGroup {
        items = List.copyOf(items);
    }
}
