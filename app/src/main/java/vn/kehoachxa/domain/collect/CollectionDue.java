package vn.kehoachxa.domain.collect;

import java.time.LocalDate;
import java.util.Set;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.WeekendPolicy;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ReportingCalendar;

/**
 * Hạn nộp báo cáo của kỳ thu: the day the communes' reports for one period are due at the province ({@code dueDate};
 * a package first received after it is late). {@code set} is false when nobody set it and the default rule gave it.
 */
public record CollectionDue(PeriodKind kind, int year, int index, LocalDate dueDate, boolean set) {
    /**
     * The province's default rule: the 20th of the period's last month counts ("chậm nhất ngày 20": 20/3, 20/6,
     * 20/9, 20/12; the half-year report with the second quarter, the year's with the fourth), moved to the working
     * day before when it falls on a weekend, as the domain's reporting calendar does by default.
     */
    public static final ReportingRule DEFAULT_RULE = new ReportingRule(true, true, true, true, 20, true,
            WeekendPolicy.PREVIOUS_WORKING_DAY, null, null, null);

    public CollectionDue {
        if (kind == null || dueDate == null) {
            throw new IllegalArgumentException("a due date needs its period and day");
        }
        ReportingCalendar.lastMonth(kind, index);
    }

    /** The default due date of a period (see {@link #DEFAULT_RULE}); holidays are not known to the collector. */
    public static CollectionDue byDefault(PeriodKind kind, int year, int index) {
        LocalDate due = ReportingCalendar.period(0, DEFAULT_RULE, kind, year, index, Set.of()).dueDate();
        return new CollectionDue(kind, year, index, due, false);
    }
}
