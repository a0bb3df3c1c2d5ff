package vn.kehoachxa.domain.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.kehoachxa.domain.plan.Plan;

/**
 * Kỳ báo cáo trong thời gian thực hiện kế hoạch: the one rule for which periods a plan asks reports for. Reporting
 * starts with the period in which the plan takes effect — the period holding the month the official picked
 * ({@link vn.kehoachxa.domain.plan.ReportingRule#firstPeriodMonth()}), else the period holding the issue date, else
 * (a draft without a date) the first period of the plan's years. A period belongs when its calendar months reach
 * that month: a plan issued 15/12/2026 reports for quý IV, 6 tháng cuối năm and năm 2026, nothing earlier.
 */
public final class PlanPeriods {
    /** Due date first; on the same day quarter, half-year, nine months, year (the documented order); then index. */
    public static final Comparator<ReportingPeriod> ORDER = Comparator.comparing(ReportingPeriod::dueDate)
            .thenComparing(ReportingPeriod::kind).thenComparingInt(ReportingPeriod::year)
            .thenComparingInt(ReportingPeriod::index);

    private PlanPeriods() {
    }

    /** The month reporting starts in: the official's pick, else the issue date's month; null: no start set. */
    public static YearMonth firstMonth(Plan plan) {
        YearMonth picked = plan.reportingRule().firstPeriodMonth();
        if (picked != null) {
            return picked;
        }
        return plan.issueDate() == null ? null : YearMonth.from(plan.issueDate());
    }

    /**
     * Whether {@code period} is due under {@code plan}. From the issue date, a period already due before the plan
     * was issued is left out too (a plan issued 25/6 cannot be reported on by 19/6); an official's pick is taken as
     * it is.
     */
    public static boolean inEffect(ReportingPeriod period, Plan plan) {
        YearMonth first = firstMonth(plan);
        if (first == null) {
            return true;
        }
        if (calendarEnd(period).isBefore(first.atDay(1))) {
            return false;
        }
        return plan.reportingRule().firstPeriodMonth() != null || !period.dueDate().isBefore(plan.issueDate());
    }

    /** The plan's periods from its first period to the end of its years, in {@link #ORDER}. */
    public static List<ReportingPeriod> of(Plan plan, long planId, Set<LocalDate> holidays) {
        return inEffect(ReportingCalendar.periods(planId, plan.reportingRule(), plan.startYear(), plan.endYear(),
                holidays), plan);
    }

    /** The periods of {@code periods} that are due under {@code plan}, in {@link #ORDER}. */
    public static List<ReportingPeriod> inEffect(List<ReportingPeriod> periods, Plan plan) {
        return periods.stream().filter(p -> inEffect(p, plan)).sorted(ORDER).toList();
    }

    /**
     * The periods an official can pick as the first, over all the plan's years whatever its issue date: one per month
     * a period starts in, named by the shortest period starting then (quý I rather than 6 tháng đầu năm or năm).
     */
    public static List<ReportingPeriod> startChoices(Plan plan, Set<LocalDate> holidays) {
        java.util.Map<LocalDate, ReportingPeriod> byStart = new java.util.TreeMap<>();
        for (ReportingPeriod p : ReportingCalendar.periods(0, plan.reportingRule(), plan.startYear(), plan.endYear(),
                holidays)) {
            byStart.merge(calendarStart(p), p, (a, b) -> a.kind().compareTo(b.kind()) <= 0 ? a : b);
        }
        return List.copyOf(byStart.values());
    }

    /** The last day of the period's last calendar month (31/3 for quý I). */
    public static LocalDate calendarEnd(ReportingPeriod period) {
        return YearMonth.of(period.year(), ReportingCalendar.lastMonth(period.kind(), period.index())).atEndOfMonth();
    }

    /** The first day of the period's first calendar month (1/7 for 6 tháng cuối năm). */
    public static LocalDate calendarStart(ReportingPeriod period) {
        int months = switch (period.kind()) {
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case NINE_MONTH -> 9;
            case YEAR -> 12;
        };
        int last = ReportingCalendar.lastMonth(period.kind(), period.index());
        return LocalDate.of(period.year(), last - months + 1, 1);
    }
}
