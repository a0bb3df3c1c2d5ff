package vn.kehoachxa.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TargetTextTest {

    @ParameterizedTest(name = "[{0}] -> {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥ 97              | NUMERIC  | GE | 97
            >=97              | NUMERIC  | GE | 97
            ≥97%              | NUMERIC  | GE | 97
            > 75,5            | NUMERIC  | GT | 75.5
            >75.5             | NUMERIC  | GT | 75.5
            100               | NUMERIC  | EQ | 100
            66                | NUMERIC  | EQ | 66
            95%               | NUMERIC  | EQ | 95
            = 100             | NUMERIC  | EQ | 100
            ≤ 5               | NUMERIC  | LE | 5
            <= 5              | NUMERIC  | LE | 5
            < 10              | NUMERIC  | LT | 10
            tối thiểu 1,6     | NUMERIC  | GE | 1.6
            ít nhất 1,5       | NUMERIC  | GE | 1.5
            không dưới 80     | NUMERIC  | GE | 80
            trên 95%          | NUMERIC  | GT | 95
            đạt trên 95%      | NUMERIC  | GT | 95
            Đạt trên 95%      | NUMERIC  | GT | 95
            dưới 10           | NUMERIC  | LT | 10
            thấp hơn 10       | NUMERIC  | LT | 10
            không quá 5       | NUMERIC  | LE | 5
            không vượt quá 5  | NUMERIC  | LE | 5
            tối đa 5          | NUMERIC  | LE | 5
            đạt 75            | NUMERIC  | EQ | 75
            tăng thêm 10%     | RELATIVE | GE | 10
            tăng 10%          | RELATIVE | GE | 10
            tăng thêm trên 10 | RELATIVE | GT | 10
            giảm 2            | RELATIVE | LE | -2
            giảm trên 2       | RELATIVE | LT | -2
            """)
    void parseReadsSignsAndTargetWords(String text, TargetKind kind, Comparator comparator, BigDecimal value) {
        IndicatorTarget target = TargetText.parse(text, 2030);
        assertThat(target.kind()).isEqualTo(kind);
        assertThat(target.comparator()).isEqualTo(comparator);
        assertThat(target.value()).isEqualByComparingTo(value);
        assertThat(target.upperValue()).isNull();
        assertThat(target.year()).isEqualTo(2030);
        assertThat(target.originalText()).isEqualTo(text);
    }

    @ParameterizedTest(name = "[{0}] -> {1}–{2}")
    @CsvSource(delimiter = '|', textBlock = """
            4-6                                   | 4 | 6
            4–5                                   | 4 | 5
            4 - 5                                 | 4 | 5
            từ 4-6                                | 4 | 6
            từ 4 đến 6                            | 4 | 6
            Phấn đấu trạm có ít nhất từ 4-6 bác sĩ | 4 | 6
            6-4                                   | 4 | 6
            """)
    void parseReadsRanges(String text, BigDecimal low, BigDecimal high) {
        IndicatorTarget target = TargetText.parse(text, 2027);
        assertThat(target.kind()).isEqualTo(TargetKind.RANGE);
        assertThat(target.value()).isEqualByComparingTo(low);
        assertThat(target.upperValue()).isEqualByComparingTo(high);
    }

    static List<String> qualitativeWordings() {
        return List.of("toàn dân", "Phấn đấu đạt bảo hiểm y tế toàn dân", "Phát triển các loại hình bảo hiểm sức khỏe",
                "Người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất mỗi năm 1 lần",
                "Trạm Y tế xã được đầu tư cơ sở vật chất, thiết bị y tế, nhân lực theo chức năng, nhiệm vụ.",
                "Triển khai Kế hoạch giai đoạn 2026-2030");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("qualitativeWordings")
    void parseKeepsWordsWithoutAFigureAsQualitative(String text) {
        String words = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        IndicatorTarget target = TargetText.parse(text, 2030);
        assertThat(target.kind()).isEqualTo(TargetKind.QUALITATIVE);
        assertThat(target.qualitativeText()).isEqualTo(words);
        assertThat(target.originalText()).isEqualTo(text);
        assertThat(TargetText.format(target)).isEqualTo(words);
    }

    /** The indicator appendix of the Hà Đông programme (seeds/structured/ha-dong-ctr-dang-uy.json). */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥ 97   | %   | GE | 97   | ≥ 97
            ≥ 1,5  | cm  | GE | 1.5  | ≥ 1,5
            > 75,5 | năm | GT | 75.5 | > 75,5
            ≥ 68   | năm | GE | 68   | ≥ 68
            > 95   | %   | GT | 95   | > 95
            100    | %   | EQ | 100  | 100
            > 20   | %   | GT | 20   | > 20
            66     | %   | EQ | 66   | 66
            """)
    void everyHaDongAppendixTargetParsesAndPrintsBack(String cell, String unit, Comparator comparator,
                                                      BigDecimal value, String printed) {
        IndicatorTarget target = TargetText.parse(cell, 2030);
        assertThat(target.kind()).isEqualTo(TargetKind.NUMERIC);
        assertThat(target.comparator()).isEqualTo(comparator);
        assertThat(target.value()).isEqualByComparingTo(value);
        assertThat(TargetText.format(target)).isEqualTo(printed);
    }

    static Stream<Arguments> realTargetSentences() {
        return Stream.of(
                arguments("Tăng chiều cao trung bình của trẻ em và thanh thiếu niên từ 1 tuổi đến 18 tuổi"
                        + " đạt tối thiểu 1,6 cm.", TargetKind.NUMERIC, Comparator.GE, "1.6", null, "cm"),
                arguments("Tăng chiều cao trung bình của trẻ em và thanh thiếu niên từ 1 - 18 tuổi"
                        + " thêm tối thiểu 1,5cm", TargetKind.NUMERIC, Comparator.GE, "1.5", null, "cm"),
                arguments("Tuổi thọ trung bình đạt 75 tuổi, trong đó số năm sống khỏe mạnh đạt tối thiểu 70 năm",
                        TargetKind.NUMERIC, Comparator.EQ, "75", null, "tuổi"),
                arguments("Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng thiết yếu đạt trên 95%.",
                        TargetKind.NUMERIC, Comparator.GT, "95", null, "%"),
                arguments("Tỷ lệ người dân thường xuyên tham gia hoạt động thể chất hàng năm tăng thêm 10%.",
                        TargetKind.RELATIVE, Comparator.GE, "10", null, "%"),
                arguments("Phấn đấu trạm có ít nhất từ 4-6 bác sĩ", TargetKind.RANGE, null, "4", "6", "bác sĩ"),
                arguments("Tăng tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại trạm y tế xã lên trên 20%.",
                        TargetKind.NUMERIC, Comparator.GT, "20", null, "%"),
                arguments("Tỉ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số", TargetKind.NUMERIC, Comparator.GT, "95",
                        null, "%"),
                arguments("số năm sống khoẻ mạnh tăng lên trên 71 tuổi", TargetKind.NUMERIC, Comparator.GT, "71",
                        null, "tuổi"),
                arguments("tuổi thọ trung bình đạt trên 80 tuổi", TargetKind.NUMERIC, Comparator.GT, "80", null,
                        "tuổi"),
                arguments("đến năm 2027 có ít nhất từ 4 - 5 bác sỹ", TargetKind.RANGE, null, "4", "5", "bác sỹ"),
                arguments("bao tham gia hiểm y tế trên 97%", TargetKind.NUMERIC, Comparator.GT, "97", null, "%"));
    }

    /** Target sentences of the Mường La matrix and the Mường La / Hải Dương / Hà Đông target bullets. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("realTargetSentences")
    void realTargetSentencesParseSensibly(String text, TargetKind kind, Comparator comparator, BigDecimal value,
                                          BigDecimal upper, String unit) {
        IndicatorTarget target = TargetText.parse(text, null);
        assertThat(target.kind()).isEqualTo(kind);
        assertThat(target.comparator()).isEqualTo(comparator);
        assertThat(target.value()).isEqualByComparingTo(value);
        if (upper == null) {
            assertThat(target.upperValue()).isNull();
        } else {
            assertThat(target.upperValue()).isEqualByComparingTo(upper);
        }
        assertThat(TargetText.writtenUnit(text)).isEqualTo(unit);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Đến năm 2026, tỉ lệ bao phủ đạt trên 95% dân số, đến năm 2030 đạt bao phủ toàn dân | 2026
            đến năm 2030 đạt 97% tỉ lệ người dân tham gia bảo hiểm y tế                        | 2030
            """)
    void parseTakesTheYearWrittenBeforeTheFigureWhenNoneIsGiven(String text, int year) {
        assertThat(TargetText.parse(text, null).year()).isEqualTo(year);
    }

    @Test
    void givenYearWinsOverTheWording() {
        IndicatorTarget target = TargetText.parse("đến năm 2030 đạt 97%", 2028);
        assertThat(target.year()).isEqualTo(2028);
    }

    @Test
    void blankWordingIsNoTarget() {
        assertThat(TargetText.parse("  ", 2030)).isNull();
        assertThat(TargetText.parse(null, 2030)).isNull();
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            >=97          | ≥ 97
            >75.5         | > 75,5
            <= 5          | ≤ 5
            dưới 10       | < 10
            4-6           | 4–6
            từ 4 - 5      | 4–5
            tăng thêm 10% | tăng thêm 10
            tăng thêm trên 1,5 | tăng thêm trên 1,5
            giảm 2        | giảm 2
            đạt 100%      | 100
            1.200         | 1.200
            """)
    void formatPrintsTheTableCellWithDecimalComma(String text, String printed) {
        assertThat(TargetText.format(TargetText.parse(text, 2030))).isEqualTo(printed);
    }

    @Test
    void formatWorksOnATargetBuiltByHand() {
        IndicatorTarget target = new IndicatorTarget(2030, TargetKind.NUMERIC, Comparator.GT, new BigDecimal("75.50"),
                null, "năm", null, null);
        assertThat(TargetText.format(target)).isEqualTo("> 75,5");
    }
}
