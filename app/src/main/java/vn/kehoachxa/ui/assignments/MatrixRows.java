package vn.kehoachxa.ui.assignments;

import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.TableKind;

/**
 * The lines of a matrix in printed order with their STT as printed: target rows numbered 1… across groups, task rows
 * restarting in each group, sub-rows {@code 6.1}, {@code 6.2} under their row; a row's own label wins.
 */
public final class MatrixRows {
    private MatrixRows() {
    }

    /** A line with a key for the tree and its parent's key (null: top level). */
    public record Line(MatrixRow row, Object key, Object parentKey) {
    }

    /** The lines of {@code groups} of matrix {@code matrix}. */
    public static List<Line> of(List<AssignmentGroup> groups, TableKind matrix) {
        List<Line> out = new ArrayList<>();
        int position = 0;
        for (AssignmentGroup g : groups) {
            Object groupKey = null;
            if (hasText(g.label()) || hasText(g.title())) {
                groupKey = "g" + g.id();
                out.add(new Line(new MatrixRow(g, null, g.label() == null ? "" : g.label()), groupKey, null));
            }
            if (matrix == TableKind.TASK_MATRIX) {
                position = 0;
            }
            for (AssignmentItem item : g.items()) {
                position++;
                add(out, g, item, String.valueOf(position), groupKey);
            }
        }
        return out;
    }

    private static void add(List<Line> out, AssignmentGroup g, AssignmentItem item, String defaultNumber,
                            Object parentKey) {
        String number = hasText(item.numberLabel()) ? item.numberLabel().strip() : defaultNumber;
        Object key = "i" + item.id();
        out.add(new Line(new MatrixRow(g, item, number), key, parentKey));
        for (int i = 0; i < item.children().size(); i++) {
            add(out, g, item.children().get(i), number + "." + (i + 1), key);
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
