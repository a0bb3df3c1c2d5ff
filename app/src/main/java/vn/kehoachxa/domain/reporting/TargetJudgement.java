package vn.kehoachxa.domain.reporting;

/**
 * An evaluation with what explains it: {@code detail} how it was reached (a relative target's change from its
 * baseline, or who recorded a manual verdict), {@code hint} what the official can do when it is not a verdict.
 * Both Vietnamese; null when there is nothing to say.
 */
public record TargetJudgement(Evaluation evaluation, String detail, String hint) {
    public TargetJudgement {
        if (evaluation == null) {
            throw new IllegalArgumentException("evaluation is required");
        }
    }

    static TargetJudgement of(Evaluation evaluation) {
        return new TargetJudgement(evaluation, null, null);
    }
}
