package vn.kehoachxa.domain.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.WeekendPolicy;

/**
 * Lịch báo cáo: the reporting periods of a plan with their data cut-off ranges (Decree 09/2019/NĐ-CP, Art. 12) and
 * due dates.
 *
 * <p>Cut-off: quarter I–IV = 15/12 (previous year)–14/3, 15/3–14/6, 15/6–14/9, 15/9–14/12; half-year 1 = 15/12–14/6,
 * half-year 2 = 15/6–14/12; nine months 15/12–14/9; year 15/12 (previous year)–14/12.
 * Due date: day D of the period's last month, clamped to the month's length; "trước ngày D" ({@code dayCounts}
 * false) means the day before D, "chậm nhất ngày D" means D itself. The annual report uses the rule's yearly
 * month/day instead when set (e.g. 10/11, read with the same {@code dayCounts}); its cut-off stays Decree 09's, so
 * such a report gives the year's figures partly as estimates (ước thực hiện cả năm), as is the practice. A due date on
 * a Saturday, Sunday or listed holiday then moves per the rule's {@link WeekendPolicy}, and {@code dueNote} says why.
 */
public final class ReportingCalendar {
    private ReportingCalendar() {
    }

    /**
     * Every period the rule asks for in {@code startYear..endYear}, ordered by due date (quarter before half-year
     * before nine months before year on the same day). Indexes: quarter 1–4, half-year 1–2, nine months 1, year 1.
     */
    public static List<ReportingPeriod> periods(long planId, ReportingRule rule, int startYear, int endYear,
                                                Set<LocalDate> holidays) {
        if (endYear < startYear) {
            throw new IllegalArgumentException("endYear before startYear: " + startYear + ".." + endYear);
        }
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int year = startYear; year <= endYear; year++) {
            if (rule.quarterly()) {
                for (int q = 1; q <= 4; q++) {
                    periods.add(period(planId, rule, PeriodKind.QUARTER, year, q, holidays));
                }
            }
            if (rule.halfYear()) {
                periods.add(period(planId, rule, PeriodKind.HALF_YEAR, year, 1, holidays));
                periods.add(period(planId, rule, PeriodKind.HALF_YEAR, year, 2, holidays));
            }
            if (rule.nineMonth()) {
                periods.add(period(planId, rule, PeriodKind.NINE_MONTH, year, 1, holidays));
            }
            if (rule.yearly()) {
                periods.add(period(planId, rule, PeriodKind.YEAR, year, 1, holidays));
            }
        }
        periods.sort(Comparator.comparing(ReportingPeriod::dueDate).thenComparing(ReportingPeriod::kind)
                .thenComparing(ReportingPeriod::index));
        return List.copyOf(periods);
    }

    /** One period: its cut-off range and its due date after weekend and holiday moves. */
    public static ReportingPeriod period(long planId, ReportingRule rule, PeriodKind kind, int year, int index,
                                         Set<LocalDate> holidays) {
        int lastMonth = lastMonth(kind, index);
        int firstMonth = lastMonth - months(kind) + 1;
        LocalDate cutoffStart = LocalDate.of(year, 1, 15).plusMonths(firstMonth - 2);
        LocalDate cutoffEnd = LocalDate.of(year, lastMonth, 14);
        LocalDate nominal = kind == PeriodKind.YEAR && rule.yearlyMonth() != null
                ? nominal(year, rule.yearlyMonth(), rule.yearlyDay(), rule.dayCounts())
                : nominal(year, lastMonth, rule.deadlineDay(), rule.dayCounts());
        LocalDate due = move(nominal, rule.weekendPolicy(), holidays);
        String note = note(nominal, due, rule.weekendPolicy(), holidays);
        return new ReportingPeriod(null, planId, kind, year, index, cutoffStart, cutoffEnd, due, note, null, null);
    }

    /** Whether {@code date} is a working day: not Saturday, Sunday or a listed holiday. */
    public static boolean isWorkingDay(LocalDate date, Set<LocalDate> holidays) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The period's last month: 3, 6, 9, 12 for quarters; 6, 12 for half-years; 9 for nine months; 12 for a year. */
    public static int lastMonth(PeriodKind kind, int index) {
        int max = switch (kind) {
            case QUARTER -> 4;
            case HALF_YEAR -> 2;
            case NINE_MONTH, YEAR -> 1;
        };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException("index " + index + " out of range for " + kind);
        }
        return switch (kind) {
            case QUARTER -> index * 3;
            case HALF_YEAR -> index * 6;
            case NINE_MONTH -> 9;
            case YEAR -> 12;
        };
    }

    private static int months(PeriodKind kind) {
        return switch (kind) {
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case NINE_MONTH -> 9;
            case YEAR -> 12;
        };
    }

    /** Day {@code day} of the month, clamped; the day before it when the day itself does not count. */
    private static LocalDate nominal(int year, int month, int day, boolean dayCounts) {
        YearMonth ym = YearMonth.of(year, month);
        if (day > ym.lengthOfMonth()) {
            return ym.atEndOfMonth();
        }
        LocalDate date = ym.atDay(day);
        return dayCounts ? date : date.minusDays(1);
    }

    private static LocalDate move(LocalDate date, WeekendPolicy policy, Set<LocalDate> holidays) {
        if (policy == WeekendPolicy.KEEP) {
            return date;
        }
        int step = policy == WeekendPolicy.NEXT_WORKING_DAY ? 1 : -1;
        LocalDate d = date;
        while (!isWorkingDay(d, holidays)) {
            d = d.plusDays(step);
        }
        return d;
    }

    private static String note(LocalDate nominal, LocalDate due, WeekendPolicy policy, Set<LocalDate> holidays) {
        if (isWorkingDay(nominal, holidays)) {
            return null;
        }
        String reason = holidays.contains(nominal) ? Texts.get("calendar.holiday")
                : Texts.get("calendar.weekday." + nominal.getDayOfWeek());
        if (policy == WeekendPolicy.KEEP) {
            return Texts.get("calendar.kept", date(nominal), reason);
        }
        return Texts.get("calendar.moved", date(nominal), reason,
                Texts.get("calendar.weekday." + due.getDayOfWeek()), date(due));
    }

    /** "19/9/2026": the short form used in notes. */
    static String date(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }
}
