package vn.kehoachxa.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTextAgreementTest {

    private static IndicatorTarget stored(TargetKind kind, String comparator, String value, String upper,
                                          String original) {
        return new IndicatorTarget(2030, kind, comparator == null ? null : Comparator.fromSign(comparator),
                value == null ? null : new BigDecimal(value), upper == null ? null : new BigDecimal(upper),
                kind == TargetKind.QUALITATIVE ? "toàn dân" : null, original);
    }

    @ParameterizedTest(name = "[{4}] stored {0} {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            NUMERIC     | ≥ | 97   | -  | ≥ 97
            NUMERIC     | > | 75.5 | -  | > 75,5
            NUMERIC     | ≥ | 100  | -  | 100
            NUMERIC     | > | 95   | -  | đạt trên 95%
            NUMERIC     | ≥ | 1.6  | -  | đạt tối thiểu 1,6 cm
            RANGE       | - | 4    | 6  | 4 - 6
            RELATIVE    | ≥ | 10   | -  | tăng thêm 10%
            RELATIVE    | ≤ | -5   | -  | giảm 5%
            NUMERIC     | ≥ | 97   | -  | -
            NUMERIC     | ≥ | 97   | -  | theo hướng dẫn của tỉnh
            QUALITATIVE | - | -    | -  | ≥ 97
            """)
    void wordingAgreesWithTheStoredTarget(TargetKind kind, String comparator, String value, String upper,
                                          String original) {
        assertThat(TargetText.disagreement(stored(kind, comparator, value, upper, original))).isEmpty();
    }

    @ParameterizedTest(name = "[{4}] stored {0} {1} {2} {3} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            NUMERIC  | ≥ | 9   | -  | ≥ 97          | ≥ 97
            NUMERIC  | > | 97  | -  | ≥ 97          | ≥ 97
            NUMERIC  | ≥ | 97  | -  | 4 - 6         | 4–6
            RANGE    | - | 4   | 5  | 4 - 6         | 4–6
            RELATIVE | ≥ | 10  | -  | giảm 10%      | giảm 10
            RELATIVE | ≥ | 10  | -  | tăng thêm trên 10% | tăng thêm trên 10
            NUMERIC  | ≥ | 10  | -  | tăng thêm 10% | tăng thêm 10
            """)
    void wordingThatSaysSomethingElseIsReported(TargetKind kind, String comparator, String value, String upper,
                                                String original, String said) {
        assertThat(TargetText.disagreement(stored(kind, comparator, value, upper, original))).contains(said);
    }

    @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            10  | PERCENT  | người | tăng thêm 10%
            10  | ABSOLUTE | người | tăng thêm 10 người
            10  | ABSOLUTE | %     | tăng thêm 10 điểm phần trăm
            10  | PERCENT  | %     | tăng thêm 10%
            10  | -        | %     | tăng thêm 10%
            -5  | PERCENT  | ca    | giảm 5%
            """)
    void relativeTargetsPrintWhatTheirFigureMeans(String value, RelativeChange change, String unit, String printed) {
        IndicatorTarget t = new IndicatorTarget(2030, TargetKind.RELATIVE,
                new BigDecimal(value).signum() < 0 ? Comparator.LE : Comparator.GE, new BigDecimal(value), null,
                null, null, change, null, null);
        assertThat(TargetText.withUnit(t, unit)).isEqualTo(printed);
    }
}
