package vn.kehoachxa.ui.outline;

import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.plan.BlockKind;
import vn.kehoachxa.domain.plan.TextBlock;

/**
 * A section's body as the text an official types, one block per line, marked as the plan prints them:
 * {@code - } bullet, {@code + } sub-bullet, {@code * } note, anything else a paragraph.
 */
public final class BodyText {
    private BodyText() {
    }

    /** The blocks of {@code text}; blank lines are dropped. */
    public static List<TextBlock> parse(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        for (String raw : text == null ? new String[0] : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            BlockKind kind = switch (line.charAt(0)) {
                case '-', '–' -> BlockKind.BULLET;
                case '+' -> BlockKind.SUB_BULLET;
                case '*' -> BlockKind.NOTE;
                default -> BlockKind.PARAGRAPH;
            };
            String body = kind == BlockKind.PARAGRAPH ? line : line.substring(1).strip();
            blocks.add(new TextBlock(kind, body));
        }
        return blocks;
    }

    /** The text of {@code blocks}, one per line with its mark. */
    public static String format(List<TextBlock> blocks) {
        StringBuilder out = new StringBuilder();
        for (TextBlock b : blocks) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(switch (b.kind()) {
                case BULLET -> "- ";
                case SUB_BULLET -> "+ ";
                case NOTE -> "* ";
                case PARAGRAPH -> "";
            }).append(b.text());
        }
        return out.toString();
    }
}
