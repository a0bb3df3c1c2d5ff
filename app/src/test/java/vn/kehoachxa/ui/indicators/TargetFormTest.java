package vn.kehoachxa.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.RelativeChange;
import vn.kehoachxa.domain.plan.TargetKind;

class TargetFormTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NUMERIC     | GT | 75,5 |   | > 75,5%
            NUMERIC     | GT | 75.5 |   | > 75,5%
            NUMERIC     | GE | 97   |   | ≥ 97%
            NUMERIC     | EQ | 100  |   | 100%
            RANGE       | GE | 4    | 5 | 4–5%
            RELATIVE    | GE | 10   |   | tăng thêm 10%
            RELATIVE    | LE | 2,5  |   | giảm 2,5%
            """)
    void previewShowsThePrintedFormWithTheIndicatorsUnit(TargetKind kind, Comparator comparator, String value,
                                                         String upper, String printed) {
        RelativeChange change = kind == TargetKind.RELATIVE ? RelativeChange.PERCENT : null;
        TargetForm form = new TargetForm(kind, comparator, value, upper, "%", "2030", "", change, "", "");
        assertThat(form.problem()).isEmpty();
        assertThat(form.preview()).isEqualTo(printed);
    }

    @Test
    void decimalCommaAndDecimalPointGiveTheSameValue() {
        IndicatorTarget comma = new TargetForm(TargetKind.NUMERIC, Comparator.GT, "75,5", "", "tuổi", "2030", "")
                .build();
        IndicatorTarget point = new TargetForm(TargetKind.NUMERIC, Comparator.GT, "75.5", "", "tuổi", "2030", "")
                .build();
        assertThat(comma.value()).isEqualByComparingTo(new BigDecimal("75.5")).isEqualByComparingTo(point.value());
        assertThat(comma.year()).isEqualTo(2030);
        assertThat(comma.originalText()).isNull();
    }

    @Test
    void wordsInTheValueFieldAreRefusedInVietnamese() {
        TargetForm form = new TargetForm(TargetKind.NUMERIC, Comparator.GE, "chín mươi", "", "", "2030", "");
        assertThat(form.problem()).hasValueSatisfying(m -> assertThat(m).contains("\"chín mươi\" không phải là số"));
        assertThat(form.valueProblem()).isPresent();
        assertThat(form.preview()).isEmpty();
    }

    @Test
    void backwardsRangeIsRefused() {
        TargetForm form = new TargetForm(TargetKind.RANGE, null, "6", "4", "", "2030", "");
        assertThat(form.problem()).hasValueSatisfying(m -> assertThat(m).contains("6–4 bị ngược"));
    }

    @Test
    void qualitativeTargetNeedsWords() {
        assertThat(new TargetForm(TargetKind.QUALITATIVE, null, "", "", "", "2030", " ").problem()).isPresent();
        assertThat(new TargetForm(TargetKind.QUALITATIVE, null, "", "", "", "2030", "toàn dân").preview())
                .isEqualTo("toàn dân");
    }

    @Test
    void formShowingATargetRebuildsTheSameTarget() {
        IndicatorTarget target = new IndicatorTarget(2030, TargetKind.RELATIVE, Comparator.LT,
                new BigDecimal("-3"), null, null, null, RelativeChange.ABSOLUTE, new BigDecimal("12.5"), 2025);
        TargetForm form = TargetForm.of(target, "%", 2030);
        assertThat(form.build()).isEqualTo(target);
        assertThat(form.unitOfMeasure()).isEqualTo("%");
    }

    @Test
    void theUnitIsTheIndicatorsAndABlankOneIsNone() {
        assertThat(new TargetForm(TargetKind.NUMERIC, Comparator.GE, "97", "", " tuổi ", "2030", "").unitOfMeasure())
                .isEqualTo("tuổi");
        assertThat(new TargetForm(TargetKind.NUMERIC, Comparator.GE, "97", "", " ", "2030", "").unitOfMeasure())
                .isNull();
        assertThat(new TargetForm(TargetKind.NUMERIC, Comparator.GE, "4", "", "bác sĩ", "2030", "").preview())
                .isEqualTo("≥ 4 bác sĩ");
    }

    @Test
    void aRelativeTargetNeedsToSayWhatItsFigureMeans() {
        TargetForm form = new TargetForm(TargetKind.RELATIVE, Comparator.GE, "10", "", "%", "2030", "", null, "40",
                "2025");
        assertThat(form.problem()).contains("Hãy chọn con số là phần trăm so với số liệu gốc hay theo đơn vị tính"
                + " (điểm phần trăm).");
    }

    @Test
    void aRelativeTargetShowsItsBaselineInThePreviewAndKeepsIt() {
        TargetForm form = new TargetForm(TargetKind.RELATIVE, Comparator.GE, "10", "", "người", "2030", "",
                RelativeChange.PERCENT, "1.200", "2025");
        assertThat(form.preview()).isEqualTo("tăng thêm 10% so với số liệu gốc 1.200 (năm 2025)");
        IndicatorTarget t = form.build();
        assertThat(t.baselineValue()).isEqualByComparingTo("1200");
        assertThat(t.baselineYear()).isEqualTo(2025);
        assertThat(form.relativeHint()).isEmpty();
    }

    @Test
    void aRelativeTargetWithoutBaselineCanBeSavedButSaysItCannotBeJudged() {
        TargetForm form = new TargetForm(TargetKind.RELATIVE, Comparator.GE, "10", "", "%", "2030", "",
                RelativeChange.ABSOLUTE, "", "");
        assertThat(form.problem()).isEmpty();
        assertThat(form.preview()).isEqualTo("tăng thêm 10 điểm phần trăm");
        assertThat(form.relativeHint()).get().asString().contains("Chưa đủ dữ liệu để đánh giá");
    }

    @Test
    void aBaselineYearWithoutItsValueIsAProblem() {
        TargetForm form = new TargetForm(TargetKind.RELATIVE, Comparator.GE, "10", "", "%", "2030", "",
                RelativeChange.ABSOLUTE, "", "2025");
        assertThat(form.problem()).get().asString().contains("giá trị gốc");
    }

    @Test
    void theIndicatorsBaselineIsShownWhenTheTargetHasNoneOfItsOwn() {
        IndicatorTarget target = new IndicatorTarget(2030, TargetKind.RELATIVE, Comparator.GE, BigDecimal.TEN, null,
                null, "tăng thêm 10%");
        TargetForm form = TargetForm.of(target, "người", 2030, new BigDecimal("1200"), 2024);
        assertThat(form.change()).isEqualTo(RelativeChange.PERCENT);
        assertThat(form.baselineValue()).isEqualTo("1.200");
        assertThat(form.baselineYear()).isEqualTo("2024");
    }
}
