package vn.kehoachxa.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.WeekendPolicy;

class DataCutoffTest {
    private static Set<LocalDate> holidays(int from, int to) {
        Set<LocalDate> out = new HashSet<>();
        for (int y = from; y <= to; y++) {
            FixedHolidays.forYear(y).forEach(h -> out.add(h.date()));
        }
        return out;
    }

    private static List<ReportingPeriod> tooClose(ReportingRule rule) {
        Set<LocalDate> holidays = holidays(2026, 2030);
        return DataCutoff.tooClose(ReportingCalendar.periods(0, rule, 2026, 2030, holidays), holidays);
    }

    private static ReportingRule quarterly(int day, boolean dayCounts, WeekendPolicy weekends) {
        return new ReportingRule(true, true, false, true, day, dayCounts, weekends, null, null, null);
    }

    @Test
    void lineNamesBothEndsOfTheCutOff() {
        ReportingPeriod q1 = ReportingCalendar.period(0, ReportingRule.standard(), PeriodKind.QUARTER, 2026, 1,
                Set.of());
        assertThat(DataCutoff.line(q1)).isEqualTo("Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026");
    }

    @Test
    void standardRuleLeavesTheWorkingDaysBetweenTheFourteenthAndTheNineteenth() {
        ReportingPeriod q1 = ReportingCalendar.period(0, ReportingRule.standard(), PeriodKind.QUARTER, 2026, 1,
                Set.of());
        // 14/3/2026 is a Saturday; 16–19/3 are Monday to Thursday.
        assertThat(DataCutoff.workingDaysToSend(q1, Set.of())).isEqualTo(4);
        assertThat(tooClose(ReportingRule.standard())).isEmpty();
        assertThat(DataCutoff.warning(List.of())).isNull();
    }

    /**
     * Seven periods a year (four quarters, two halves, the year), 35 in 2026–2030. Due on the 14th: all. Due on the
     * 15th, kept: when the 15th is a Saturday or Sunday (11 times). "Chậm nhất ngày 16" moved back: when the 16th is
     * a Sunday, to Friday the 14th (6 times). Before the 20th: never.
     */
    @ParameterizedTest(name = "{0} {1}, {2}: {3} periods flagged in 2026–2030")
    @CsvSource(textBlock = """
            15, false, PREVIOUS_WORKING_DAY, 35
            14, true,  KEEP,                 35
            16, false, KEEP,                 11
            16, true,  PREVIOUS_WORKING_DAY, 6
            20, false, PREVIOUS_WORKING_DAY, 0
            """)
    void ruleIsFlaggedWhenItsDueDateLeavesNoWorkingDayAfterTheCutOff(int day, boolean dayCounts,
                                                                     WeekendPolicy weekends, int flagged) {
        List<ReportingPeriod> close = tooClose(quarterly(day, dayCounts, weekends));
        assertThat(close).hasSize(flagged);
        Set<LocalDate> holidays = holidays(2026, 2030);
        assertThat(close).allSatisfy(p -> assertThat(DataCutoff.workingDaysToSend(p, holidays)).isZero());
    }

    @Test
    void dueDateOnTheFifteenthCountsOnlyWhenItIsAWorkingDay() {
        // "trước ngày 16" = by the 15th, kept as is: 15/3/2026 is a Sunday, 15/6/2026 a Monday.
        ReportingRule rule = quarterly(16, false, WeekendPolicy.KEEP);
        ReportingPeriod march = ReportingCalendar.period(0, rule, PeriodKind.QUARTER, 2026, 1, Set.of());
        ReportingPeriod june = ReportingCalendar.period(0, rule, PeriodKind.QUARTER, 2026, 2, Set.of());
        assertThat(DataCutoff.workingDaysToSend(march, Set.of())).isZero();
        assertThat(DataCutoff.workingDaysToSend(june, Set.of())).isEqualTo(1);
    }

    @Test
    void warningNamesThePeriodsWithTheirDatesAndWhatToDo() {
        String warning = DataCutoff.warning(tooClose(quarterly(15, false, WeekendPolicy.PREVIOUS_WORKING_DAY)));
        assertThat(warning).startsWith("Theo Nghị định số 09/2019/NĐ-CP")
                .contains("ít nhất 01 ngày làm việc")
                // 14/3/2026 is a Saturday: "trước ngày 15" moves to Friday 13/3, before the cut-off.
                .contains("quý I năm 2026 (chốt số liệu ngày 14/3/2026, hạn gửi 13/3/2026)")
                .contains("và 31 kỳ khác")
                .contains("ước thực hiện");
    }

    @Test
    void annualReportDueInNovemberIsFlaggedAsBeforeItsCutOff() {
        // Mường La: "trước ngày 10/11 hàng năm" while the year's figures run to 14/12.
        ReportingRule rule = new ReportingRule(false, false, false, true, 10, false,
                WeekendPolicy.PREVIOUS_WORKING_DAY, 11, 10, "trước ngày 10/11 hàng năm");
        List<ReportingPeriod> close = tooClose(rule);
        assertThat(close).hasSize(5).allSatisfy(p -> assertThat(p.dueDate()).isBefore(p.cutoffEnd()));
        assertThat(DataCutoff.warning(close)).contains("năm 2026 (chốt số liệu ngày 14/12/2026, hạn gửi 09/11/2026)")
                .contains("ước thực hiện");
    }
}
