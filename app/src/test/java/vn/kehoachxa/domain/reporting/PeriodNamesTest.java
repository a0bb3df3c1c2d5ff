package vn.kehoachxa.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodNamesTest {

    @ParameterizedTest(name = "{0} {1}/{2} -> {3}, {4}")
    @CsvSource(delimiter = '|', textBlock = """
            QUARTER    | 2026 | 1 | quý I năm 2026       | Q1-2026
            QUARTER    | 2027 | 4 | quý IV năm 2027      | Q4-2027
            HALF_YEAR  | 2026 | 1 | 6 tháng đầu năm 2026 | 6T1-2026
            HALF_YEAR  | 2026 | 2 | 6 tháng cuối năm 2026 | 6T2-2026
            NINE_MONTH | 2028 | 1 | 9 tháng năm 2028     | 9T-2028
            YEAR       | 2030 | 1 | năm 2030             | N-2030
            """)
    void namesAndShortCodes(PeriodKind kind, int year, int index, String name, String code) {
        assertThat(PeriodNames.name(kind, year, index)).isEqualTo(name);
        assertThat(PeriodNames.shortCode(kind, year, index)).isEqualTo(code);
    }

    @Test
    void namesOfAPeriodRecord() {
        ReportingPeriod p = new ReportingPeriod(null, 1L, PeriodKind.QUARTER, 2026, 3, LocalDate.of(2026, 6, 15),
                LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 18), null, null, null);
        assertThat(PeriodNames.name(p)).isEqualTo("quý III năm 2026");
        assertThat(PeriodNames.shortCode(p)).isEqualTo("Q3-2026");
    }

    @Test
    void indexOutOfRangeIsRejected() {
        assertThatThrownBy(() -> PeriodNames.name(PeriodKind.YEAR, 2026, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
