package vn.kehoachxa.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ToneMarksTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            hòa,   hoà
            khỏe,  khoẻ
            thủy,  thuỷ
            ủy,    uỷ
            hóa,   hoá
            tùy,   tuỳ
            lũy,   luỹ
            họa,   hoạ
            xòe,   xoè
            Hòa,   Hoà
            ỦY,    UỶ
            THỦY,  THUỶ
            """)
    void aWordMovesItsMarkBetweenTheTwoVowelsKeepingItsCase(String firstVowel, String secondVowel) {
        assertThat(ToneMarks.analyse(firstVowel)).hasValueSatisfying(a -> {
            assertThat(a.style()).isEqualTo(ToneStyle.FIRST_VOWEL);
            assertThat(a.otherForm()).isEqualTo(secondVowel);
        });
        assertThat(ToneMarks.analyse(secondVowel)).hasValueSatisfying(a -> {
            assertThat(a.style()).isEqualTo(ToneStyle.SECOND_VOWEL);
            assertThat(a.otherForm()).isEqualTo(firstVowel);
            assertThat(a.key()).isEqualTo(ToneMarks.analyse(firstVowel).orElseThrow().key());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoàng", "khuyến", "quý", "quả", "thuở", "thuế", "hoa", "uy", "hoài", "khoèo", "UBND",
        "HĐND", "mường", "chỉ", "tiêu", "Xã"})
    void wordsWrittenAlikeInBothStylesDoNotQualify(String word) {
        assertThat(ToneMarks.analyse(word)).isEmpty();
    }
}
