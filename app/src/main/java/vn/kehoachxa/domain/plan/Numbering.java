package vn.kehoachxa.domain.plan;

/** How a section heading is numbered when printed; {@code null} on a section means "the default for its depth". */
public enum Numbering {
    /** I., II., III. */
    ROMAN,
    /** 1., 2., 3. */
    ARABIC,
    /** 1.1., 1.2. (the parent's number, a dot, this one's) */
    DECIMAL_PATH,
    /** a), b), c) */
    LETTER,
    /** - */
    DASH,
    /** + */
    PLUS,
    /** no number at all */
    NONE
}
