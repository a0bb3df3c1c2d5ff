package vn.kehoachxa.domain.plan;

/** Trạng thái kế hoạch: a plan is drafted, then issued, and later superseded by a revision. */
public enum PlanStatus {
    DRAFT, ISSUED, SUPERSEDED
}
