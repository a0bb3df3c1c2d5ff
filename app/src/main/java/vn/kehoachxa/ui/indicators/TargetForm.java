package vn.kehoachxa.ui.indicators;

import java.math.BigDecimal;
import java.util.Optional;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.domain.text.VietnameseNumbers;

/**
 * The target editor's fields (chỉ tiêu mục tiêu): kind, comparator, value, upper value, unit, year and words. Builds
 * the {@link IndicatorTarget} or says in Vietnamese which field is wrong; accepts {@code 75,5} and {@code 75.5}. The
 * unit is the indicator's own (one per indicator, {@link #unitOfMeasure}): this is the one place it is edited.
 */
public record TargetForm(TargetKind kind, Comparator comparator, String value, String upperValue, String unit,
                         String year, String words) {

    /**
     * The fields showing {@code target} of an indicator whose unit is {@code unitOfMeasure} (empty fields when null,
     * a numeric "≥" target by default).
     */
    public static TargetForm of(IndicatorTarget target, String unitOfMeasure, int defaultYear) {
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

    /** The target with the unit as sentences print it, e.g. {@code > 75,5%}; empty while the fields are incomplete. */
    public String preview() {
        try {
            return TargetText.withUnit(build(), unitOfMeasure());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * The target (with no wording of its own, so it prints from the structure).
     *
     * @throws IllegalArgumentException with a Vietnamese message naming the wrong field
     */
    public IndicatorTarget build() {
        Integer y = parsedYear();
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
                BigDecimal change = number("target.form.value", value).abs();
                yield new IndicatorTarget(y, TargetKind.RELATIVE, decrease ? (strict ? Comparator.LT : Comparator.LE)
                        : (strict ? Comparator.GT : Comparator.GE), decrease ? change.negate() : change, null, null,
                        null);
            }
            case QUALITATIVE -> {
                if (words == null || words.isBlank()) {
                    throw new IllegalArgumentException(Texts.get("target.form.wordsMissing"));
                }
                yield new IndicatorTarget(y, TargetKind.QUALITATIVE, null, null, null, words.strip(), null);
            }
        };
    }

    private Integer parsedYear() {
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
