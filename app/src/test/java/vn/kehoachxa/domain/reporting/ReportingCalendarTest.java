package vn.kehoachxa.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.WeekendPolicy;

class ReportingCalendarTest {
    private static final Set<LocalDate> NO_HOLIDAYS = Set.of();

    private static ReportingRule rule(int day, boolean dayCounts, WeekendPolicy policy) {
        return new ReportingRule(true, true, true, true, day, dayCounts, policy, null, null, null);
    }

    private static ReportingPeriod find(List<ReportingPeriod> periods, PeriodKind kind, int year, int index) {
        return periods.stream().filter(p -> p.kind() == kind && p.year() == year && p.index() == index).findFirst()
                .orElseThrow();
    }

    /** Decree 09/2019 cut-off ranges; "-1" marks a start in the previous year. */
    @ParameterizedTest(name = "{0} {1}: {3}{2}–{4}")
    @CsvSource(textBlock = """
            QUARTER,    1, --12-15, -1, --03-14
            QUARTER,    2, --03-15,  0, --06-14
            QUARTER,    3, --06-15,  0, --09-14
            QUARTER,    4, --09-15,  0, --12-14
            HALF_YEAR,  1, --12-15, -1, --06-14
            HALF_YEAR,  2, --06-15,  0, --12-14
            NINE_MONTH, 1, --12-15, -1, --09-14
            YEAR,       1, --12-15, -1, --12-14
            """)
    void everyPeriodKindHasDecreeNineCutOffInEveryYearOfThePlan(PeriodKind kind, int index, String start,
                                                               int startYearOffset, String end) {
        List<ReportingPeriod> periods = ReportingCalendar.periods(7L, rule(20, false, null), 2026, 2030,
                NO_HOLIDAYS);
        for (int year = 2026; year <= 2030; year++) {
            ReportingPeriod p = find(periods, kind, year, index);
            assertThat(p.planId()).isEqualTo(7L);
            assertThat(p.cutoffStart()).isEqualTo(MonthDay.parse(start).atYear(year + startYearOffset));
            assertThat(p.cutoffEnd()).isEqualTo(MonthDay.parse(end).atYear(year));
            assertThat(p.dueDate()).isAfter(p.cutoffEnd());
            assertThat(ReportingCalendar.isWorkingDay(p.dueDate(), NO_HOLIDAYS)).isTrue();
            assertThat(p.dueDate().getMonthValue()).isEqualTo(p.cutoffEnd().getMonthValue());
        }
    }

    @Test
    void standardRuleGivesQuartersHalfYearsAndYearsInDueDateOrder() {
        List<ReportingPeriod> periods = ReportingCalendar.periods(1L, ReportingRule.standard(), 2026, 2030,
                NO_HOLIDAYS);
        assertThat(periods).hasSize(5 * 7);
        assertThat(periods.subList(0, 7)).extracting(PeriodNames::shortCode).containsExactly(
                "Q1-2026", "Q2-2026", "6T1-2026", "Q3-2026", "Q4-2026", "6T2-2026", "N-2026");
        assertThat(periods).extracting(ReportingPeriod::dueDate).isSorted();
        assertThat(periods).allMatch(p -> p.id() == null && p.sentAt() == null);
    }

    @Test
    void nineMonthPeriodsAppearOnlyWhenTheRuleAsks() {
        assertThat(ReportingCalendar.periods(1L, ReportingRule.standard(), 2026, 2026, NO_HOLIDAYS))
                .noneMatch(p -> p.kind() == PeriodKind.NINE_MONTH);
        List<ReportingPeriod> withNine = ReportingCalendar.periods(1L, rule(20, false, null), 2026, 2027,
                NO_HOLIDAYS);
        assertThat(withNine).filteredOn(p -> p.kind() == PeriodKind.NINE_MONTH).hasSize(2);
        assertThat(withNine).hasSize(16);
    }

    @Test
    void onlyQuartersWhenOnlyQuartersAreAsked() {
        ReportingRule quarters = new ReportingRule(true, false, false, false, 20, false, null, null, null, null);
        assertThat(ReportingCalendar.periods(1L, quarters, 2026, 2027, NO_HOLIDAYS))
                .extracting(ReportingPeriod::kind).containsOnly(PeriodKind.QUARTER).hasSize(8);
    }

