package vn.kehoachxa.ui.reporting;

import java.time.LocalDate;
import java.util.List;
import vn.kehoachxa.service.reporting.PeriodHistory;

/**
 * Where the result charts read their history from: a commune plan's periods (ReportingService) or a province's
 * periods (the collector's ProvinceViewService). Called on the ordered executor, never on the FX thread.
 */
@FunctionalInterface
public interface ChartSource {
    /** The history across periods, in period order, and the day it is judged on. */
    record Snapshot(List<PeriodHistory> history, LocalDate today) {
        public Snapshot {
            history = List.copyOf(history);
        }
    }

    /** Reads the history now (database work: on the ordered executor). */
    Snapshot read();
}
