package vn.kehoachxa.domain.plan;

/**
 * Thời gian hoàn thành: the original wording and its structured form. {@code year} is the (first) year,
 * {@code endYear} the last year of a range, {@code month} the month for BY_MONTH and BY_QUARTER.
 */
public record Deadline(DeadlineKind kind, String originalText, Integer year, Integer endYear, Integer month) {
    public Deadline {
        if (kind == null) {
            throw new IllegalArgumentException("deadline kind is required");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
    }

    /** Wording the app keeps but does not interpret. */
    public static Deadline freeText(String text) {
        return new Deadline(DeadlineKind.FREE_TEXT, text, null, null, null);
    }
}
