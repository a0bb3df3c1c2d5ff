package vn.kehoachxa.domain.collect;

import java.math.BigDecimal;
import vn.kehoachxa.domain.reporting.Evaluation;

/**
 * Kết quả chỉ tiêu của xã: one indicator's line in a commune's period results, as its report's Biểu 1 prints it —
 * the indicator's code (the data element: codes from the template, "NQ72-01", are shared by every commune that started
 * from it), name and unit, the target for the period's year (its printed wording and value, either may be blank), the
 * commune's consolidated figure ({@code value}) or words ({@code text}), both null when nothing was reported, and the
 * commune's own judgement of it ({@link Evaluation}, judged by the same rules as the commune app).
 */
public record CommuneIndicatorResult(String code, String name, String unitOfMeasure, String targetText,
                                     BigDecimal targetValue, BigDecimal value, String text, Evaluation evaluation) {
    public CommuneIndicatorResult {
        if (code == null || code.isBlank() || name == null || name.isBlank() || evaluation == null) {
            throw new IllegalArgumentException("an indicator result needs its code, name and evaluation");
        }
        unitOfMeasure = unitOfMeasure == null ? "" : unitOfMeasure;
        targetText = targetText == null ? "" : targetText;
    }

    /** Whether the commune met or exceeded the target. */
    public boolean met() {
        return evaluation == Evaluation.DAT || evaluation == Evaluation.VUOT;
    }
}
