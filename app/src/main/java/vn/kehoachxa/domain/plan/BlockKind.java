package vn.kehoachxa.domain.plan;

/** The kind of a body block of a section: a paragraph, a "-" bullet, a "+" sub-bullet, or a "*" note line. */
public enum BlockKind {
    PARAGRAPH, BULLET, SUB_BULLET, NOTE
}
