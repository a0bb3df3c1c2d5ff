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
    FREE_TEXT,
    /** Trước ngày 30/6/2027: by a day ({@code year}, {@code month}, {@code day} hold the last day allowed). */
    BY_DATE,
    /** 6 tháng đầu năm 2027: by the end of a half-year ({@code month} holds its last month, 6 or 12). */
    BY_HALF_YEAR,
    /** Trước ngày 15/12 hằng năm: by a day each year ({@code month}, {@code day}). */
    YEARLY_BY_DATE,
    /** Tháng 12 hằng năm: by the end of a month each year. */
    YEARLY_BY_MONTH,
    /** Quý IV hằng năm: by the end of a quarter each year ({@code month} holds the quarter's last month). */
    YEARLY_BY_QUARTER,
    /** 6 tháng cuối năm, hằng năm: by the end of a half-year each year ({@code month} 6 or 12). */
    YEARLY_BY_HALF_YEAR,
    /** Hằng tháng: by the end of every month ({@code day}, if any, the day of the month). */
    MONTHLY,
    /** Hằng quý: by the end of every quarter ({@code day}, if any, the day of the quarter's last month). */
    QUARTERLY,
    /** Định kỳ 6 tháng: by the end of every half-year ({@code day}, if any, the day of its last month). */
    HALF_YEARLY;

    /**
     * Whether the wording gives no date at all to judge the work against (không xác định được hạn): free text and
     * conditional wordings. Recurring ("thường xuyên") and from-a-year wordings are ongoing work, never overdue.
     */
    public boolean undatable() {
        return this == FREE_TEXT || this == CONDITIONAL;
    }

    /** Whether the deadline comes back every year (or more often) rather than once. */
    public boolean repeats() {
        return switch (this) {
            case YEARLY, YEARLY_BY_DATE, YEARLY_BY_MONTH, YEARLY_BY_QUARTER, YEARLY_BY_HALF_YEAR, MONTHLY, QUARTERLY,
                 HALF_YEARLY -> true;
            default -> false;
        };
    }
}
