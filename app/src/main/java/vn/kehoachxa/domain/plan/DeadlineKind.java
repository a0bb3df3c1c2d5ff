package vn.kehoachxa.domain.plan;

/** The shape of a deadline (thời gian hoàn thành), so the app can compute due dates where the wording allows. */
public enum DeadlineKind {
    /** Thường xuyên. */
    RECURRING,
    /** Hằng năm. */
    YEARLY,
    /** Năm 2027: by the end of a year. */
    BY_YEAR,
    /** Từ năm 2026: starting in a year, then ongoing. */
    FROM_YEAR,
    /** Đến tháng 9/2030. */
    BY_MONTH,
    /** Quý I/2026: by the end of a quarter (month holds the quarter's last month). */
    BY_QUARTER,
    /** 2026-2030. */
    YEAR_RANGE,
    /** Sau khi Chính phủ ban hành Nghị định: depends on an event. */
    CONDITIONAL,
    /** Wording the app cannot interpret. */
    FREE_TEXT
}
