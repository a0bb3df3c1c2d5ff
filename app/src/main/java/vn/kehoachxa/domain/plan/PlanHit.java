package vn.kehoachxa.domain.plan;

/**
 * Kết quả tìm: one place in a plan where the searched words occur — a section of the outline, an indicator, a target
 * or a task row — with where it is as the official reads it ("Mục II.3", "Chỉ tiêu 5", "Phụ lục II, nhóm I, nhiệm
 * vụ 12") and the words around the match. {@code id} is the section's, indicator's or row's id, so the screen that
 * shows it can select it.
 */
public record PlanHit(Place place, long id, String where, String excerpt) {
    /** What was found, and so which screen shows it. */
    public enum Place {
        SECTION, INDICATOR, TARGET, TASK
    }

    public PlanHit {
        if (place == null || where == null || excerpt == null) {
            throw new IllegalArgumentException("place, where and excerpt are required");
        }
    }
}
