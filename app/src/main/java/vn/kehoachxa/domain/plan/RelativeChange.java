package vn.kehoachxa.domain.plan;

import java.util.regex.Pattern;

/**
 * What the figure of a relative target (chỉ tiêu tăng/giảm so với gốc) measures. PERCENT: a relative change of the
 * baseline ("tăng thêm 10 %" of 1 200 people is 1 320); ABSOLUTE: a difference in the indicator's own unit ("tăng
 * 20 người"; on a rate, "tăng thêm 10 %" read as ten percentage points, 40 % → 50 %).
 */
public enum RelativeChange {
    PERCENT, ABSOLUTE;

    private static final Pattern PERCENT_SIGN = Pattern.compile("\\d\\s*%");

    /**
     * The meaning of {@code target}'s figure: the stated one; else what its wording and the indicator's unit leave no
     * doubt about ("%" written on a count is a percent; a figure written without "%" is in the indicator's unit);
     * null when it cannot be told ("tăng thêm 10 %" on a rate: percent or percentage points), or the target is not
     * relative.
     */
    public static RelativeChange of(IndicatorTarget target, String unitOfMeasure) {
        if (target == null || target.kind() != TargetKind.RELATIVE) {
            return null;
        }
        if (target.change() != null) {
            return target.change();
        }
        boolean rate = isRate(unitOfMeasure);
        String wording = target.originalText();
        boolean percentWritten = wording != null && PERCENT_SIGN.matcher(wording).find();
        if (percentWritten) {
            return rate ? null : PERCENT;
        }
        return rate ? null : ABSOLUTE;
    }

    /** Whether an indicator with this unit is a rate, on which "X %" may mean percentage points. */
    public static boolean isRate(String unitOfMeasure) {
        return unitOfMeasure != null && unitOfMeasure.strip().equals("%");
    }
}
