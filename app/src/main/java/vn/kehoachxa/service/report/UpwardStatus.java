package vn.kehoachxa.service.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.kehoachxa.service.reporting.PeriodOverview;

/**
 * Tình hình báo cáo cấp trên: whether the commune's report for a period went upward — sent on time, sent late, not
 * yet sent while still due, or overdue — against the province's deadline ({@code upwardDue}); {@code daysLeft} is
 * negative once the deadline has passed.
 */
public record UpwardStatus(PeriodOverview period, LocalDate upwardDue, State state, long daysLeft,
                           LocalDateTime sentAt, String sentTo) {
    /** Where the report to the province stands. */
    public enum State {
        SENT, SENT_LATE, NOT_YET_SENT, OVERDUE
    }

    /** Whether the report has gone upward. */
    public boolean reported() {
        return state == State.SENT || state == State.SENT_LATE;
    }
}
