package vn.kehoachxa.domain.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Tìm kiếm không phân biệt dấu: how the find compares a query with a plan's texts. Both sides are folded to a form
 * of the same length as the text (one character per character, so a match's place is its place in the original):
 * lower case, and the tone mark of an oa/oe/uy rhyme on the first vowel, so "khoẻ" and "khỏe" are the same word;
 * ignoring accents also drops every mark and writes đ as d, so "suc khoe" finds "sức khỏe".
 */
public final class SearchText {
    private final String folded;
    private final boolean ignoreAccents;

    private SearchText(String folded, boolean ignoreAccents) {
        this.folded = folded;
        this.ignoreAccents = ignoreAccents;
    }

    /** The query {@code query} (blank: matches nothing), compared with or without accents. */
    public static SearchText of(String query, boolean ignoreAccents) {
        String q = query == null ? "" : Normalizer.normalize(query.strip(), Normalizer.Form.NFC);
        return new SearchText(fold(q, ignoreAccents), ignoreAccents);
    }

    /** Whether the query is empty (nothing to find). */
    public boolean isBlank() {
        return folded.isBlank();
    }

    /**
     * Where the query first occurs in {@code text} (as NFC, the form the app stores), or -1; the match has the
     * query's length in {@code Normalizer.normalize(text, NFC)}.
     */
    public int indexIn(String text) {
        if (text == null || isBlank()) {
            return -1;
        }
        return fold(Normalizer.normalize(text, Normalizer.Form.NFC), ignoreAccents).indexOf(folded);
    }

    /** The query's length in the texts it matches. */
    public int length() {
        return folded.length();
    }

    /** {@code text} (NFC) folded character by character; the result has the same length. */
    static String fold(String text, boolean ignoreAccents) {
        StringBuilder out = new StringBuilder(text.length());
        int wordStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
                continue;
            }
            if (wordStart >= 0) {
                out.append(foldWord(text.substring(wordStart, i), ignoreAccents));
                wordStart = -1;
            }
            if (i < text.length()) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static String foldWord(String word, boolean ignoreAccents) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(Character.toLowerCase(word.charAt(i)));
        }
        String lower = out.toString();
        if (ignoreAccents) {
            out.setLength(0);
            for (int i = 0; i < lower.length(); i++) {
                out.append(bare(lower.charAt(i)));
            }
            return out.toString();
        }
        String key = ToneMarks.analyse(lower).map(ToneMarks.Analysis::key).orElse(lower);
        // The key is the same letters with the mark moved, so its length is the word's; keep the word if not.
        return key.length() == lower.length() ? key : lower;
    }

    /** The letter without its marks: "ệ" gives "e", "đ" gives "d". */
    private static char bare(char c) {
        if (c == 'đ') {
            return 'd';
        }
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return nfd.isEmpty() ? c : nfd.toLowerCase(Locale.ROOT).charAt(0);
    }
}
