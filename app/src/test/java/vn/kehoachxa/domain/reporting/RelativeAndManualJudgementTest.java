package vn.kehoachxa.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.plan.Direction;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.RelativeChange;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.domain.text.VietnameseNumbers;

class RelativeAndManualJudgementTest {

    private static Indicator indicator(String unit, String baseline, Integer year, IndicatorTarget target) {
        return new Indicator(1L, "X-01", null, "Chỉ tiêu", unit, baseline == null ? null : number(baseline), year,
                List.of(target), null, Direction.HIGHER_IS_BETTER, List.of(), List.of(), null);
    }

    private static TargetJudgement judge(String wording, RelativeChange change, String unit, String baseline,
                                         String result) {
        IndicatorTarget target = TargetText.parse(wording, 2030).withRelative(change, null, null);
        Indicator indicator = indicator(unit, baseline, 2025, target);
        return TargetEvaluator.judge(target, indicator, result == null ? null : number(result), null);
    }

    @Test
    void tenPercentMoreOnACountIsARelativeChangeNotTenPeople() {
        TargetJudgement j = judge("tăng thêm 10%", null, "người", "1200", "1250");
        assertThat(j.evaluation()).isEqualTo(Evaluation.CHUA_DAT);
        assertThat(j.detail()).isEqualTo("Số liệu gốc 1.200 (năm 2025), kết quả 1.250: +4,2 % (chỉ tiêu: tăng thêm 10%)");
        assertThat(judge("tăng thêm 10%", null, "người", "1200", "1320").evaluation()).isEqualTo(Evaluation.DAT);
        assertThat(judge("tăng thêm 10%", null, "người", "1200", "1400").evaluation()).isEqualTo(Evaluation.VUOT);
    }

