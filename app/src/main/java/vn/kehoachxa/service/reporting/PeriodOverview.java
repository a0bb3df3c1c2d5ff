package vn.kehoachxa.service.reporting;

import vn.kehoachxa.domain.reporting.ReportingPeriod;

/**
 * Kỳ báo cáo as the screens list it: the period, its Vietnamese name ("quý I năm 2026") and short code
 * ("Q1-2026"), days left until the due date (negative once past), and how many of the units that must report have
 * reported, reported late, or are missing.
 */
public record PeriodOverview(ReportingPeriod period, String name, String code, long daysLeft, int expectedUnits,
                             int reportedUnits, int lateUnits, int missingUnits) {
    /** Whether the due date has passed while some unit has not reported. */
    public boolean overdue() {
        return daysLeft < 0 && missingUnits > 0;
    }
}
