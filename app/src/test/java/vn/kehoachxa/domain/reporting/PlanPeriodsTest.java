package vn.kehoachxa.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Signer;

class PlanPeriodsTest {
    static Plan plan(LocalDate issued, YearMonth picked) {
        return new Plan(1L, DocumentFamily.ADMINISTRATIVE, DocumentType.KH, "12", "KH-UBND", issued, "Mường La",
                "Thực hiện Nghị quyết 72", "xã Mường La", null, "ỦY BAN NHÂN DÂN", null, null, Signer.empty(), 2026,
                2030, null, issued == null ? PlanStatus.DRAFT : PlanStatus.ISSUED, null,
                ReportingRule.standard().withFirstPeriodMonth(picked));
    }

    private static List<String> codes(Plan plan, int untilYear) {
        return PlanPeriods.of(plan, 1, Set.of()).stream().filter(p -> p.year() <= untilYear)
                .map(PeriodNames::shortCode).toList();
    }

    @Test
    void aPlanIssuedOnFifteenthDecemberStartsWithTheFourthQuarterOfThatYear() {
        assertThat(codes(plan(LocalDate.of(2026, 12, 15), null), 2027)).containsExactly(
                "Q4-2026", "6T2-2026", "N-2026", "Q1-2027", "Q2-2027", "6T1-2027", "Q3-2027", "Q4-2027", "6T2-2027",
                "N-2027");
    }

    @Test
    void nothingOfTheFirstThreeQuartersOfTheIssueYearIsAPeriodOfThePlan() {
        List<ReportingPeriod> periods = PlanPeriods.of(plan(LocalDate.of(2026, 12, 15), null), 1, Set.of());
        assertThat(periods).noneMatch(p -> p.dueDate().isBefore(LocalDate.of(2026, 12, 15)));
        assertThat(periods.getFirst().dueDate()).isEqualTo(LocalDate.of(2026, 12, 18));
    }

    @Test
    void theOfficialsPickOverridesTheIssueDate() {
        assertThat(codes(plan(LocalDate.of(2026, 12, 15), YearMonth.of(2027, 1)), 2027)).containsExactly(
                "Q1-2027", "Q2-2027", "6T1-2027", "Q3-2027", "Q4-2027", "6T2-2027", "N-2027");
    }

    @Test
    void aPickInsideAHalfYearKeepsThatHalfYearAndTheYear() {
        assertThat(codes(plan(null, YearMonth.of(2027, 8)), 2027)).containsExactly("Q3-2027", "Q4-2027",
                "6T2-2027", "N-2027");
    }

    @Test
    void aDraftWithoutIssueDateReportsForEveryYearOfThePlan() {
        assertThat(codes(plan(null, null), 2026)).containsExactly("Q1-2026", "Q2-2026", "6T1-2026", "Q3-2026",
                "Q4-2026", "6T2-2026", "N-2026");
    }

    @ParameterizedTest(name = "issued {0}: first period {1}")
    @CsvSource(textBlock = """
            2026-01-05, Q1-2026
            2026-03-19, Q1-2026
            2026-03-20, Q2-2026
            2026-06-19, Q2-2026
            2026-06-25, Q3-2026
            2026-07-01, Q3-2026
            2026-12-18, Q4-2026
            2026-12-21, Q1-2027
            """)
    void aPeriodAlreadyDueWhenThePlanWasIssuedIsNotItsFirst(LocalDate issued, String first) {
        assertThat(codes(plan(issued, null), 2030).getFirst()).isEqualTo(first);
    }

    @Test
    void aQuarterComesBeforeAHalfYearAndAYearDueTheSameDay() {
        List<ReportingPeriod> shuffled = new java.util.ArrayList<>(PlanPeriods.of(plan(null, null), 1, Set.of()));
        java.util.Collections.reverse(shuffled);
        List<PeriodKind> sameDay = shuffled.stream().sorted(PlanPeriods.ORDER)
                .filter(p -> p.dueDate().equals(LocalDate.of(2026, 12, 18))).map(ReportingPeriod::kind).toList();
        assertThat(sameDay).containsExactly(PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR);
    }

    @Test
    void theOfficialPicksAmongTheShortestPeriodsOfEveryYearWhateverTheIssueDate() {
        List<String> choices = PlanPeriods.startChoices(plan(LocalDate.of(2026, 12, 15), null), Set.of()).stream()
                .map(PeriodNames::shortCode).toList();
        assertThat(choices).hasSize(20).startsWith("Q1-2026", "Q2-2026", "Q3-2026", "Q4-2026", "Q1-2027");
        Plan halfYearly = new Plan(1L, DocumentFamily.ADMINISTRATIVE, DocumentType.KH, null, "KH-UBND", null, null,
                null, null, null, "UBND", null, null, Signer.empty(), 2026, 2027, null, PlanStatus.DRAFT, null,
                new ReportingRule(false, true, false, true, 20, false, null, null, null, null));
        assertThat(PlanPeriods.startChoices(halfYearly, Set.of())).extracting(PeriodNames::name).containsExactly(
                "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "6 tháng đầu năm 2027", "6 tháng cuối năm 2027");
    }
}
