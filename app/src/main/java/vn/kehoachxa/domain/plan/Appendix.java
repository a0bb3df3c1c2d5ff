package vn.kehoachxa.domain.plan;

/**
 * Phụ lục: how one appendix table of the plan is printed — whether at all, its title, and the heading of its content
 * column. A plan may keep indicators only to evaluate reports without printing an indicator table (Mường La).
 * Blank title or heading means the usual wording ({@link #defaultTitle}, {@link #defaultContentHeading}).
 */
public record Appendix(TableKind table, boolean printed, String title, String contentHeading) {
    public Appendix {
        if (table == null) {
            throw new IllegalArgumentException("appendix table is required");
        }
    }

    /** The title printed when none is set. */
    public static String defaultTitle(TableKind table) {
        return switch (table) {
            case INDICATORS -> "DANH MỤC CHỈ TIÊU";
            case TARGET_MATRIX -> "PHÂN CÔNG THỰC HIỆN CÁC MỤC TIÊU";
            case TASK_MATRIX -> "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH";
        };
    }

    /** The content column's heading when none is set. */
    public static String defaultContentHeading(TableKind table) {
        return switch (table) {
            case INDICATORS -> "Chỉ tiêu";
            case TARGET_MATRIX -> "Tên mục tiêu";
            case TASK_MATRIX -> "Nội dung nhiệm vụ";
        };
    }

    /** The title to print: the set one, else the usual wording. */
    public String effectiveTitle() {
        return title == null || title.isBlank() ? defaultTitle(table) : title;
    }

    /** The content column heading to print: the set one, else the usual wording. */
    public String effectiveContentHeading() {
        return contentHeading == null || contentHeading.isBlank() ? defaultContentHeading(table) : contentHeading;
    }
}
