package vn.kehoachxa.domain.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matching of unit names (tên cơ quan, đơn vị) as people type them: "Phòng Văn hoá- Xã hội" and "Phòng Văn hóa - Xã
 * hội" are the same unit. The key ignores case, Unicode composition (NFC/NFD), spacing, spacing around hyphens and
 * dashes, trailing punctuation, and where the tone mark sits in a syllable (old {@code hoá}, {@code thuỷ}, {@code
 * uý} vs new {@code hóa}, {@code thủy}, {@code úy}); it keeps every other letter and mark, so different units differ.
 */
public final class UnitNames {
    /** The five Vietnamese tone marks as combining characters: grave, acute, tilde, hook above, dot below. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final Pattern DASH = Pattern.compile("\\s*[-‐‑‒–—]\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F]+");
    private static final Pattern COMMA = Pattern.compile("\\s*([,;])\\s*");
    private static final Pattern TRAILING = Pattern.compile("[\\s.,;:!]+$");

    private UnitNames() {
    }

    /** A key that is equal for two spellings of the same unit name and different for different names. */
    public static String matchKey(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = TRAILING.matcher(s).replaceAll("");
        s = DASH.matcher(s).replaceAll(" - ");
        s = COMMA.matcher(s).replaceAll("$1 ");
        StringBuilder key = new StringBuilder(s.length());
        for (String word : s.split(" ")) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(moveToneToEnd(word));
        }
        return key.toString();
    }

    /** Whether two names denote the same unit by {@link #matchKey(String)}. */
    public static boolean sameUnit(String a, String b) {
        return matchKey(a).equals(matchKey(b));
    }

    /** A syllable has at most one tone mark; its position is a spelling convention, so the key puts it last. */
    private static String moveToneToEnd(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        StringBuilder tones = new StringBuilder(1);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones.append(c);
            } else {
                letters.append(c);
            }
        }
        return letters.append(tones).toString();
    }
}
