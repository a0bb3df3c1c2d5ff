package vn.kehoachxa.domain.plan;

/** Whether a higher or a lower result is better (coverage rates vs. mortality rates). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
