package vn.kehoachxa.exchange.unitform;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one unit's report form holds: who and what it is for, the instructions (period name, due date and
 * the office to send it to, the plan it belongs to) and the rows to fill.
 */
public record UnitForm(FormIdentity identity, String periodName, LocalDate dueDate, String dueNote, String sendTo,
                       String planTitle, List<FormTaskRow> tasks, List<FormIndicatorRow> indicators) {
    public UnitForm {
        tasks = List.copyOf(tasks);
        indicators = List.copyOf(indicators);
    }
}
