package vn.kehoachxa.domain.plan;

/** What happens to a deadline that falls on a weekend or a public holiday. */
public enum WeekendPolicy {
    /** Move it to the preceding working day (the default: a report is never late by the calendar). */
    PREVIOUS_WORKING_DAY,
    /** Move it to the next working day. */
    NEXT_WORKING_DAY,
    /** Keep the date as written. */
    KEEP
}
