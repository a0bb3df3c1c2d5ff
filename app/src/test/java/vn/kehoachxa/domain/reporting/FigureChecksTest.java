package vn.kehoachxa.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureChecksTest {
    private static BigDecimal n(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static List<FigureFlag.Kind> kinds(String uom, String value, String previous) {
        return FigureChecks.check(uom, n(value), n(previous)).stream().map(FigureFlag::kind).toList();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            %,            PERCENT
            ' % ',        PERCENT
            tỷ lệ %,      PERCENT
            phần trăm,    PERCENT
            người,        COUNT
            Người,        COUNT
            bác sĩ,       COUNT
            lượt,         COUNT
            ca bệnh,      COUNT
            người/năm,    COUNT
            trạm,         COUNT
            cm,           OTHER
            năm,          OTHER
            tuổi,         OTHER
            triệu đồng,   OTHER
            '',           OTHER
            """)
    void unitOfMeasureTellsTheKindOfFigure(String uom, MeasureKind expected) {
        assertThat(MeasureKind.of(uom)).isEqualTo(expected);
    }

    @Test
    void aNegativePercentageIsOutOfRangeAndBlocks() {
        List<FigureFlag> flags = FigureChecks.check("%", n("-5"), null);
        assertThat(flags).extracting(FigureFlag::kind).containsExactly(FigureFlag.Kind.PERCENT_BELOW_ZERO);
        assertThat(flags.getFirst().message()).isEqualTo("tỷ lệ -5% nhỏ hơn 0%");
        assertThat(FigureChecks.blocking(flags)).isTrue();
    }

    @Test
    void aPercentageAboveHundredIsOutOfRangeAndBlocks() {
        List<FigureFlag> flags = FigureChecks.check("%", n("140"), n("96.5"));
        assertThat(flags).extracting(FigureFlag::kind).containsExactly(FigureFlag.Kind.PERCENT_ABOVE_HUNDRED);
        assertThat(flags.getFirst().message()).isEqualTo("tỷ lệ 140% lớn hơn 100%");
        assertThat(FigureChecks.blocking(flags)).isTrue();
    }

    @Test
    void zeroAndHundredPercentAreInRange() {
        assertThat(kinds("%", "0", null)).isEmpty();
        assertThat(kinds("%", "100", "99.5")).isEmpty();
        assertThat(kinds("%", "96,5".replace(',', '.'), null)).isEmpty();
    }

    @Test
    void aCountTenTimesLastQuartersIsFlaggedButDoesNotBlock() {
        List<FigureFlag> flags = FigureChecks.check("người", n("1200"), n("120"));
        assertThat(flags).extracting(FigureFlag::kind).containsExactly(FigureFlag.Kind.BIG_RISE);
        assertThat(flags.getFirst().message()).isEqualTo("gấp hơn 3 lần kỳ trước (120 → 1.200)");
        assertThat(FigureChecks.blocking(flags)).isFalse();
    }

    @Test
    void aCountFallingBelowAThirdIsFlagged() {
        assertThat(kinds("người", "30", "120")).containsExactly(FigureFlag.Kind.BIG_FALL);
        assertThat(kinds("người", "0", "120")).containsExactly(FigureFlag.Kind.BIG_FALL);
    }

    @Test
    void exactlyThreeTimesOrAThirdIsNotFlagged() {
        assertThat(kinds("người", "360", "120")).isEmpty();
        assertThat(kinds("người", "40", "120")).isEmpty();
    }

    @Test
    void changesAmongSmallNumbersAreNotFlagged() {
        assertThat(kinds("bác sĩ", "4", "1")).isEmpty();
        assertThat(kinds("bác sĩ", "9", "0")).isEmpty();
        assertThat(kinds("bác sĩ", "12", "1")).containsExactly(FigureFlag.Kind.BIG_RISE);
    }

    @Test
    void aRiseFromZeroToTenOrMoreIsFlagged() {
        assertThat(kinds("ca", "25", "0")).containsExactly(FigureFlag.Kind.BIG_RISE);
    }

    @Test
    void decimalsOnACountBlock() {
        List<FigureFlag> flags = FigureChecks.check("người", n("12.5"), null);
        assertThat(flags).extracting(FigureFlag::kind).containsExactly(FigureFlag.Kind.FRACTIONAL_COUNT);
        assertThat(flags.getFirst().message()).isEqualTo("số người phải là số nguyên (12,5)");
        assertThat(FigureChecks.blocking(flags)).isTrue();
        assertThat(kinds("người", "12.000", null)).as("trailing zeros are still a whole number").isEmpty();
    }

    @Test
    void aNegativeCountBlocks() {
        assertThat(kinds("trẻ", "-3", null)).containsExactly(FigureFlag.Kind.NEGATIVE_COUNT);
    }

    @Test
    void otherMeasuresHaveNoRangeButBigChangesAreFlagged() {
        assertThat(kinds("cm", "-1.5", null)).isEmpty();
        assertThat(kinds("năm", "75.5", "74.2")).isEmpty();
        assertThat(kinds("triệu đồng", "900", "100")).containsExactly(FigureFlag.Kind.BIG_RISE);
    }

    @Test
    void aTextAnswerHasNoFlags() {
        assertThat(FigureChecks.check("%", null, n("50"))).isEmpty();
    }
}
