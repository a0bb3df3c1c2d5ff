package vn.kehoachxa.domain.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Direction;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.RelativeChange;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.domain.text.VietnameseNumbers;

/**
 * Judges an indicator result against the target in force (đánh giá chỉ tiêu).
 *
 * <p>≥ and ≤ targets are Đạt at the boundary and Vượt beyond it (≥ 97: 97 Đạt, 98 Vượt; ≤ 5: 3 Vượt). > and < targets
 * have no boundary a result can sit on, so any result on the right side is Đạt (> 75,5: 75,5 Chưa đạt, 80 Đạt). A plain
 * figure (=) and a range are read in the indicator's direction: reaching it is Đạt, doing better Vượt, worse Chưa đạt.
 *
 * <p>A relative target sets a level from its baseline (the target's own, else the indicator's): "tăng thêm 10 %" as a
 * percent of 1 200 people asks for 1 320, as a difference in the indicator's unit (percentage points on a rate) for
 * 40 % → 50 %; the result is compared with that level like a ≥ / ≤ target. Without a baseline, or when "X %" on a
 * rate is not stated to be percent or points, it is CHUA_DU_DU_LIEU with a hint, never a verdict. A qualitative target
 * takes the verdict the official recorded for the period, else cannot be judged; a missing result has no data.
 */
public final class TargetEvaluator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private TargetEvaluator() {
    }

    /**
     * The evaluation of {@code result} (null: not reported) against {@code target}, with {@code baseline} as the
     * baseline of a relative target that has none of its own and the figure's meaning told from its wording alone.
     */
    public static Evaluation evaluate(IndicatorTarget target, Direction direction, BigDecimal baseline,
                                      BigDecimal result) {
        return judge(target, null, direction, baseline, null, result, null).evaluation();
    }

    /** The judgement of {@code result} against {@code target} of {@code indicator}, with the period's verdict. */
    public static TargetJudgement judge(IndicatorTarget target, Indicator indicator, BigDecimal result,
                                        ManualVerdict verdict) {
        return judge(target, indicator.unitOfMeasure(), indicator.direction(), indicator.baselineValue(),
                indicator.baselineYear(), result, verdict);
    }

    /**
     * The judgement of {@code result} (null: not reported) against {@code target} of an indicator measured in
     * {@code unitOfMeasure} whose own baseline is {@code baseline} of {@code baselineYear}; {@code verdict} is the
     * official's for this period (used for qualitative targets only).
     */
    public static TargetJudgement judge(IndicatorTarget target, String unitOfMeasure, Direction direction,
                                        BigDecimal baseline, Integer baselineYear, BigDecimal result,
                                        ManualVerdict verdict) {
        if (target == null) {
            return TargetJudgement.of(Evaluation.KHONG_DANH_GIA);
        }
        if (target.kind() == TargetKind.QUALITATIVE) {
            return qualitative(verdict);
        }
        if (target.kind() == TargetKind.RELATIVE) {
            boolean own = target.baselineValue() != null;
            return relative(target, unitOfMeasure, own ? target.baselineValue() : baseline,
                    own ? target.baselineYear() : baselineYear, result);
        }
        if (result == null) {
            return TargetJudgement.of(Evaluation.CHUA_CO_SO_LIEU);
        }
        boolean higherIsBetter = direction != Direction.LOWER_IS_BETTER;
        Evaluation e = target.kind() == TargetKind.RANGE
                ? range(result, target.value(), target.upperValue(), higherIsBetter)
                : compare(result, target.comparator(), target.value(), higherIsBetter);
        return TargetJudgement.of(e);
    }

    private static TargetJudgement qualitative(ManualVerdict verdict) {
        if (verdict == null) {
            return new TargetJudgement(Evaluation.KHONG_DANH_GIA, null, Texts.get("evaluation.hint.qualitative"));
        }
        String by = verdict.recordedBy() == null ? "?" : verdict.recordedBy();
        String at = verdict.recordedAt() == null ? "" : WHEN.format(verdict.recordedAt());
        String detail = Texts.get("evaluation.detail.manual", by, at)
                + (verdict.note() == null ? "" : ": " + verdict.note());
        return new TargetJudgement(verdict.verdict(), detail, null);
    }

    private static TargetJudgement relative(IndicatorTarget target, String unitOfMeasure, BigDecimal baseline,
                                            Integer baselineYear, BigDecimal result) {
        RelativeChange change = RelativeChange.of(target, unitOfMeasure);
        String wording = TargetText.withUnit(target.withRelative(change, target.baselineValue(),
                target.baselineYear()), unitOfMeasure);
        if (baseline == null) {
            return new TargetJudgement(Evaluation.CHUA_DU_DU_LIEU, null,
                    Texts.get("evaluation.hint.noBaseline", wording));
        }
        String amount = number(target.value().abs());
        if (change == null) {
            return new TargetJudgement(Evaluation.CHUA_DU_DU_LIEU, null,
                    Texts.get("evaluation.hint.noChange", wording, amount));
        }
        if (change == RelativeChange.PERCENT && baseline.signum() == 0) {
            return new TargetJudgement(Evaluation.CHUA_DU_DU_LIEU, null, Texts.get("evaluation.hint.zeroBaseline"));
        }
        if (result == null) {
            return TargetJudgement.of(Evaluation.CHUA_CO_SO_LIEU);
        }
        BigDecimal level = change == RelativeChange.PERCENT
                ? baseline.add(baseline.abs().multiply(target.value()).divide(HUNDRED))
                : baseline.add(target.value());
        Comparator comparator = target.comparator() != null ? target.comparator()
                : target.value().signum() < 0 ? Comparator.LE : Comparator.GE;
        Evaluation e = compare(result, comparator, level, target.value().signum() >= 0);
        return new TargetJudgement(e, detail(change, unitOfMeasure, baseline, baselineYear, result, wording), null);
    }

    private static String detail(RelativeChange change, String unitOfMeasure, BigDecimal baseline,
                                 Integer baselineYear, BigDecimal result, String wording) {
        String base = baselineYear == null ? number(baseline)
                : Texts.get("evaluation.detail.baselineOfYear", number(baseline), String.valueOf(baselineYear));
        BigDecimal diff = result.subtract(baseline);
        String moved;
        if (change == RelativeChange.PERCENT) {
            BigDecimal pct = diff.multiply(HUNDRED).divide(baseline.abs(), 1, RoundingMode.HALF_UP);
            moved = signed(pct) + " %";
        } else if (RelativeChange.isRate(unitOfMeasure)) {
            moved = Texts.get("evaluation.detail.points", signed(diff));
        } else {
            String unit = unitOfMeasure == null || unitOfMeasure.isBlank() ? "" : " " + unitOfMeasure.strip();
            moved = signed(diff) + unit;
        }
        return Texts.get("evaluation.detail.relative", base, number(result), moved, wording);
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + number(value);
    }

    private static String number(BigDecimal value) {
        return VietnameseNumbers.format(value);
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
