package vn.kehoachxa.ui.indicators;

import java.math.BigDecimal;
import java.util.Optional;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.RelativeChange;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.domain.text.VietnameseNumbers;

/**
 * The target editor's fields (chỉ tiêu mục tiêu): kind, comparator, value, upper value, unit, year and words, and for
 * a relative target what its figure means ({@link RelativeChange}) and its baseline (số liệu gốc: value, year). Builds
 * the {@link IndicatorTarget} or says in Vietnamese which field is wrong; accepts {@code 75,5} and {@code 75.5}. The
 * unit is the indicator's own (one per indicator, {@link #unitOfMeasure}): this is the one place it is edited.
 */
public record TargetForm(TargetKind kind, Comparator comparator, String value, String upperValue, String unit,
                         String year, String words, RelativeChange change, String baselineValue,
                         String baselineYear) {

    /** The fields of a target that is not relative (no meaning, no baseline). */
    public TargetForm(TargetKind kind, Comparator comparator, String value, String upperValue, String unit,
                      String year, String words) {
        this(kind, comparator, value, upperValue, unit, year, words, null, "", "");
    }

    /**
     * The fields showing {@code target} of an indicator whose unit is {@code unitOfMeasure} (empty fields when null,
     * a numeric "≥" target by default).
     */
    public static TargetForm of(IndicatorTarget target, String unitOfMeasure, int defaultYear) {
        return of(target, unitOfMeasure, defaultYear, null, null);
    }

    /**
     * As {@link #of(IndicatorTarget, String, int)}, showing as the baseline of a relative target its own, else the
     * indicator's {@code indicatorBaseline} of {@code indicatorBaselineYear} (the one its evaluation uses), and as its
     * meaning the stated one or what the wording and unit leave no doubt about.
     */
    public static TargetForm of(IndicatorTarget target, String unitOfMeasure, int defaultYear,
                                BigDecimal indicatorBaseline, Integer indicatorBaselineYear) {
        TargetForm plain = plain(target, unitOfMeasure, defaultYear);
        if (target == null || target.kind() != TargetKind.RELATIVE) {
            return plain;
        }
        boolean own = target.baselineValue() != null;
        BigDecimal base = own ? target.baselineValue() : indicatorBaseline;
        Integer baseYear = own ? target.baselineYear() : indicatorBaselineYear;
        return new TargetForm(plain.kind, plain.comparator, plain.value, plain.upperValue, plain.unit, plain.year,
                plain.words, RelativeChange.of(target, unitOfMeasure), number(base),
                baseYear == null ? "" : String.valueOf(baseYear));
    }

    private static TargetForm plain(IndicatorTarget target, String unitOfMeasure, int defaultYear) {
        if (target == null) {
            return new TargetForm(TargetKind.NUMERIC, Comparator.GE, "", "", orEmpty(unitOfMeasure),
                    String.valueOf(defaultYear), "");
        }
        return new TargetForm(target.kind(), target.comparator() == null ? Comparator.GE : target.comparator(),
                number(target.value() == null ? null : target.kind() == TargetKind.RELATIVE
                        ? target.value().abs() : target.value()),
                number(target.upperValue()), orEmpty(unitOfMeasure),
                target.year() == null ? "" : String.valueOf(target.year()), orEmpty(target.qualitativeText()));
    }

    /** The first problem with the fields, in Vietnamese; empty when the target can be built. */
    public Optional<String> problem() {
        try {
            build();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The problem with the value field only (for its decoration); empty when fine. */
    public Optional<String> valueProblem() {
        if (kind == TargetKind.QUALITATIVE) {
            return Optional.empty();
        }
        return VietnameseNumbers.tryParse(value).isPresent() ? Optional.empty()
                : Optional.of(numberMessage("target.form.value", value));
    }

    /** The indicator's unit as typed; null when blank. */
    public String unitOfMeasure() {
        return unit == null || unit.isBlank() ? null : unit.strip();
    }

    /**
     * The target with the unit as sentences print it, e.g. {@code > 75,5%}, and a relative target's baseline
     * ({@code tăng thêm 10% so với 1.200 (năm 2025)}); empty while the fields are incomplete.
     */
    public String preview() {
        try {
            IndicatorTarget t = build();
            String text = TargetText.withUnit(t, unitOfMeasure());
            if (t.baselineValue() != null) {
                String base = VietnameseNumbers.format(t.baselineValue());
                text = t.baselineYear() == null ? Texts.get("target.form.previewBaseline", text, base)
                        : Texts.get("target.form.previewBaselineYear", text, base, String.valueOf(t.baselineYear()));
            }
            return text;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * What a relative target still lacks to be judged (no baseline), in Vietnamese; empty when nothing, or when the
     * target is not relative. Not a problem: the target can be saved without it.
     */
    public Optional<String> relativeHint() {
        if (kind != TargetKind.RELATIVE || baselineValue != null && !baselineValue.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Texts.get("target.form.noBaseline"));
    }

    /**
     * The target (with no wording of its own, so it prints from the structure).
     *
     * @throws IllegalArgumentException with a Vietnamese message naming the wrong field
     */
    public IndicatorTarget build() {
        Integer y = parsedYear(year);
        return switch (kind == null ? TargetKind.NUMERIC : kind) {
            case NUMERIC -> new IndicatorTarget(y, TargetKind.NUMERIC, comparator == null ? Comparator.EQ
                    : comparator, number("target.form.value", value), null, null, null);
            case RANGE -> {
                BigDecimal low = number("target.form.value", value);
                BigDecimal high = number("target.form.upperValue", upperValue);
                if (low.compareTo(high) > 0) {
                    throw new IllegalArgumentException(Texts.get("target.form.rangeBackwards",
                            VietnameseNumbers.format(low), VietnameseNumbers.format(high)));
                }
                yield new IndicatorTarget(y, TargetKind.RANGE, null, low, high, null, null);
            }
            case RELATIVE -> {
                boolean strict = comparator == Comparator.GT || comparator == Comparator.LT;
                boolean decrease = comparator == Comparator.LE || comparator == Comparator.LT;
                BigDecimal amount = number("target.form.value", value).abs();
                if (change == null) {
                    throw new IllegalArgumentException(Texts.get("target.form.changeMissing"));
                }
                BigDecimal base = blank(baselineValue) ? null : number("target.form.baselineValue", baselineValue);
                Integer baseYear = parsedYear(baselineYear);
                if (base == null && baseYear != null) {
                    throw new IllegalArgumentException(Texts.get("target.form.baselineYearWithoutValue"));
                }
                yield new IndicatorTarget(y, TargetKind.RELATIVE, decrease ? (strict ? Comparator.LT : Comparator.LE)
                        : (strict ? Comparator.GT : Comparator.GE), decrease ? amount.negate() : amount, null, null,
                        null, change, base, baseYear);
            }
            case QUALITATIVE -> {
                if (words == null || words.isBlank()) {
                    throw new IllegalArgumentException(Texts.get("target.form.wordsMissing"));
                }
                yield new IndicatorTarget(y, TargetKind.QUALITATIVE, null, null, null, words.strip(), null);
            }
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer parsedYear(String year) {
        String s = year == null ? "" : year.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (!s.matches("(19|20)\\d\\d")) {
            throw new IllegalArgumentException(Texts.get("target.form.badYear", s));
        }
        return Integer.valueOf(s);
    }

    private static BigDecimal number(String fieldKey, String text) {
        return VietnameseNumbers.tryParse(text).orElseThrow(() ->
                new IllegalArgumentException(numberMessage(fieldKey, text)));
    }

    private static String numberMessage(String fieldKey, String text) {
        String s = text == null ? "" : text.strip();
        return s.isEmpty() ? Texts.get("target.form.numberMissing", Texts.get(fieldKey))
                : Texts.get("target.form.notANumber", Texts.get(fieldKey), s);
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : VietnameseNumbers.format(value);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
