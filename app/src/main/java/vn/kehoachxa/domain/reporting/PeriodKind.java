package vn.kehoachxa.domain.reporting;

/** Loại kỳ báo cáo: quarter, half-year, nine months, or year. */
public enum PeriodKind {
    QUARTER, HALF_YEAR, NINE_MONTH, YEAR
}
