package vn.kehoachxa.domain.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Thống nhất cách bỏ dấu: counts, over a plan's texts, the words whose tone mark may sit on either vowel of oa, oe
 * or uy, in each {@link ToneStyle}, and rewrites chosen words in one style. Words the user excluded (proper names,
 * compared as written) and words inside a code or symbol (a chunk with a digit or a slash, such as "72-NQ/TW" or
 * "KH-UBND") are never counted nor changed.
 */
public final class ToneConsistency {
    private final Set<String> excluded;

    /** Leaves alone every word written exactly as one of {@code excluded}. */
    public ToneConsistency(Collection<String> excluded) {
        this.excluded = Set.copyOf(excluded);
    }

    /** How one word is written across the texts: its two spellings (lower case) and how often each occurs. */
    public record WordCount(String key, String firstVowelForm, String secondVowelForm, int firstVowel,
                            int secondVowel) {
        /** Occurrences written in {@code style}. */
        public int count(ToneStyle style) {
            return style == ToneStyle.FIRST_VOWEL ? firstVowel : secondVowel;
        }

        /** The spelling in {@code style}. */
        public String form(ToneStyle style) {
            return style == ToneStyle.FIRST_VOWEL ? firstVowelForm : secondVowelForm;
        }

        /** Whether both spellings occur. */
        public boolean mixed() {
            return firstVowel > 0 && secondVowel > 0;
        }
    }

    /**
     * What the check found: every qualifying word with its counts, and the style proposed (the office's choice, or
     * the one the texts use most; the first-vowel style on a tie).
     */
    public record Report(List<WordCount> words, ToneStyle proposed) {
        /** Occurrences of all words written in {@code style}. */
        public int total(ToneStyle style) {
            return words.stream().mapToInt(w -> w.count(style)).sum();
        }

        /** The words written at least once against the proposed style, mixed ones first, then by count. */
        public List<WordCount> toChange() {
            return words.stream().filter(w -> w.count(proposed.other()) > 0)
                    .sorted(Comparator.comparing(WordCount::mixed).reversed()
                            .thenComparing(Comparator.comparingInt((WordCount w) -> w.count(proposed.other()))
                                    .reversed())
                            .thenComparing(WordCount::key))
                    .toList();
        }

        /** Whether the texts are written in one style (nothing to change). */
        public boolean consistent() {
            return toChange().isEmpty();
        }
    }

    /** Counts the words of {@code texts}; {@code preferred} is the office's choice, if any. */
    public Report check(Collection<String> texts, Optional<ToneStyle> preferred) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String text : texts) {
            words(text, (word, analysis) -> counts.computeIfAbsent(analysis.key(), k -> new int[2])
                    [analysis.style().ordinal()]++);
        }
        List<WordCount> words = new ArrayList<>();
        counts.forEach((key, n) -> words.add(new WordCount(key, key, ToneMarks.inStyle(key, ToneStyle.SECOND_VOWEL),
                n[0], n[1])));
        words.sort(Comparator.comparing(WordCount::key));
        int first = words.stream().mapToInt(WordCount::firstVowel).sum();
        int second = words.stream().mapToInt(WordCount::secondVowel).sum();
        ToneStyle most = second > first ? ToneStyle.SECOND_VOWEL : ToneStyle.FIRST_VOWEL;
        return new Report(List.copyOf(words), preferred.orElse(most));
    }

    /** {@code text} with every word whose key is in {@code keys} written in {@code style}; nothing else changes. */
    public String rewrite(String text, Set<String> keys, ToneStyle style) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] done = {0};
        scan(text, (start, end) -> {
            String word = text.substring(start, end);
            ToneMarks.analyse(word).filter(a -> keys.contains(a.key()) && a.style() != style).ifPresent(a -> {
                out.append(text, done[0], start).append(a.otherForm());
                done[0] = end;
            });
        });
        return out.append(text, done[0], text.length()).toString();
    }

    private void words(String text, BiConsumer<String, ToneMarks.Analysis> each) {
        if (text == null) {
            return;
        }
        scan(text, (start, end) -> {
            String word = text.substring(start, end);
            ToneMarks.analyse(word).ifPresent(a -> each.accept(word, a));
        });
    }

    /** Calls {@code each} with the bounds of every word that may be counted: not excluded, not in a code. */
    private void scan(String text, WordBounds each) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (!excluded.contains(text.substring(start, i)) && !inCode(text, start, i)) {
                each.accept(start, i);
            }
        }
    }

    /** Whether the word at [start, end) belongs to a chunk (between spaces) with a digit or a slash. */
    private static boolean inCode(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c) || c == '/') {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface WordBounds {
        void accept(int start, int end);
    }
}
