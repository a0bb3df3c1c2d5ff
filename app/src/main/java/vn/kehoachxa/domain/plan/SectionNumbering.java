package vn.kehoachxa.domain.plan;

import java.util.ArrayList;
import java.util.List;

import vn.kehoachxa.domain.text.RomanNumerals;

/**
 * Đánh số mục: computes the printed label of every section from its place in the outline ({@code I.}, {@code 1.},
 * {@code 1.1.}, {@code a)}, {@code -}, {@code +}), so reordering renumbers. A section's own {@link Numbering}
 * overrides the default for its depth. Shared by the Word export and the plan editor.
 */
public final class SectionNumbering {

    /** Letters of legal points (điểm) in Vietnamese alphabet order: đ after d; no f, j, w, z. */
    private static final String[] LETTERS = {
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
        "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"
    };

    private SectionNumbering() {
    }

    /** A section with its depth (1 for top level), printed label ("" when unnumbered) and numbered children. */
    public record Numbered(Section section, int depth, String label, List<Numbered> children) {
        public Numbered {
            children = List.copyOf(children);
        }

        /** The label and heading as one printed line, e.g. {@code "II. MỤC TIÊU"}; blank parts are left out. */
        public String headingLine() {
            String heading = section.heading() == null ? "" : section.heading().strip();
            if (label.isEmpty()) {
                return heading;
            }
            return heading.isEmpty() ? label : label + " " + heading;
        }
    }

    /** The default numbering at {@code depth}: I., 1., 1.1., a), -, + and + again below that. */
    public static Numbering defaultFor(int depth) {
        return switch (depth) {
            case 1 -> Numbering.ROMAN;
            case 2 -> Numbering.ARABIC;
            case 3 -> Numbering.DECIMAL_PATH;
            case 4 -> Numbering.LETTER;
            case 5 -> Numbering.DASH;
            default -> {
                if (depth < 1) {
                    throw new IllegalArgumentException("depth starts at 1, not " + depth);
                }
                yield Numbering.PLUS;
            }
        };
    }

    /** Numbers the whole outline; the result mirrors the tree. */
    public static List<Numbered> number(List<Section> roots) {
        return numberChildren(roots, 1, "");
    }

    /** Every numbered section in reading order (parent before its children). */
    public static List<Numbered> flatten(List<Numbered> tree) {
        List<Numbered> out = new ArrayList<>();
        for (Numbered n : tree) {
            out.add(n);
            out.addAll(flatten(n.children()));
        }
        return out;
    }

    /**
     * The label of the {@code index}-th (1-based) counted sibling under a parent whose numeric path is
     * {@code parentPath} ("2" for a parent labelled "2.", "" when the parent has no number).
     */
    public static String label(Numbering numbering, int index, String parentPath) {
        return switch (numbering) {
            case ROMAN -> RomanNumerals.of(index) + ".";
            case ARABIC -> index + ".";
            case DECIMAL_PATH -> (parentPath.isEmpty() ? "" : parentPath + ".") + index + ".";
            case LETTER -> letter(index) + ")";
            case DASH -> "-";
            case PLUS -> "+";
            case NONE -> "";
        };
    }

    private static List<Numbered> numberChildren(List<Section> siblings, int depth, String parentPath) {
        List<Numbered> out = new ArrayList<>(siblings.size());
        int counter = 0;
        for (Section s : siblings) {
            Numbering numbering = s.numbering() == null ? defaultFor(depth) : s.numbering();
            if (counts(numbering)) {
                counter++;
            }
            String label = label(numbering, Math.max(counter, 1), parentPath);
            out.add(new Numbered(s, depth, label, numberChildren(s.children(), depth + 1, path(label))));
        }
        return out;
    }

    /** Dashes, pluses and unnumbered sections do not use up a number of their siblings. */
    private static boolean counts(Numbering numbering) {
        return switch (numbering) {
            case ROMAN, ARABIC, DECIMAL_PATH, LETTER -> true;
            case DASH, PLUS, NONE -> false;
        };
    }

    /** The numeric path children build on: "2." gives "2", "1.1." gives "1.1"; marks and letters give none. */
    private static String path(String label) {
        if (label.endsWith(".") && label.length() > 1) {
            return label.substring(0, label.length() - 1);
        }
        return "";
    }

    private static String letter(int index) {
        int i = index - 1;
        return LETTERS[i % LETTERS.length].repeat(i / LETTERS.length + 1);
    }
}
