package vn.kehoachxa.domain.plan;

/** The shape of a target: a number with a comparator, a range (4–6), relative to the baseline, or words only. */
public enum TargetKind {
    NUMERIC, RANGE, RELATIVE, QUALITATIVE
}
