package vn.kehoachxa.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ReportingPeriod;

class ReportWordingTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            KH-UBND,  BC-UBND
            CTr/ĐU,   BC/ĐU
            KH/ĐU,    BC/ĐU
            KH-UBND-VHXH, BC-UBND-VHXH
            """)
    void reportSymbolReplacesThePlansTypeWithBc(String plan, String report) {
        assertThat(ReportWording.reportSymbol(plan)).isEqualTo(report);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            QUARTER,    1, quý I/2026
            QUARTER,    4, quý IV/2026
            HALF_YEAR,  1, 6 tháng đầu năm 2026
            HALF_YEAR,  2, 6 tháng cuối năm 2026
            NINE_MONTH, 1, 9 tháng năm 2026
            YEAR,       1, năm 2026
            """)
    void shortPeriodNamesEveryKindOfReport(PeriodKind kind, int index, String expected) {
        LocalDate d = LocalDate.of(2026, 3, 19);
        assertThat(ReportWording.shortPeriod(new ReportingPeriod(1L, 1, kind, 2026, index, d.minusMonths(3), d, d,
                null, null, null))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            96.5,  %,     '96,5%'
            75.50, tuổi,  '75,5 tuổi'
            1200,  người, 1.200 người
            4,     '',    4
            """)
    void figuresUseTheDecimalCommaAndTheirUnit(String value, String unit, String expected) {
        assertThat(ReportWording.figure(new BigDecimal(value), unit)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Mường La,   Muong-La
            Đồng Đăng,  Dong-Dang
            Cao Minh,   Cao-Minh
            """)
    void asciiNamesDropMarksForFileNames(String name, String expected) {
        assertThat(ReportWording.ascii(name)).isEqualTo(expected);
    }
}
