package vn.kehoachxa.domain.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The tone-placement rule for one word (một âm tiết): whether its tone mark could sit on either vowel of an open
 * oa, oe or uy rhyme, in which {@link ToneStyle} it is written, and how it reads in the other style. The rule, not a
 * word list: the syllable is split into its initial consonants ("qu" and "gi" count as initials) and its rhyme, and
 * only a rhyme that is exactly o+a, o+e or u+y with one tone mark qualifies. Letter case is kept.
 */
public final class ToneMarks {
    /** Combining grave, acute, tilde, hook above and dot below: the five marked tones. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final String CONSONANTS = "bcdđghklmnpqrstvx";
    private static final String VOWELS = "aăâeêioôơuưy";

    private ToneMarks() {
    }

    /** How a qualifying word is written: its style, and the same word in the other style. */
    public record Analysis(ToneStyle style, String otherForm, String key) {
    }

    /**
     * Analyses {@code word} (letters only); empty when its spelling does not depend on the style. {@code key} is the
     * word in lower case and {@link ToneStyle#FIRST_VOWEL} style, the same for both spellings ("khỏe" for "Khoẻ").
     */
    public static Optional<Analysis> analyse(String word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        int tonePos = -1;
        StringBuilder bare = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (tonePos >= 0) {
                    return Optional.empty();
                }
                tonePos = bare.length() - 1;
            } else {
                bare.append(c);
            }
        }
        if (tonePos < 0) {
            return Optional.empty();
        }
        // Letters of these rhymes carry no other mark, so bare positions are letter positions.
        String lower = bare.toString().toLowerCase(Locale.ROOT);
        int rhyme = rhymeStart(lower);
        if (rhyme < 0 || lower.length() - rhyme != 2) {
            return Optional.empty();
        }
        String r = lower.substring(rhyme);
        if (!r.equals("oa") && !r.equals("oe") && !r.equals("uy")) {
            return Optional.empty();
        }
        ToneStyle style = tonePos == rhyme ? ToneStyle.FIRST_VOWEL : ToneStyle.SECOND_VOWEL;
        char tone = nfd.chars().filter(c -> TONES.indexOf(c) >= 0).mapToObj(c -> (char) c).findFirst().orElseThrow();
        int otherPos = style == ToneStyle.FIRST_VOWEL ? rhyme + 1 : rhyme;
        String other = place(bare.toString(), otherPos, tone);
        String key = place(lower, rhyme, tone);
        return Optional.of(new Analysis(style, other, key));
    }

    /** {@code word} written in {@code style}: unchanged when it does not qualify or is already so. */
    public static String inStyle(String word, ToneStyle style) {
        return analyse(word).filter(a -> a.style() != style).map(Analysis::otherForm).orElse(word);
    }

    /** Where the rhyme starts after the initial consonants; -1 when the word is not one Vietnamese syllable. */
    private static int rhymeStart(String s) {
        int i = 0;
        if (s.startsWith("qu") && s.length() > 2) {
            i = 2;
        } else if (s.startsWith("gi") && s.length() > 2 && VOWELS.indexOf(s.charAt(2)) >= 0) {
            i = 2;
        }
        while (i < s.length() && CONSONANTS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i > 3 || i == s.length()) {
            return -1;
        }
        for (int j = i; j < s.length(); j++) {
            if (VOWELS.indexOf(s.charAt(j)) < 0 && CONSONANTS.indexOf(s.charAt(j)) < 0) {
                return -1;
            }
        }
        return i;
    }

    private static String place(String bare, int pos, char tone) {
        String marked = bare.substring(0, pos + 1) + tone + bare.substring(pos + 1);
        return Normalizer.normalize(marked, Normalizer.Form.NFC);
    }
}
