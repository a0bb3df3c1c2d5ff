package vn.kehoachxa.exchange.unitform;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one unit's report form holds: who and what it is for, the instructions (period name, due date and
 * the office to send it to, the plan it belongs to), the data cut-off range the figures cover (Decree 09/2019; both
 * null when unknown, and then no cut-off line is printed) and the rows to fill.
 */
public record UnitForm(FormIdentity identity, String periodName, LocalDate dueDate, String dueNote, String sendTo,
                       String planTitle, List<FormTaskRow> tasks, List<FormIndicatorRow> indicators,
                       LocalDate cutoffStart, LocalDate cutoffEnd) {
    public UnitForm {
        tasks = List.copyOf(tasks);
        indicators = List.copyOf(indicators);
        if ((cutoffStart == null) != (cutoffEnd == null)) {
            throw new IllegalArgumentException("cut-off start and end go together");
        }
    }

    /** A form without a cut-off range. */
    public UnitForm(FormIdentity identity, String periodName, LocalDate dueDate, String dueNote, String sendTo,
                    String planTitle, List<FormTaskRow> tasks, List<FormIndicatorRow> indicators) {
        this(identity, periodName, dueDate, dueNote, sendTo, planTitle, tasks, indicators, null, null);
    }
}
