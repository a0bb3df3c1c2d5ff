package vn.kehoachxa.service.reporting;

import java.time.LocalDate;
import java.util.List;
import vn.kehoachxa.domain.plan.AssigneeRole;
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

    /**
     * The actual completion date the lead units gave, for the office to print: {@link #doneOn} when the task is done
     * and every lead unit's latest report gave a completion date; null otherwise (the report date is not printed as
     * if it were the day the work was done).
     */
    public LocalDate actualCompletion() {
        if (doneOn == null) {
            return null;
        }
        List<UnitProgress> leads = reports.stream().filter(r -> r.role() == AssigneeRole.LEAD).toList();
        return !leads.isEmpty() && leads.stream().allMatch(r -> r.completedOn() != null) ? doneOn : null;
    }

    /** An evaluation without a completion day. */
    public TaskEvaluation(AssignedItem item, LocalDate due, TaskStatus status, List<UnitProgress> reports) {
        this(item, due, status, reports, null);
    }
}