    @ParameterizedTest(name = "[{0}] {1} on {2}, baseline {3}, result {4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            tăng thêm 10%    | ABSOLUTE | %     | 40   | 50   | DAT
            tăng thêm 10%    | ABSOLUTE | %     | 40   | 45   | CHUA_DAT
            tăng thêm 10%    | ABSOLUTE | %     | 40   | 51   | VUOT
            tăng thêm 10%    | PERCENT  | %     | 40   | 44   | DAT
            tăng thêm 10%    | PERCENT  | %     | 40   | 45   | VUOT
            tăng thêm 10%    | PERCENT  | %     | 40   | 43,9 | CHUA_DAT
            tăng thêm trên 10% | PERCENT | %    | 40   | 44   | CHUA_DAT
            tăng 20 người    |          | người | 300  | 320  | DAT
            tăng 20 người    |          | người | 300  | 310  | CHUA_DAT
            giảm 5%          |          | ca    | 200  | 190  | DAT
            giảm 5%          |          | ca    | 200  | 185  | VUOT
            giảm 5%          |          | ca    | 200  | 195  | CHUA_DAT
            giảm 5%          | ABSOLUTE | %     | 12   | 7    | DAT
            giảm 5%          | PERCENT  | %     | 12   | 11,4 | DAT
            giảm 5%          | PERCENT  | %     | 12   | 11,5 | CHUA_DAT
            giảm trên 2%     | ABSOLUTE | %     | 10   | 8    | CHUA_DAT
            giảm trên 2%     | ABSOLUTE | %     | 10   | 7,9  | DAT
            """)
    void percentOrPointsFromTheBaseline(String wording, RelativeChange change, String unit, String baseline,
                                        String result, Evaluation expected) {
        assertThat(judge(wording, change, unit, baseline, result).evaluation()).isEqualTo(expected);
    }

    @Test
    void pointsOnARateAreExplainedAsPercentagePoints() {
        TargetJudgement j = judge("tăng thêm 10%", RelativeChange.ABSOLUTE, "%", "40", "45");
        assertThat(j.detail()).isEqualTo(
                "Số liệu gốc 40 (năm 2025), kết quả 45: +5 điểm phần trăm (chỉ tiêu: tăng thêm 10 điểm phần trăm)");
    }

    @Test
    void tenPercentOnARateWithoutSayingWhichIsNotJudged() {
        TargetJudgement j = judge("tăng thêm 10%", null, "%", "40", "50");
        assertThat(j.evaluation()).isEqualTo(Evaluation.CHUA_DU_DU_LIEU);
        assertThat(j.hint()).contains("tăng 10% so với số liệu gốc hay tăng 10 điểm phần trăm")
                .contains("màn hình Chỉ tiêu");
    }

    @Test
    void relativeTargetWithoutAnyBaselineGivesAHintNotAVerdict() {
        TargetJudgement j = judge("tăng thêm 10%", RelativeChange.PERCENT, "người", null, "1250");
        assertThat(j.evaluation()).isEqualTo(Evaluation.CHUA_DU_DU_LIEU);
        assertThat(j.evaluation().label()).isEqualTo("Chưa đủ dữ liệu để đánh giá");
        assertThat(j.hint()).contains("chưa có số liệu gốc").contains("giá trị và năm gốc");
    }

    @Test
    void theTargetsOwnBaselineWinsOverTheIndicators() {
        IndicatorTarget target = TargetText.parse("tăng thêm 10%", 2030)
                .withRelative(RelativeChange.PERCENT, number("1000"), 2024);
        Indicator indicator = indicator("người", "1200", 2025, target);
        TargetJudgement j = TargetEvaluator.judge(target, indicator, number("1100"), null);
        assertThat(j.evaluation()).isEqualTo(Evaluation.DAT);
        assertThat(j.detail()).startsWith("Số liệu gốc 1.000 (năm 2024)");
    }

    @Test
    void percentOfAZeroBaselineCannotBeComputed() {
        TargetJudgement j = judge("tăng thêm 10%", RelativeChange.PERCENT, "người", "0", "5");
        assertThat(j.evaluation()).isEqualTo(Evaluation.CHUA_DU_DU_LIEU);
        assertThat(j.hint()).contains("bằng 0");
    }

    @Test
    void relativeTargetWithBaselineButNoResultHasNoData() {
        assertThat(judge("tăng thêm 10%", null, "người", "1200", null).evaluation())
                .isEqualTo(Evaluation.CHUA_CO_SO_LIEU);
    }

    @Test
    void qualitativeTargetTakesTheRecordedVerdictWithWhoAndWhen() {
        IndicatorTarget target = TargetText.parse("toàn dân", 2030);
        Indicator indicator = indicator("%", null, null, target);
        ManualVerdict verdict = new ManualVerdict(7L, 1L, Evaluation.VUOT, " Mọi hộ đã có thẻ ", "vanthu",
                LocalDateTime.of(2026, 12, 18, 9, 30));
        TargetJudgement j = TargetEvaluator.judge(target, indicator, null, verdict);
        assertThat(j.evaluation()).isEqualTo(Evaluation.VUOT);
        assertThat(j.detail()).isEqualTo("Đánh giá do vanthu ghi lúc 18/12/2026 09:30: Mọi hộ đã có thẻ");
        assertThat(j.hint()).isNull();
    }

    @Test
    void qualitativeTargetWithoutVerdictSaysHowToRecordOne() {
        IndicatorTarget target = TargetText.parse("toàn dân", 2030);
        TargetJudgement j = TargetEvaluator.judge(target, indicator("%", null, null, target), number("90"), null);
        assertThat(j.evaluation()).isEqualTo(Evaluation.KHONG_DANH_GIA);
        assertThat(j.hint()).contains("Ghi đánh giá");
    }

    @Test
    void aVerdictOnANumericTargetIsIgnored() {
        IndicatorTarget target = TargetText.parse("≥ 97", 2030);
        ManualVerdict verdict = new ManualVerdict(7L, 1L, Evaluation.VUOT, null, "vanthu", LocalDateTime.now());
        assertThat(TargetEvaluator.judge(target, indicator("%", null, null, target), number("90"), verdict)
                .evaluation()).isEqualTo(Evaluation.CHUA_DAT);
    }

    @Test
    void aManualVerdictIsOnlyDatVuotOrChuaDat() {
        assertThatThrownBy(() -> new ManualVerdict(1L, 1L, Evaluation.CHUA_CO_SO_LIEU, null, "a", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal number(String text) {
        return VietnameseNumbers.parse(text);
    }
}
