package vn.kehoachxa.domain.plan;

/**
 * Chế độ báo cáo: which periodic reports units send and by when, e.g. quarterly, 6-month and yearly reports
 * "trước ngày 20 của tháng cuối kỳ". {@code dayCounts} is false for "trước ngày 20" (due by the 19th) and true for
 * "chậm nhất ngày 20". A yearly month/day, when set, overrides the rule for the annual report (e.g. 10/11).
 */
public record ReportingRule(
        boolean quarterly,
        boolean halfYear,
        boolean nineMonth,
        boolean yearly,
        int deadlineDay,
        boolean dayCounts,
        WeekendPolicy weekendPolicy,
        Integer yearlyMonth,
        Integer yearlyDay,
        String originalText) {

    public ReportingRule {
        if (deadlineDay < 1 || deadlineDay > 31) {
            throw new IllegalArgumentException("deadlineDay out of range: " + deadlineDay);
        }
        if (weekendPolicy == null) {
            weekendPolicy = WeekendPolicy.PREVIOUS_WORKING_DAY;
        }
        if ((yearlyMonth == null) != (yearlyDay == null)) {
            throw new IllegalArgumentException("yearlyMonth and yearlyDay go together");
        }
    }

    /** The common rule: quarterly, 6-month and yearly reports before the 20th of the period's last month. */
    public static ReportingRule standard() {
        return new ReportingRule(true, true, false, true, 20, false, WeekendPolicy.PREVIOUS_WORKING_DAY, null, null,
                null);
    }
}
