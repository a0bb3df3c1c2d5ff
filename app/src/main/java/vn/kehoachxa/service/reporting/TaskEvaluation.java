package vn.kehoachxa.service.reporting;

import java.time.LocalDate;
import java.util.List;
import vn.kehoachxa.domain.reporting.TaskStatus;

/**
 * Tình trạng nhiệm vụ for a period: the row, its due date in the period's year (null: none, never overdue), the
 * official status derived from it and the lead units' latest reports, and every unit's latest words on it.
 */
public record TaskEvaluation(AssignedItem item, LocalDate due, TaskStatus status, List<UnitProgress> reports) {
    public TaskEvaluation {
        reports = List.copyOf(reports);
    }
}
