package vn.kehoachxa.domain.plan;

import java.util.List;

/**
 * Nội dung phân công: one row of an assignment matrix — a target (Phụ lục 1) or a task (Phụ lục 2) — with its lead
 * and cooperating units and deadline. Sub-rows ({@code 6.1}…{@code 6.4}) are its children. {@code indicatorCode}
 * links a target row to an indicator where there is one.
 */
public record AssignmentItem(Long id, String numberLabel, String content, String indicatorCode,
                             List<Assignee> leads, List<Assignee> cooperating, Deadline deadline,
                             String expectedProduct, List<AssignmentItem> children) {
    public AssignmentItem {
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("assignment content is required");
        }
        leads = List.copyOf(leads);
        cooperating = List.copyOf(cooperating);
        children = List.copyOf(children);
    }
}
