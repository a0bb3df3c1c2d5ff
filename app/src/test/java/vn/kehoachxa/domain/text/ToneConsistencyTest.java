package vn.kehoachxa.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToneConsistencyTest {
    private final ToneConsistency none = new ToneConsistency(Set.of());

    @Test
    void countsEachWordInBothStylesAndProposesTheOneUsedMost() {
        var report = none.check(List.of("Chăm sóc sức khỏe, khỏe mạnh; khoẻ. Ủy ban, uỷ ban, UỶ BAN.",
                "văn hóa hoá học"), Optional.empty());

        assertThat(report.words()).extracting(ToneConsistency.WordCount::key, ToneConsistency.WordCount::firstVowel,
                ToneConsistency.WordCount::secondVowel).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("hóa", 1, 1), org.assertj.core.groups.Tuple.tuple("khỏe", 2, 1),
                org.assertj.core.groups.Tuple.tuple("ủy", 1, 2));
        assertThat(report.proposed()).isEqualTo(ToneStyle.FIRST_VOWEL);
        assertThat(report.toChange()).extracting(ToneConsistency.WordCount::key)
                .containsExactly("ủy", "hóa", "khỏe");
    }

    @Test
    void theOfficesChoiceWinsOverTheCount() {
        var report = none.check(List.of("khỏe khỏe khoẻ"), Optional.of(ToneStyle.SECOND_VOWEL));

        assertThat(report.proposed()).isEqualTo(ToneStyle.SECOND_VOWEL);
        assertThat(report.toChange()).singleElement().satisfies(w -> assertThat(w.firstVowel()).isEqualTo(2));
    }

    @Test
    void officialAbbreviationsAndSymbolsAreNeverFlagged() {
        String text = "UBND, HĐND, MTTQVN, BCĐ, BHYT, KH-UBND, 72-NQ/TW, 15/CT-TTg, QĐ-UBND, Số: 12/KH-UBND, "
                + "ĐUỶ-12, X/UỶ";

        assertThat(none.check(List.of(text), Optional.empty()).words()).isEmpty();
        assertThat(none.rewrite(text, Set.of("ủy"), ToneStyle.FIRST_VOWEL)).isEqualTo(text);
    }

    @Test
    void excludedNamesAreNeitherCountedNorChanged() {
        ToneConsistency rule = new ToneConsistency(Set.of("Thuỵ"));
        String text = "Bà Nguyễn Thị Thuỵ, thủy lợi, thuỷ sản";

        assertThat(rule.check(List.of(text), Optional.empty()).words()).singleElement()
                .satisfies(w -> assertThat(w.firstVowel() + w.secondVowel()).isEqualTo(2));
        assertThat(rule.rewrite(text, Set.of("thủy"), ToneStyle.FIRST_VOWEL))
                .isEqualTo("Bà Nguyễn Thị Thuỵ, thủy lợi, thủy sản");
    }

    @Test
    void onlyTheAcceptedWordsChange() {
        String text = "Sức khoẻ và văn hoá; UỶ BAN nhân dân.";

        assertThat(none.rewrite(text, Set.of("khỏe", "ủy"), ToneStyle.FIRST_VOWEL))
                .isEqualTo("Sức khỏe và văn hoá; ỦY BAN nhân dân.");
        assertThat(none.rewrite(text, Set.of(), ToneStyle.FIRST_VOWEL)).isEqualTo(text);
    }
}
