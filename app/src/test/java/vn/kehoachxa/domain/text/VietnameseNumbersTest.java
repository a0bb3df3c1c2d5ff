package vn.kehoachxa.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            75,5          | 75.5
            75.5          | 75.5
            1.200.000     | 1200000
            1.200         | 1200
            1 200         | 1200
            1 200 000,25  | 1200000.25
            95%           | 95
            95 %          | 95
            ' 97 '        | 97
            100           | 100
            0,5           | 0.5
            1,200         | 1.2
            1.25          | 1.25
            1.2000        | 1.2
            0.125         | 0.125
            1.200,5       | 1200.5
            1,200.5       | 1200.5
            -3,5          | -3.5
            1.234.567,891 | 1234567.891
            """)
    void parseReadsVietnameseAndDotDecimalWriting(String text, BigDecimal expected) {
        assertThat(VietnameseNumbers.parse(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chín mươi", "", "  ", "%", "1.2.3", "12.34.567", "1,2,3", "1.200,5,5", "7a", "4-6",
            "1 20", ",5", "5,"})
    void parseRejectsWhatIsNotANumber(String text) {
        assertThatThrownBy(() -> VietnameseNumbers.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("không phải là số");
        assertThat(VietnameseNumbers.tryParse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void parseNamesTheWrongTextInItsMessage() {
        assertThatThrownBy(() -> VietnameseNumbers.parse("chín mươi"))
                .hasMessage("\"chín mươi\" không phải là số");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            75.5       | 75,5
            75.50      | 75,5
            1200000    | 1.200.000
            1200000.00 | 1.200.000
            1E+3       | 1.000
            100        | 100
            0.05       | 0,05
            -1234.5    | -1.234,5
            999        | 999
            """)
    void formatUsesDecimalCommaAndDotThousandsWithoutTrailingZeros(BigDecimal value, String expected) {
        assertThat(VietnameseNumbers.format(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"75,5", "1.200.000", "0,125", "97"})
    void formatThenParseGivesTheSameNumber(String text) {
        assertThat(VietnameseNumbers.format(VietnameseNumbers.parse(text))).isEqualTo(text);
    }
}
