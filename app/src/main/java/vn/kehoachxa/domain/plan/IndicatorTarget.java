package vn.kehoachxa.domain.plan;

import java.math.BigDecimal;

/**
 * Chỉ tiêu mục tiêu: one target of an indicator for a year. NUMERIC has a comparator and value ({@code ≥ 97});
 * RANGE a value and upper value ({@code 4–6}); RELATIVE an increase over the baseline ({@code tăng thêm 10}, with
 * the comparator applied to the increase); QUALITATIVE only words ({@code toàn dân}). {@code originalText} keeps
 * the wording as the plan prints it.
 */
public record IndicatorTarget(Integer year, TargetKind kind, Comparator comparator, BigDecimal value,
                              BigDecimal upperValue, String unitOfMeasure, String qualitativeText,
                              String originalText) {
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
    }

    private static void require(boolean ok, String kind) {
        if (!ok) {
            throw new IllegalArgumentException("incomplete " + kind + " target");
        }
    }
}
