package vn.kehoachxa.domain.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Kỳ báo cáo: one reporting period of a plan, with its data cut-off range (Decree 09/2019) and the due date after
 * weekend and holiday moves; {@code dueNote} explains a move. {@code sentAt}/{@code sentTo} record the report sent
 * upward.
 */
public record ReportingPeriod(Long id, long planId, PeriodKind kind, int year, int index, LocalDate cutoffStart,
                              LocalDate cutoffEnd, LocalDate dueDate, String dueNote, LocalDateTime sentAt,
                              String sentTo) {
    public ReportingPeriod {
        if (kind == null || cutoffStart == null || cutoffEnd == null || dueDate == null) {
            throw new IllegalArgumentException("kind, cut-off and due date are required");
        }
        if (cutoffStart.isAfter(cutoffEnd)) {
            throw new IllegalArgumentException("cut-off start after end");
        }
    }
}
