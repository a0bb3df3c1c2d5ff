package vn.kehoachxa.domain.plan;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.VietnameseNumbers;

/**
 * Reads and prints the wording of a target (chỉ tiêu): table cells such as {@code ≥ 97}, {@code > 75,5}, {@code 100},
 * {@code 4–6}, and the phrases of target bullets such as "đạt tối thiểu 1,6 cm", "lên trên 20%", "có ít nhất từ 4 - 5
 * bác sỹ", "tăng thêm 10%" or "đạt bảo hiểm y tế toàn dân".
 *
 * <p>In a sentence the first figure introduced by a sign or a target word counts: {@code ≥ >= > = ≤ <= <},
 * "tối thiểu", "ít nhất", "không dưới" (≥), "trên", "hơn", "vượt" (>), "không quá", "tối đa" (≤), "dưới" (<), "đạt",
 * "lên", "bằng" (a plain figure), "tăng thêm" / "tăng" / "giảm" (relative to the baseline; "tăng lên" is not). A
 * range ({@code 4-6}, {@code từ 4 đến 6}) needs no word, except that age brackets ({@code từ 1 - 18 tuổi}) and year
 * spans ({@code 2026-2030}) are not targets. A lone figure is a target only when it is the whole text ({@code 66}).
 * A plain figure gets {@link Comparator#EQ}, which evaluation reads in the indicator's direction (reaching 100 % is
 * Đạt, more is Vượt). Whether a relative target's figure is a percent of the baseline or a difference in the
 * indicator's unit is not decided here but by {@link RelativeChange#of}, which also knows the unit. Anything else is
 * qualitative, its words kept.
 */
public final class TargetText {
    private static final String NUM = "\\d+(?:[.,]\\d+)*";
    private static final List<String> WORDS = List.of("không vượt quá", "không thấp hơn", "không cao hơn",
            "không dưới", "không quá", "tối thiểu", "tăng thêm", "giảm thêm", "thấp hơn", "ít nhất", "tối đa",
            "xuống", "trên", "dưới", "vượt", "tăng", "giảm", "đạt", "lên", "bằng", "hơn", ">=", "<=", "≥", "≤", ">",
            "<", "=");
    private static final String WORD = "(?:" + String.join("|", WORDS.stream().map(Pattern::quote).toList()) + ")";
    private static final String UNIT = "%|cm|kg|tuổi|năm|lần|người|bác s[ĩỹ]";
    private static final Pattern TARGET = Pattern.compile("(?<![\\p{L}\\d])(?<words>(?:" + WORD + "\\s*)*)"
            + "(?<from>từ\\s+)?(?<a>" + NUM + ")(?:\\s*(?:-|–|—|đến)\\s*(?<b>" + NUM + "))?"
            + "(?!\\d)(?:\\s*(?<unit>" + UNIT + ")(?![\\p{L}]))?");
    private static final Pattern YEAR_BEFORE = Pattern.compile("năm\\s+((?:19|20)\\d\\d)(?!\\d)");

    private TargetText() {
    }

    /**
     * The target that {@code original} states, with {@code originalText} kept exactly as given. {@code year} is
     * the target year (when null, the last "năm 2030" before the figure). Null when {@code original} is blank. The
     * unit is not part of a target (it is the indicator's); {@link #writtenUnit} gives the one the wording names.
     */
    public static IndicatorTarget parse(String original, Integer year) {
        if (original == null || original.isBlank()) {
            return null;
        }
        String text = normalized(original);
        Optional<Found> found = find(text);
        if (found.isEmpty()) {
            String words = original.strip().replaceAll("[.;]+$", "");
            return new IndicatorTarget(year, TargetKind.QUALITATIVE, null, null, null, words, original);
        }
        Found f = found.get();
        Integer targetYear = year != null ? year : yearBefore(text, f.start);
        if (f.upper != null) {
            BigDecimal low = f.value.min(f.upper);
            return new IndicatorTarget(targetYear, TargetKind.RANGE, null, low, f.value.max(f.upper), null, original);
        }
        String words = f.words;
        boolean increase = words.contains("tăng thêm") || words.contains("tăng") && !words.contains("lên");
        boolean decrease = words.contains("giảm") && !words.contains("xuống");
        Comparator comparator = comparator(words);
        if (increase || decrease) {
            BigDecimal change = decrease ? f.value.negate() : f.value;
            Comparator c = strict(comparator) ? (decrease ? Comparator.LT : Comparator.GT)
                    : (decrease ? Comparator.LE : Comparator.GE);
            return new IndicatorTarget(targetYear, TargetKind.RELATIVE, c, change, null, null, original);
        }
        return new IndicatorTarget(targetYear, TargetKind.NUMERIC, comparator, f.value, null, null, original);
    }

    /**
     * The unit written right after the target's figure ("97%" gives "%"), for an indicator that has none yet; null
     * when the wording names none.
     */
    public static String writtenUnit(String original) {
        if (original == null || original.isBlank()) {
            return null;
        }
        return find(normalized(original)).map(Found::unit).orElse(null);
    }

    /**
     * The target with the indicator's unit, as sentences and the target editor's preview print it: {@code ≥ 97%}
     * ("%" written close up, as the plans write it), {@code 4–6 bác sĩ}, {@code tăng thêm 10%}; the words of a
     * qualitative target; the bare {@link #format} when the indicator has no unit. A relative target stated as a
     * percent keeps its "%" whatever the unit ({@code tăng thêm 10%} of people); one stated as a difference on a rate
     * says so ({@code tăng thêm 10 điểm phần trăm}).
     */
    public static String withUnit(IndicatorTarget target, String unitOfMeasure) {
        String text = format(target);
        if (unitOfMeasure == null || unitOfMeasure.isBlank() || target.kind() == TargetKind.QUALITATIVE
                || target.change() == RelativeChange.PERCENT) {
            return text;
        }
        String unit = unitOfMeasure.strip();
        if (target.change() == RelativeChange.ABSOLUTE && RelativeChange.isRate(unit)) {
            return text + " " + Texts.get("target.points");
        }
        return unit.equals("%") ? text + unit : text + " " + unit;
    }

