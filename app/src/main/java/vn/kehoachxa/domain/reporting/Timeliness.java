package vn.kehoachxa.domain.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.kehoachxa.domain.Texts;

/**
 * Tính kịp thời: whether a unit's report for a period came on time, late (by how many calendar days), is missing
 * (due date passed, nothing received; {@code daysLate} counts the days overdue so far), or is not yet due.
 */
public record Timeliness(Status status, long daysLate) {
    /** The four states of a unit's report for a period. */
    public enum Status {
        ON_TIME, LATE, MISSING, NOT_YET_DUE
    }

    public Timeliness {
        if (status == null || daysLate < 0) {
            throw new IllegalArgumentException("status required and days late not negative");
        }
    }

    /** Timeliness from the due date, the received date (null when nothing came) and today. */
    public static Timeliness of(LocalDate due, LocalDate received, LocalDate today) {
        if (received != null) {
            long late = ChronoUnit.DAYS.between(due, received);
            return late > 0 ? new Timeliness(Status.LATE, late) : new Timeliness(Status.ON_TIME, 0);
        }
        long overdue = ChronoUnit.DAYS.between(due, today);
        return overdue > 0 ? new Timeliness(Status.MISSING, overdue) : new Timeliness(Status.NOT_YET_DUE, 0);
    }

    /** The Vietnamese label: "Đúng hạn", "Chậm 3 ngày", "Chưa nộp (quá hạn 5 ngày)", "Chưa đến hạn". */
    public String label() {
        return Texts.get("timeliness." + status.name(), String.valueOf(daysLate));
    }
}
