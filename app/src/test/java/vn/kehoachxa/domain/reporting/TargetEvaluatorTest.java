package vn.kehoachxa.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Direction;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.TargetText;

class TargetEvaluatorTest {

    private static IndicatorTarget target(String text) {
        return TargetText.parse(text, 2030);
    }

    @ParameterizedTest(name = "[{0}] {1} with {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥ 97   | HIGHER_IS_BETTER | 97    | DAT
            ≥ 97   | HIGHER_IS_BETTER | 98    | VUOT
            ≥ 97   | HIGHER_IS_BETTER | 96,9  | CHUA_DAT
            > 75,5 | HIGHER_IS_BETTER | 75,5  | CHUA_DAT
            > 75,5 | HIGHER_IS_BETTER | 75,6  | DAT
            > 75,5 | HIGHER_IS_BETTER | 80    | DAT
            > 75,5 | HIGHER_IS_BETTER | 70    | CHUA_DAT
            = 100  | HIGHER_IS_BETTER | 100   | DAT
            100    | HIGHER_IS_BETTER | 100   | DAT
            100    | HIGHER_IS_BETTER | 99,5  | CHUA_DAT
            66     | HIGHER_IS_BETTER | 70    | VUOT
            10     | LOWER_IS_BETTER  | 8     | VUOT
            10     | LOWER_IS_BETTER  | 12    | CHUA_DAT
            ≤ 5    | LOWER_IS_BETTER  | 3     | VUOT
            ≤ 5    | LOWER_IS_BETTER  | 5     | DAT
            ≤ 5    | LOWER_IS_BETTER  | 6     | CHUA_DAT
            ≤ 5    | HIGHER_IS_BETTER | 3     | VUOT
            < 10   | LOWER_IS_BETTER  | 9,9   | DAT
            < 10   | LOWER_IS_BETTER  | 10    | CHUA_DAT
            < 10   | LOWER_IS_BETTER  | 2     | DAT
            4-6    | HIGHER_IS_BETTER | 5     | DAT
            4-6    | HIGHER_IS_BETTER | 4     | DAT
            4-6    | HIGHER_IS_BETTER | 6     | DAT
            4-6    | HIGHER_IS_BETTER | 7     | VUOT
            4-6    | HIGHER_IS_BETTER | 3     | CHUA_DAT
            4-6    | LOWER_IS_BETTER  | 7     | CHUA_DAT
            4-6    | LOWER_IS_BETTER  | 3     | VUOT
            """)
    void numericAndRangeTargets(String target, Direction direction, String result, Evaluation expected) {
        assertThat(TargetEvaluator.evaluate(target(target), direction, null, number(result))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] baseline {1}, result {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            tăng thêm 10      | 40 | 50   | DAT
            tăng thêm 10      | 40 | 55   | VUOT
            tăng thêm 10      | 40 | 45   | CHUA_DAT
            tăng thêm 10      | 40 | 35   | CHUA_DAT
            tăng thêm 10%     | 40 | 44   | DAT
            tăng thêm 10%     | 40 | 50   | VUOT
            tăng thêm 1,5     | 100 | 101,5 | DAT
            tăng thêm trên 10 | 40 | 50   | CHUA_DAT
            tăng thêm trên 10 | 40 | 51   | DAT
            giảm 2            | 10 | 8    | DAT
            giảm 2            | 10 | 7    | VUOT
            giảm 2            | 10 | 9    | CHUA_DAT
            giảm trên 2       | 10 | 8    | CHUA_DAT
            giảm trên 2       | 10 | 7    | DAT
            """)
    void relativeTargetsCompareTheChangeFromTheBaseline(String target, String baseline, String result,
                                                       Evaluation expected) {
        assertThat(TargetEvaluator.evaluate(target(target), Direction.HIGHER_IS_BETTER, number(baseline),
                number(result))).isEqualTo(expected);
    }

    @Test
    void relativeTargetWithoutBaselineCannotBeJudged() {
        assertThat(TargetEvaluator.evaluate(target("tăng thêm 10%"), Direction.HIGHER_IS_BETTER, null,
                BigDecimal.TEN)).isEqualTo(Evaluation.CHUA_DU_DU_LIEU);
    }

    @Test
    void relativeTargetBuiltWithoutComparatorDefaultsToAtLeast() {
        IndicatorTarget t = new IndicatorTarget(2030, TargetKind.RELATIVE, null, BigDecimal.TEN, null, "%", null, null);
        assertThat(TargetEvaluator.evaluate(t, null, new BigDecimal("40"), new BigDecimal("52")))
                .isEqualTo(Evaluation.VUOT);
    }

    @Test
    void qualitativeTargetCannotBeJudgedEvenWithAFigure() {
        assertThat(TargetEvaluator.evaluate(target("toàn dân"), Direction.HIGHER_IS_BETTER, null, BigDecimal.TEN))
                .isEqualTo(Evaluation.KHONG_DANH_GIA);
        assertThat(TargetEvaluator.evaluate(target("toàn dân"), Direction.HIGHER_IS_BETTER, null, null))
                .isEqualTo(Evaluation.KHONG_DANH_GIA);
        assertThat(TargetEvaluator.evaluate(null, Direction.HIGHER_IS_BETTER, null, BigDecimal.TEN))
                .isEqualTo(Evaluation.KHONG_DANH_GIA);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ≥ 97
            4-6
            tăng thêm 10
            """)
    void missingResultHasNoData(String target) {
        assertThat(TargetEvaluator.evaluate(target(target), Direction.HIGHER_IS_BETTER, BigDecimal.ONE, null))
                .isEqualTo(Evaluation.CHUA_CO_SO_LIEU);
    }

    @Test
    void nullDirectionMeansHigherIsBetter() {
        IndicatorTarget t = new IndicatorTarget(2030, TargetKind.NUMERIC, Comparator.EQ, new BigDecimal("66"), null,
                "%", null, null);
        assertThat(TargetEvaluator.evaluate(t, null, null, new BigDecimal("70"))).isEqualTo(Evaluation.VUOT);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            DAT, Đạt
            VUOT, Vượt
            CHUA_DAT, Chưa đạt
            CHUA_CO_SO_LIEU, Chưa có số liệu
            KHONG_DANH_GIA, Không đánh giá được
            CHUA_DU_DU_LIEU, Chưa đủ dữ liệu để đánh giá
            """)
    void evaluationLabels(Evaluation evaluation, String label) {
        assertThat(evaluation.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @EnumSource(Evaluation.class)
    void everyEvaluationHasALabel(Evaluation evaluation) {
        assertThat(evaluation.label()).isNotBlank();
    }

    private static BigDecimal number(String text) {
        return vn.kehoachxa.domain.text.VietnameseNumbers.parse(text);
    }
}
