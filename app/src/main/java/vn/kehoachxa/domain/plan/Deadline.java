package vn.kehoachxa.domain.plan;

/**
 * Thời gian hoàn thành: the original wording and its structured form. {@code year} is the (first) year,
 * {@code endYear} the last year of a range, {@code month} the month (for a quarter or a half-year its last month),
 * {@code day} the day of the month for BY_DATE and YEARLY_BY_DATE (and, when the wording names one, for MONTHLY,
 * QUARTERLY and HALF_YEARLY); see {@link DeadlineKind} for which kind uses which.
 */
public record Deadline(DeadlineKind kind, String originalText, Integer year, Integer endYear, Integer month,
                       Integer day) {
    public Deadline {
        if (kind == null) {
            throw new IllegalArgumentException("deadline kind is required");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (day < 1 || day > 31)) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
    }

    /** A deadline without a day: every kind the app knew before day-level deadlines. */
    public Deadline(DeadlineKind kind, String originalText, Integer year, Integer endYear, Integer month) {
        this(kind, originalText, year, endYear, month, null);
    }

    /** Wording the app keeps but does not interpret. */
    public static Deadline freeText(String text) {
        return new Deadline(DeadlineKind.FREE_TEXT, text, null, null, null);
    }
}
