package vn.kehoachxa.domain.reporting;

/**
 * Cảnh báo số liệu: one thing wrong or odd about a reported figure. A {@link Kind#blocking()} flag (out of the range
 * its unit of measure allows) keeps the figure out until the official accepts it with a note; the others only ask
 * for a second look. {@code message} is the Vietnamese sentence shown beside the figure.
 */
public record FigureFlag(Kind kind, String message) {
    /** What the flag says. */
    public enum Kind {
        /** A percentage below 0. */
        PERCENT_BELOW_ZERO(true),
        /** A percentage above 100. */
        PERCENT_ABOVE_HUNDRED(true),
        /** A count below 0. */
        NEGATIVE_COUNT(true),
        /** A count with a fractional part. */
        FRACTIONAL_COUNT(true),
        /** More than {@link FigureChecks#RATIO} times the previous period's figure. */
        BIG_RISE(false),
        /** Less than the previous period's figure divided by {@link FigureChecks#RATIO}. */
        BIG_FALL(false);

        private final boolean blocking;

        Kind(boolean blocking) {
            this.blocking = blocking;
        }

        /** Whether the figure may only be accepted with a note. */
        public boolean blocking() {
            return blocking;
        }
    }

    /** Whether the figure may only be accepted with a note. */
    public boolean blocking() {
        return kind.blocking();
    }
}
