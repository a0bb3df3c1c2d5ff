package vn.kehoachxa.domain.plan;

import java.math.BigDecimal;

/**
 * Chỉ tiêu mục tiêu: one target of an indicator for a year. NUMERIC has a comparator and value ({@code ≥ 97});
 * RANGE a value and upper value ({@code 4–6}); RELATIVE an increase over the baseline ({@code tăng thêm 10}, with
 * the comparator applied to the increase); QUALITATIVE only words ({@code toàn dân}). {@code originalText} keeps
 * the wording as the plan prints it. A target has no unit of its own: the unit of measure is the indicator's
 * ({@link Indicator#unitOfMeasure}), one per indicator, so the table, the target text and every document print the
 * same one.
 *
 * <p>A RELATIVE target also says what its figure measures ({@code change}: percent of the baseline or a difference in
 * the indicator's unit, see {@link RelativeChange#of}) and may carry its own baseline (số liệu gốc: value and year);
 * without one the indicator's baseline counts. Other kinds carry neither.
 */
public record IndicatorTarget(Integer year, TargetKind kind, Comparator comparator, BigDecimal value,
                              BigDecimal upperValue, String qualitativeText, String originalText,
                              RelativeChange change, BigDecimal baselineValue, Integer baselineYear) {
    public IndicatorTarget {
        if (kind == null) {
            throw new IllegalArgumentException("target kind is required");
        }
        switch (kind) {
            case NUMERIC -> require(comparator != null && value != null && upperValue == null, "NUMERIC");
            case RANGE -> require(value != null && upperValue != null && value.compareTo(upperValue) <= 0, "RANGE");
            case RELATIVE -> require(value != null, "RELATIVE");
            case QUALITATIVE -> require(qualitativeText != null && !qualitativeText.isBlank(), "QUALITATIVE");
            default -> throw new IllegalStateException();
        }
        if (kind != TargetKind.RELATIVE) {
            change = null;
            baselineValue = null;
            baselineYear = null;
        }
    }

    /** A target with no stated change meaning and no baseline of its own (as before targets carried them). */
    public IndicatorTarget(Integer year, TargetKind kind, Comparator comparator, BigDecimal value,
                           BigDecimal upperValue, String qualitativeText, String originalText) {
        this(year, kind, comparator, value, upperValue, qualitativeText, originalText, null, null, null);
    }

    /** This target with {@code change} and the baseline {@code baselineValue} of {@code baselineYear}. */
    public IndicatorTarget withRelative(RelativeChange change, BigDecimal baselineValue, Integer baselineYear) {
        return new IndicatorTarget(year, kind, comparator, value, upperValue, qualitativeText, originalText, change,
                baselineValue, baselineYear);
    }

    /**
     * The form callers used while targets had a unit of their own; {@code ignoredUnit} is dropped, since the unit is
     * the indicator's. Kept so that code written against the older form still compiles.
     */
    @Deprecated
    public IndicatorTarget(Integer year, TargetKind kind, Comparator comparator, BigDecimal value,
                           BigDecimal upperValue, String ignoredUnit, String qualitativeText, String originalText) {
        this(year, kind, comparator, value, upperValue, qualitativeText, originalText);
    }

    private static void require(boolean ok, String kind) {
        if (!ok) {
            throw new IllegalArgumentException("incomplete " + kind + " target");
        }
    }
}
