package vn.kehoachxa.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.plan.Plan;

class CollectingPeriodTest {
    private static List<ReportingPeriod> periods(LocalDate issued, YearMonth picked) {
        Plan plan = PlanPeriodsTest.plan(issued, picked);
        return PlanPeriods.of(plan, 1, Set.of());
    }

    /** The periods with every one due before {@code sentBefore} marked sent on its due date. */
    private static List<ReportingPeriod> sentUntil(List<ReportingPeriod> periods, LocalDate sentBefore) {
        return periods.stream().map(p -> p.dueDate().isBefore(sentBefore) ? sent(p) : p).toList();
    }

    private static ReportingPeriod sent(ReportingPeriod p) {
        return new ReportingPeriod(p.id(), p.planId(), p.kind(), p.year(), p.index(), p.cutoffStart(), p.cutoffEnd(),
                p.dueDate(), p.dueNote(), LocalDateTime.of(p.dueDate(), java.time.LocalTime.NOON), "Sở Nội vụ");
    }

    private static String code(Optional<CollectingPeriod> c) {
        return c.map(x -> PeriodNames.shortCode(x.period()) + " " + x.state() + " " + x.days()).orElse("none");
    }

    @ParameterizedTest(name = "plan issued {0}, nothing sent, on {1}: {2}")
    @CsvSource(textBlock = """
            2026-07-10, 2026-07-10, Q3-2026 DUE 70
            2026-07-10, 2026-09-18, Q3-2026 DUE 0
            2026-07-10, 2026-09-19, Q3-2026 OVERDUE_NOT_SENT 1
            2026-07-10, 2026-12-14, Q3-2026 OVERDUE_NOT_SENT 87
            2026-07-10, 2026-12-15, Q4-2026 DUE 3
            2026-12-15, 2026-12-15, Q4-2026 DUE 3
            2026-12-15, 2026-12-18, Q4-2026 DUE 0
            2026-12-15, 2026-12-21, Q4-2026 OVERDUE_NOT_SENT 3
            2026-12-15, 2027-03-15, Q1-2027 DUE 4
            2026-12-28, 2026-12-28, Q1-2027 DUE 81
            """)
    void withNothingSentTheJustPastPeriodIsCollectedUntilTheNextCutOffEnds(LocalDate issued, LocalDate today,
                                                                              String expected) {
        assertThat(code(CollectingPeriod.of(periods(issued, null), today))).isEqualTo(expected);
    }

    @Test
    void onceThePastPeriodIsSentTheNextDueIsCollected() {
        List<ReportingPeriod> all = sentUntil(periods(LocalDate.of(2026, 7, 10), null), LocalDate.of(2026, 9, 19));
        assertThat(code(CollectingPeriod.of(all, LocalDate.of(2026, 9, 21)))).isEqualTo("Q4-2026 DUE 88");
    }

    @Test
    void aHalfYearDueWithASentQuarterIsCollectedWhileUnsent() {
        List<ReportingPeriod> all = periods(LocalDate.of(2027, 4, 2), null).stream()
                .map(p -> p.kind() == PeriodKind.QUARTER && p.year() == 2027 && p.index() == 2 ? sent(p) : p)
                .toList();
        assertThat(code(CollectingPeriod.of(all, LocalDate.of(2027, 6, 21)))).isEqualTo("6T1-2027 OVERDUE_NOT_SENT 3");
    }

    @Test
    void aPeriodSentBeforeItsDueDateIsPassedOverForTheOneAfter() {
        List<ReportingPeriod> all = periods(LocalDate.of(2027, 1, 4), null).stream()
                .map(p -> p.kind() == PeriodKind.QUARTER && p.year() == 2027 && p.index() == 1 ? sent(p) : p)
                .toList();
        assertThat(code(CollectingPeriod.of(all, LocalDate.of(2027, 3, 10)))).isEqualTo("Q2-2027 DUE 100");
    }

    @Test
    void theOfficialsFirstPeriodIsCollectedBeforeAnyEarlierQuarter() {
        List<ReportingPeriod> all = periods(LocalDate.of(2026, 12, 15), YearMonth.of(2027, 1));
        assertThat(code(CollectingPeriod.of(all, LocalDate.of(2026, 12, 21)))).isEqualTo("Q1-2027 DUE 88");
    }

    @Test
    void afterTheLastPeriodIsSentNothingIsCollected() {
        List<ReportingPeriod> all = sentUntil(periods(LocalDate.of(2026, 7, 10), null), LocalDate.of(2031, 1, 1));
        assertThat(CollectingPeriod.of(all, LocalDate.of(2031, 1, 10))).isEmpty();
    }

    @Test
    void theLabelNamesThePeriodItsDueDateAndThatItIsOverdueAndNotSent() {
        CollectingPeriod overdue = CollectingPeriod.of(periods(LocalDate.of(2026, 12, 15), null),
                LocalDate.of(2026, 12, 21)).orElseThrow();
        assertThat(overdue.label()).isEqualTo(
                "Kỳ đang thu: quý IV năm 2026, hạn 18/12/2026 — đã quá hạn 3 ngày, chưa gửi báo cáo.");
        CollectingPeriod ahead = CollectingPeriod.of(periods(LocalDate.of(2026, 12, 15), YearMonth.of(2027, 1)),
                LocalDate.of(2027, 3, 7)).orElseThrow();
        assertThat(ahead.label()).isEqualTo("Kỳ đang thu: quý I năm 2027, hạn 19/3/2027 (còn 12 ngày).");
    }
}
