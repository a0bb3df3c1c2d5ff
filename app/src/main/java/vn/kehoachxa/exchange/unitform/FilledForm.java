package vn.kehoachxa.exchange.unitform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.kehoachxa.domain.reporting.ProgressStatus;

/**
 * A returned form as read: its identity, the rows the unit filled in, and every problem found in its cells
 * ("Chỉ tiêu!E7: "chín mươi" không phải là số"). Rows left empty are not listed.
 */
public record FilledForm(FormIdentity identity, List<Task> tasks, List<Result> results, List<String> errors) {
    public FilledForm {
        tasks = List.copyOf(tasks);
        results = List.copyOf(results);
        errors = List.copyOf(errors);
    }

    /**
     * What the unit wrote on a matrix row; {@code cell} is where its status is ("Nhiệm vụ!E9"), {@code completedCell}
     * where its actual completion date is ("Nhiệm vụ!F9"; null in forms without that column), {@code completedOn}
     * that date (null: not given).
     */
    public record Task(long itemId, String cell, ProgressStatus status, String resultText, String difficulties,
                       String proposals, String completedCell, LocalDate completedOn) {
    }

    /** What the unit wrote for an indicator; {@code cell} is where its figure is ("Chỉ tiêu!E7"). */
    public record Result(long indicatorId, String cell, BigDecimal value, String text, String note) {
    }
}
