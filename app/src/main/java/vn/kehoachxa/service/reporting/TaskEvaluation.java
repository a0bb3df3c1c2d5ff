package vn.kehoachxa.service.reporting;

import java.time.LocalDate;
import java.util.List;
import vn.kehoachxa.domain.reporting.TaskStatus;

/**
 * Tình trạng nhiệm vụ for a period: the row, its due date in the period's year (null: none, never overdue), the
 * official status derived from it and the lead units' latest reports, and every unit's latest words on it.
 * {@code doneOn} is the day the task counts as done (the lead units' actual completion date, else the day they
 * reported it done), null unless its status is one of the "hoàn thành" ones.
 */
public record TaskEvaluation(AssignedItem item, LocalDate due, TaskStatus status, List<UnitProgress> reports,
                             LocalDate doneOn) {
    public TaskEvaluation {
        reports = List.copyOf(reports);
    }

    /** An evaluation without a completion day. */
    public TaskEvaluation(AssignedItem item, LocalDate due, TaskStatus status, List<UnitProgress> reports) {
        this(item, due, status, reports, null);
    }
}
