package vn.kehoachxa.domain.plan;

/**
 * Quy tắc hợp lệ của kế hoạch: the limits a stored plan must meet, in one place so that checking a plan file
 * ({@code validate}) and storing it ({@code import}) apply the same rules. They mirror the {@code plan} table's
 * NOT NULL columns and CHECKs ({@code ck_plan_years}, {@code ck_plan_vision}); the summary line (trích yếu) is
 * optional because real Party programmes have none.
 */
public final class PlanRules {
    /** The first year a plan may start (ck_plan_years). */
    public static final int FIRST_YEAR = 2000;
    /** The last year a plan may start (ck_plan_years). */
    public static final int LAST_YEAR = 2100;

    private PlanRules() {
    }
}
