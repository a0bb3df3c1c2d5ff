package vn.kehoachxa.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitNamesTest {

    @ParameterizedTest(name = "[{0}] = [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Phòng Văn hoá - Xã hội            | Phòng Văn hóa - Xã hội
            Phòng Văn hóa- Xã hội             | Phòng Văn hóa - Xã hội
            Phòng Văn hóa -Xã hội             | Phòng Văn hóa – Xã hội
            Phòng  Văn hóa  -  Xã hội.        | phòng văn hóa - xã hội
            Trạm Y Tế xã                      | Trạm Y tế xã
            Ủy ban MTTQ xã                    | Uỷ ban MTTQ xã
            Thủy lợi                          | Thuỷ lợi
            Đoàn Thanh niên xã;               | ĐOÀN THANH NIÊN XÃ
            Hội Khỏe mạnh                     | Hội Khoẻ mạnh
            Tổ Hòa giải                       | Tổ Hoà giải
            Phòng Kinh tế,Hạ tầng và Đô thị   | Phòng Kinh tế, Hạ tầng và Đô thị
            """)
    void spellingVariantsOfOneUnitMatch(String a, String b) {
        assertThat(UnitNames.sameUnit(a, b)).isTrue();
        assertThat(UnitNames.matchKey(a)).isEqualTo(UnitNames.matchKey(b));
    }

    @ParameterizedTest(name = "[{0}] != [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Phòng Văn hóa - Xã hội | Phòng Kinh tế
            Tổ Hòa giải            | Tổ Hóa giải
            Trạm Y tế xã           | Trạm Y tế
            Hội Nông dân           | Hội Nông dân xã
            Công an xã             | Công an xa
            Đội Dân phòng          | Đội Dan phòng
            Thôn Bản Mạ            | Thôn Ban Mạ
            """)
    void differentUnitsDoNotMatch(String a, String b) {
        assertThat(UnitNames.sameUnit(a, b)).isFalse();
    }

    @Test
    void decomposedAndComposedUnicodeMatch() {
        String composed = "Phòng Văn hóa - Xã hội";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(UnitNames.sameUnit(composed, decomposed)).isTrue();
    }

    @Test
    void noBreakSpacesCountAsSpaces() {
        assertThat(UnitNames.sameUnit("Trạm\u00A0Y tế", "Trạm Y tế")).isTrue();
    }

    @Test
    void nullHasAnEmptyKey() {
        assertThat(UnitNames.matchKey(null)).isEmpty();
    }
}
