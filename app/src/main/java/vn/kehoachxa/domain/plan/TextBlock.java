package vn.kehoachxa.domain.plan;

/** One body block of a section (đoạn văn, gạch đầu dòng); the bullet mark is not part of the text. */
public record TextBlock(BlockKind kind, String text) {
    public TextBlock {
        if (kind == null || text == null) {
            throw new IllegalArgumentException("kind and text are required");
        }
    }
}