    /** The target as the plan prints it: its own wording when it has one, else {@link #format}. */
    public static String printed(IndicatorTarget target) {
        String original = target.originalText();
        return original != null && !original.isBlank() ? original.strip() : format(target);
    }

    /**
     * The target as a table cell prints it, with a decimal comma and without the unit (it has its own column):
     * {@code ≥ 97}, {@code > 75,5}, {@code 100}, {@code 4–6}, {@code tăng thêm 10}, or the qualitative words.
     */
    public static String format(IndicatorTarget target) {
        return switch (target.kind()) {
            case NUMERIC -> target.comparator() == Comparator.EQ ? number(target.value())
                    : target.comparator().sign() + " " + number(target.value());
            case RANGE -> number(target.value()) + "–" + number(target.upperValue());
            case RELATIVE -> relative(target);
            case QUALITATIVE -> target.qualitativeText();
        };
    }

    private static String relative(IndicatorTarget target) {
        boolean decrease = target.value().signum() < 0;
        boolean strict = strict(target.comparator());
        String key = (decrease ? "target.decrease" : "target.increase") + (strict ? "MoreThan" : "");
        String text = Texts.get(key, number(target.value().abs()));
        return target.change() == RelativeChange.PERCENT ? text + "%" : text;
    }

    /**
     * What the target's own wording says when it contradicts the stored comparator and figures ({@code ≥ 97} printed
     * over a stored 9), as {@link #format} prints it; empty when they agree or the wording cannot be checked (no
     * wording, words without a figure, a qualitative target). A plain figure ("đạt 97") agrees with any comparator
     * of the same figure; the year is not compared.
     */
    public static Optional<String> disagreement(IndicatorTarget stored) {
        String original = stored.originalText();
        if (original == null || original.isBlank() || stored.kind() == TargetKind.QUALITATIVE) {
            return Optional.empty();
        }
        IndicatorTarget said = parse(original, stored.year());
        if (said == null || said.kind() == TargetKind.QUALITATIVE) {
            return Optional.empty();
        }
        boolean agree = said.kind() == stored.kind() && same(said.value(), stored.value())
                && same(said.upperValue(), stored.upperValue())
                && (said.comparator() == null || stored.comparator() == null || said.comparator() == Comparator.EQ
                || sameComparator(said, stored));
        return agree ? Optional.empty() : Optional.of(format(said));
    }

    private static boolean sameComparator(IndicatorTarget said, IndicatorTarget stored) {
        if (said.kind() == TargetKind.RELATIVE) {
            // the sign of the change is already compared with the value; only "trên" (strictly more) must match
            return strict(said.comparator()) == strict(stored.comparator());
        }
        return said.comparator() == stored.comparator();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String normalized(String original) {
        return Normalizer.normalize(original, Normalizer.Form.NFC).replace('\u00A0', ' ')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<Found> find(String text) {
        Matcher m = TARGET.matcher(text);
        while (m.find()) {
            String words = m.group("words").strip();
            boolean range = m.group("b") != null;
            boolean whole = m.start() == 0 && text.substring(m.end()).matches("[\\s.;]*");
            if (words.isEmpty() && !range && !whole) {
                continue;
            }
            if (range && !whole && (isAgeBracket(m) || isYearSpan(m))) {
                continue;
            }
            Optional<BigDecimal> a = VietnameseNumbers.tryParse(m.group("a"));
            Optional<BigDecimal> b = range ? VietnameseNumbers.tryParse(m.group("b")) : Optional.empty();
            if (a.isEmpty() || range && b.isEmpty()) {
                continue;
            }
            String unit = m.group("unit");
            return Optional.of(new Found(words, a.get(), b.orElse(null), unit, m.start()));
        }
        return Optional.empty();
    }

    private static boolean isAgeBracket(Matcher m) {
        return "tuổi".equals(m.group("unit")) && m.group("words").isBlank();
    }

    private static boolean isYearSpan(Matcher m) {
        return m.group("a").matches("(?:19|20)\\d\\d") && m.group("b").matches("(?:19|20)\\d\\d");
    }

    private static Comparator comparator(String words) {
        if (words.isEmpty()) {
            return Comparator.EQ;
        }
        if (words.matches(".*(≥|>=|tối thiểu|ít nhất|không dưới|không thấp hơn).*")) {
            return Comparator.GE;
        }
        if (words.matches(".*(≤|<=|không quá|không vượt quá|tối đa|không cao hơn).*")) {
            return Comparator.LE;
        }
        if (words.matches(".*(<|dưới|thấp hơn).*")) {
            return Comparator.LT;
        }
        if (words.matches(".*(>|trên|hơn|vượt).*")) {
            return Comparator.GT;
        }
        return Comparator.EQ;
    }

    private static boolean strict(Comparator c) {
        return c == Comparator.GT || c == Comparator.LT;
    }

    private static Integer yearBefore(String text, int end) {
        Matcher m = YEAR_BEFORE.matcher(text.substring(0, end));
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group(1));
        }
        return year;
    }

    private static String number(BigDecimal value) {
        return VietnameseNumbers.format(value);
    }

    private record Found(String words, BigDecimal value, BigDecimal upper, String unit, int start) {
    }
}
