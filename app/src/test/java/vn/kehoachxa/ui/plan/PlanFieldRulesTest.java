package vn.kehoachxa.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanFieldRulesTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            2026, 2030, 2045, true
            2026, 2030, '',   true
            2030, 2026, 2045, false
            2026, 2030, 2029, false
            2026, 2030, abc,  false
            """)
    void yearsMustRunForwardWithTheVisionLast(String start, String end, String vision, boolean fine) {
        assertThat(PlanFieldRules.years(start, end, vision).isEmpty()).isEqualTo(fine);
    }

    @Test
    void aYearOutsideTheCenturyIsRefusedNamingTheField() {
        assertThat(PlanFieldRules.year("Từ năm", "226")).hasValueSatisfying(m ->
                assertThat(m).startsWith("Từ năm: \"226\"").contains("2000").contains("2100"));
        assertThat(PlanFieldRules.year("Từ năm", "2026")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            20, true
            1,  true
            31, true
            0,  false
            32, false
            '', false
            ngày 20, false
            """)
    void deadlineDayIsADayOfTheMonth(String day, boolean fine) {
        assertThat(PlanFieldRules.deadlineDay(day).isEmpty()).isEqualTo(fine);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '', '', true
            10, 11, true
            29, 2,  true
            30, 2,  false
            10, '', false
            '', 11, false
            """)
    void yearlyDateIsBothDayAndMonthOfARealDateOrNeither(String day, String month, boolean fine) {
        assertThat(PlanFieldRules.yearlyDate(day, month).isEmpty()).isEqualTo(fine);
    }

    @Test
    void aNumberWithItsSymbolTypedInIsRefused() {
        assertThat(PlanFieldRules.number("12/KH-UBND")).hasValueSatisfying(m -> assertThat(m).contains("12/KH-UBND"));
        assertThat(PlanFieldRules.number("12")).isEmpty();
        assertThat(PlanFieldRules.number("")).isEmpty();
    }
}