    /** "trước ngày 20": due the 19th, moved to the preceding working day; the 20th on a weekend does not matter. */
    @ParameterizedTest(name = "{0} {1}/{2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            QUARTER    | 1 | 2026 | 2026-03-19 | -
            QUARTER    | 2 | 2026 | 2026-06-19 | -
            HALF_YEAR  | 1 | 2026 | 2026-06-19 | -
            QUARTER    | 3 | 2026 | 2026-09-18 | Ngày 19/9/2026 là Thứ Bảy nên hạn chuyển sang Thứ Sáu 18/9/2026
            NINE_MONTH | 1 | 2026 | 2026-09-18 | Ngày 19/9/2026 là Thứ Bảy nên hạn chuyển sang Thứ Sáu 18/9/2026
            QUARTER    | 4 | 2026 | 2026-12-18 | Ngày 19/12/2026 là Thứ Bảy nên hạn chuyển sang Thứ Sáu 18/12/2026
            HALF_YEAR  | 2 | 2026 | 2026-12-18 | Ngày 19/12/2026 là Thứ Bảy nên hạn chuyển sang Thứ Sáu 18/12/2026
            YEAR       | 1 | 2026 | 2026-12-18 | Ngày 19/12/2026 là Thứ Bảy nên hạn chuyển sang Thứ Sáu 18/12/2026
            QUARTER    | 1 | 2027 | 2027-03-19 | -
            QUARTER    | 2 | 2027 | 2027-06-18 | Ngày 19/6/2027 là Thứ Bảy nên hạn chuyển sang Thứ Sáu 18/6/2027
            QUARTER    | 3 | 2027 | 2027-09-17 | Ngày 19/9/2027 là Chủ nhật nên hạn chuyển sang Thứ Sáu 17/9/2027
            QUARTER    | 4 | 2027 | 2027-12-17 | Ngày 19/12/2027 là Chủ nhật nên hạn chuyển sang Thứ Sáu 17/12/2027
            QUARTER    | 1 | 2028 | 2028-03-17 | Ngày 19/3/2028 là Chủ nhật nên hạn chuyển sang Thứ Sáu 17/3/2028
            QUARTER    | 2 | 2028 | 2028-06-19 | -
            """)
    void beforeTheTwentiethIsDueOnTheNineteenthOrThePrecedingWorkingDay(PeriodKind kind, int index, int year,
                                                                       LocalDate due, String note) {
        ReportingPeriod p = ReportingCalendar.period(1L, rule(20, false, null), kind, year, index, NO_HOLIDAYS);
        assertThat(p.dueDate()).isEqualTo(due);
        assertThat(p.dueNote()).isEqualTo(note);
    }

    /** "chậm nhất ngày 20": the 20th counts; it is a weekend day in 6/2026, 9/2026, 12/2026, 3/2027, 6/2027. */
    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1 | 2026 | 2026-03-20 | -
            2 | 2026 | 2026-06-19 | Ngày 20/6/2026 là Thứ Bảy nên hạn chuyển sang Thứ Sáu 19/6/2026
            3 | 2026 | 2026-09-18 | Ngày 20/9/2026 là Chủ nhật nên hạn chuyển sang Thứ Sáu 18/9/2026
            4 | 2026 | 2026-12-18 | Ngày 20/12/2026 là Chủ nhật nên hạn chuyển sang Thứ Sáu 18/12/2026
            1 | 2027 | 2027-03-19 | Ngày 20/3/2027 là Thứ Bảy nên hạn chuyển sang Thứ Sáu 19/3/2027
            2 | 2027 | 2027-06-18 | Ngày 20/6/2027 là Chủ nhật nên hạn chuyển sang Thứ Sáu 18/6/2027
            3 | 2027 | 2027-09-20 | -
            """)
    void quarterDeadlineMovesToFridayWhenTwentiethIsAWeekendDay(int quarter, int year, LocalDate due, String note) {
        ReportingPeriod p = ReportingCalendar.period(1L, rule(20, true, null), PeriodKind.QUARTER, year, quarter,
                NO_HOLIDAYS);
        assertThat(p.dueDate()).isEqualTo(due);
        assertThat(p.dueNote()).isEqualTo(note);
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2 | 2026 | 2026-06-22 | Ngày 20/6/2026 là Thứ Bảy nên hạn chuyển sang Thứ Hai 22/6/2026
            3 | 2026 | 2026-09-21 | Ngày 20/9/2026 là Chủ nhật nên hạn chuyển sang Thứ Hai 21/9/2026
            2 | 2027 | 2027-06-21 | Ngày 20/6/2027 là Chủ nhật nên hạn chuyển sang Thứ Hai 21/6/2027
            """)
    void nextWorkingDayPolicyMovesForward(int quarter, int year, LocalDate due, String note) {
        ReportingPeriod p = ReportingCalendar.period(1L, rule(20, true, WeekendPolicy.NEXT_WORKING_DAY),
                PeriodKind.QUARTER, year, quarter, NO_HOLIDAYS);
        assertThat(p.dueDate()).isEqualTo(due);
        assertThat(p.dueNote()).isEqualTo(note);
    }

    @Test
    void keepPolicyKeepsAWeekendDateButWarns() {
        ReportingPeriod p = ReportingCalendar.period(1L, rule(20, true, WeekendPolicy.KEEP), PeriodKind.QUARTER,
                2026, 2, NO_HOLIDAYS);
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(p.dueNote()).isEqualTo("Ngày 20/6/2026 là Thứ Bảy; hạn giữ nguyên theo kế hoạch");
    }

    @Test
    void holidayMovesTheDeadlineAndTheNoteSaysSo() {
        ReportingPeriod p = ReportingCalendar.period(1L, rule(20, false, null), PeriodKind.QUARTER, 2026, 1,
                Set.of(LocalDate.of(2026, 3, 19)));
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(p.dueNote()).isEqualTo("Ngày 19/3/2026 là ngày nghỉ lễ nên hạn chuyển sang Thứ Tư 18/3/2026");
    }

    @Test
    void moveSkipsAHolidayThatPrecedesAWeekendDeadline() {
        ReportingPeriod p = ReportingCalendar.period(1L, rule(20, false, null), PeriodKind.QUARTER, 2026, 3,
                Set.of(LocalDate.of(2026, 9, 18)));
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 9, 17));
    }

    @Test
    void nationalDayAndItsAdjacentDayMoveADeadlineOnTheSecondOfSeptember() {
        Set<LocalDate> holidays = FixedHolidays.forYear(2026).stream().map(Holiday::date).collect(Collectors.toSet());
        ReportingPeriod p = ReportingCalendar.period(1L, rule(2, true, null), PeriodKind.QUARTER, 2026, 3, holidays);
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(p.dueNote()).startsWith("Ngày 2/9/2026 là ngày nghỉ lễ");
    }

    /** Day 31 is clamped to the month's length, whether or not the day counts. */
    @ParameterizedTest(name = "dayCounts={0}: Q{1}/{2} -> {3}")
    @CsvSource(textBlock = """
            true,  1, 2026, 2026-03-31
            true,  2, 2026, 2026-06-30
            false, 2, 2026, 2026-06-30
            false, 1, 2026, 2026-03-30
            true,  3, 2026, 2026-09-30
            false, 4, 2027, 2027-12-30
            """)
    void deadlineDayIsClampedToTheMonthLength(boolean dayCounts, int quarter, int year, LocalDate due) {
        ReportingPeriod p = ReportingCalendar.period(1L, rule(31, dayCounts, null), PeriodKind.QUARTER, year,
                quarter, NO_HOLIDAYS);
        assertThat(p.dueDate()).isEqualTo(due);
    }

    @ParameterizedTest(name = "yearly {0}/{1} dayCounts={2} in {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            11 | 10 | true  | 2026 | 2026-11-10 | -
            11 | 10 | false | 2026 | 2026-11-09 | -
            11 | 15 | true  | 2026 | 2026-11-13 | Ngày 15/11/2026 là Chủ nhật nên hạn chuyển sang Thứ Sáu 13/11/2026
            2  | 29 | true  | 2028 | 2028-02-29 | -
            2  | 29 | true  | 2027 | 2027-02-26 | Ngày 28/2/2027 là Chủ nhật nên hạn chuyển sang Thứ Sáu 26/2/2027
            """)
    void yearlyOverrideSetsTheAnnualDueDateWithLeapYears(int month, int day, boolean dayCounts, int year,
                                                          LocalDate due, String note) {
        ReportingRule r = new ReportingRule(true, true, false, true, 20, dayCounts, null, month, day, null);
        ReportingPeriod p = ReportingCalendar.period(1L, r, PeriodKind.YEAR, year, 1, NO_HOLIDAYS);
        assertThat(p.dueDate()).isEqualTo(due);
        assertThat(p.dueNote()).isEqualTo(note);
        assertThat(p.cutoffEnd()).isEqualTo(LocalDate.of(year, 12, 14));
        ReportingPeriod q4 = ReportingCalendar.period(1L, r, PeriodKind.QUARTER, year, 4, NO_HOLIDAYS);
        assertThat(q4.dueDate().getMonthValue()).isEqualTo(12);
    }

