package vn.kehoachxa.domain.reporting;

import java.math.BigDecimal;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Direction;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.TargetKind;

/**
 * Judges an indicator result against the target in force (đánh giá chỉ tiêu).
 *
 * <p>≥ and ≤ targets are Đạt at the boundary and Vượt beyond it (≥ 97: 97 Đạt, 98 Vượt; ≤ 5: 3 Vượt). > and < targets
 * have no boundary a result can sit on, so any result on the right side is Đạt (> 75,5: 75,5 Chưa đạt, 80 Đạt). A plain
 * figure (=) and a range are read in the indicator's direction: reaching it is Đạt, doing better Vượt, worse Chưa đạt.
 * A relative target compares the change from the baseline, in the indicator's unit, the same way; without a baseline
 * it cannot be judged. Qualitative targets (and a missing target) cannot be judged; a missing result has no data.
 */
public final class TargetEvaluator {
    private TargetEvaluator() {
    }

    /** The evaluation of {@code result} (null: not reported) against {@code target}. */
    public static Evaluation evaluate(IndicatorTarget target, Direction direction, BigDecimal baseline,
                                      BigDecimal result) {
        if (target == null || target.kind() == TargetKind.QUALITATIVE) {
            return Evaluation.KHONG_DANH_GIA;
        }
        if (result == null) {
            return Evaluation.CHUA_CO_SO_LIEU;
        }
        boolean higherIsBetter = direction != Direction.LOWER_IS_BETTER;
        return switch (target.kind()) {
            case NUMERIC -> compare(result, target.comparator(), target.value(), higherIsBetter);
            case RANGE -> range(result, target.value(), target.upperValue(), higherIsBetter);
            case RELATIVE -> baseline == null ? Evaluation.KHONG_DANH_GIA
                    : compare(result.subtract(baseline), relativeComparator(target), target.value(),
                    target.value().signum() >= 0);
            case QUALITATIVE -> Evaluation.KHONG_DANH_GIA;
        };
    }

    private static Comparator relativeComparator(IndicatorTarget target) {
        if (target.comparator() != null) {
            return target.comparator();
        }
        return target.value().signum() < 0 ? Comparator.LE : Comparator.GE;
    }

    private static Evaluation compare(BigDecimal result, Comparator comparator, BigDecimal value,
                                      boolean higherIsBetter) {
        int c = result.compareTo(value);
        return switch (comparator) {
            case GE -> c == 0 ? Evaluation.DAT : c > 0 ? Evaluation.VUOT : Evaluation.CHUA_DAT;
            case LE -> c == 0 ? Evaluation.DAT : c < 0 ? Evaluation.VUOT : Evaluation.CHUA_DAT;
            case GT -> c > 0 ? Evaluation.DAT : Evaluation.CHUA_DAT;
            case LT -> c < 0 ? Evaluation.DAT : Evaluation.CHUA_DAT;
            case EQ -> c == 0 ? Evaluation.DAT : (c > 0) == higherIsBetter ? Evaluation.VUOT : Evaluation.CHUA_DAT;
        };
    }

    private static Evaluation range(BigDecimal result, BigDecimal low, BigDecimal high, boolean higherIsBetter) {
        if (result.compareTo(low) >= 0 && result.compareTo(high) <= 0) {
            return Evaluation.DAT;
        }
        boolean above = result.compareTo(high) > 0;
        return above == higherIsBetter ? Evaluation.VUOT : Evaluation.CHUA_DAT;
    }
}
