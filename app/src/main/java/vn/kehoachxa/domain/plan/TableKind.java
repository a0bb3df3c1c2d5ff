package vn.kehoachxa.domain.plan;

/** Which appendix table a group of rows belongs to. */
public enum TableKind {
    /** Danh mục chỉ tiêu. */
    INDICATORS,
    /** Phân công thực hiện các mục tiêu (Phụ lục 1). */
    TARGET_MATRIX,
    /** Phân công nhiệm vụ (Phụ lục 2). */
    TASK_MATRIX
}
