package vn.kehoachxa.domain.reporting;

import java.time.LocalDateTime;

/**
 * Lịch sử kỳ báo cáo: one recorded event of a period's figures — the report sent upward, the period reopened, a
 * flagged figure accepted — with who did it (the computer's user name), when, and the recipients, reason or note.
 * {@code subject} names the figure an acceptance was about (null for the others).
 */
public record PeriodEvent(Long id, long periodId, Kind kind, LocalDateTime at, String by, String subject,
                          String detail) {
    /** What happened. */
    public enum Kind {
        SENT, REOPENED, FIGURE_ACCEPTED
    }
}
