package vn.kehoachxa.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-01-05, ngày 05 tháng 01 năm 2026
            2026-02-28, ngày 28 tháng 02 năm 2026
            2026-03-09, ngày 09 tháng 3 năm 2026
            2025-12-30, ngày 30 tháng 12 năm 2025
            """)
    void longDatePadsDaysBelowTenAndMonthsOneAndTwo(LocalDate date, String expected) {
        assertThat(VietnameseDates.longDate(date, null)).isEqualTo(expected);
    }

    @Test
    void placeDateLineOfADraftLeavesDayAndMonthToFillByHand() {
        assertThat(VietnameseDates.placeDateLine("Mường La", null, 2026))
                .isEqualTo("Mường La, ngày      tháng      năm 2026");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1, I
            4, IV
            9, IX
            14, XIV
            39, XXXIX
            """)
    void romanNumerals(int number, String expected) {
        assertThat(RomanNumerals.of(number)).isEqualTo(expected);
    }

    @Test
    void romanNumeralsRejectZero() {
        assertThatThrownBy(() -> RomanNumerals.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
