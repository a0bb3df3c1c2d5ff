package vn.kehoachxa.domain.plan;

import java.time.YearMonth;

/**
 * Chế độ báo cáo: which periodic reports units send and by when, e.g. quarterly, 6-month and yearly reports
 * "trước ngày 20 của tháng cuối kỳ". {@code dayCounts} is false for "trước ngày 20" (due by the 19th) and true for
 * "chậm nhất ngày 20". A yearly month/day, when set, overrides the rule for the annual report (e.g. 10/11).
 * {@code firstPeriodMonth} is a month of the first period (kỳ báo cáo đầu tiên) the official picked; null: the
 * period of the plan's issue date (see {@code domain.reporting.PlanPeriods}). It is the office's reporting setup,
 * not the issued text, so it stays editable after issue and is written by its own use case only.
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
        String originalText,
        YearMonth firstPeriodMonth) {

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

    /** A rule whose first period follows the plan's issue date. */
    public ReportingRule(boolean quarterly, boolean halfYear, boolean nineMonth, boolean yearly, int deadlineDay,
                         boolean dayCounts, WeekendPolicy weekendPolicy, Integer yearlyMonth, Integer yearlyDay,
                         String originalText) {
        this(quarterly, halfYear, nineMonth, yearly, deadlineDay, dayCounts, weekendPolicy, yearlyMonth, yearlyDay,
                originalText, null);
    }

    /** The same rule starting at the period of {@code month} (null: at the plan's issue date). */
    public ReportingRule withFirstPeriodMonth(YearMonth month) {
        return new ReportingRule(quarterly, halfYear, nineMonth, yearly, deadlineDay, dayCounts, weekendPolicy,
                yearlyMonth, yearlyDay, originalText, month);
    }

    /** The common rule: quarterly, 6-month and yearly reports before the 20th of the period's last month. */
    public static ReportingRule standard() {
        return new ReportingRule(true, true, false, true, 20, false, WeekendPolicy.PREVIOUS_WORKING_DAY, null, null,
                null);
    }
}
