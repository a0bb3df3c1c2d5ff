package vn.kehoachxa.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitEmailsTest {
    @Test
    void addressesSeparatedBySemicolonOrCommaAreStoredJoinedBySemicolonWithoutRepeats() {
        String typed = "  vanthu.tyt@gmail.com ,TruongTram@MuongLa.gov.vn;; vanthu.TYT@gmail.com ; ";

        assertThat(UnitEmails.split(typed)).containsExactly("vanthu.tyt@gmail.com", "TruongTram@MuongLa.gov.vn");
        assertThat(UnitEmails.normalize(typed)).isEqualTo("vanthu.tyt@gmail.com; TruongTram@MuongLa.gov.vn");
        assertThat(UnitEmails.problem(typed)).isEmpty();
    }

    @Test
    void blankMeansNoEmailAndIsAccepted() {
        assertThat(UnitEmails.normalize("  ; ")).isNull();
        assertThat(UnitEmails.normalize(null)).isNull();
        assertThat(UnitEmails.problem(" ")).isEmpty();
        assertThat(Unit.named("Công an xã", UnitKind.POLICE).emails()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vanthu", "vanthu@muongla", "văn.thư@muongla.gov.vn", "van thu@gmail.com",
            "vanthu@@gmail.com", "vanthu@gmail..com", "vanthu@gmail.com.", "@gmail.com", "vanthu@-gmail.com"})
    void aMalformedAddressIsNamedInAVietnameseMessageThatSaysHowToWriteIt(String bad) {
        String typed = "tyt.muongla@gmail.com; " + bad;

        assertThat(UnitEmails.problem(typed)).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Địa chỉ e-mail \"" + bad + "\" không hợp lệ").contains("không dấu")
                .contains("dấu chấm phẩy (;)").doesNotContain("tyt.muongla@gmail.com"));
    }

    @Test
    void everyMalformedAddressOfAListIsNamed() {
        assertThat(UnitEmails.problem("vanthu@muongla,gov.vn")).hasValueSatisfying(message ->
                assertThat(message).contains("\"vanthu@muongla\", \"gov.vn\""));
    }

    @Test
    void aListLongerThanTheStoredColumnIsRefused() {
        String many = String.join("; ", java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> "to-dan-pho-so-" + i + "@muongla.gov.vn").toList());

        assertThat(many.length()).isGreaterThan(UnitEmails.MAX_LENGTH);
        assertThat(UnitEmails.problem(many)).hasValueSatisfying(m -> assertThat(m).contains("dài quá 1.000 ký tự"));
    }
}