    @Test
    void yearlyOverrideDoesNotTouchTheSecondHalfYear() {
        ReportingRule r = new ReportingRule(true, true, false, true, 20, false, null, 11, 10, null);
        List<ReportingPeriod> periods = ReportingCalendar.periods(1L, r, 2026, 2026, NO_HOLIDAYS);
        assertThat(find(periods, PeriodKind.HALF_YEAR, 2026, 2).dueDate()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(periods).extracting(PeriodNames::shortCode).containsSubsequence("N-2026", "Q4-2026");
    }

    @Test
    void leapYearPeriodsKeepTheirCutOffAndDueDates() {
        List<ReportingPeriod> periods = ReportingCalendar.periods(1L, rule(20, true, null), 2028, 2028, NO_HOLIDAYS);
        ReportingPeriod q1 = find(periods, PeriodKind.QUARTER, 2028, 1);
        assertThat(q1.cutoffStart()).isEqualTo(LocalDate.of(2027, 12, 15));
        assertThat(q1.cutoffEnd()).isEqualTo(LocalDate.of(2028, 3, 14));
        assertThat(q1.dueDate()).isEqualTo(LocalDate.of(2028, 3, 20));
        assertThat(find(periods, PeriodKind.HALF_YEAR, 2028, 1).dueDate()).isEqualTo(LocalDate.of(2028, 6, 20));
    }

    @Test
    void outOfRangeIndexesAndYearsAreRejected() {
        assertThatThrownBy(() -> ReportingCalendar.period(1L, ReportingRule.standard(), PeriodKind.QUARTER, 2026, 5,
                NO_HOLIDAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingCalendar.period(1L, ReportingRule.standard(), PeriodKind.HALF_YEAR, 2026,
                3, NO_HOLIDAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingCalendar.periods(1L, ReportingRule.standard(), 2030, 2026, NO_HOLIDAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
