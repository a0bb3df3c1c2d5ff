package vn.kehoachxa.ui.assignments;

import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.TableKind;

/**
 * The lines of a matrix in printed order with their STT as printed: target rows numbered 1… across groups, task rows
 * restarting in each group, sub-rows {@code 6.1}, {@code 6.2} under their row; a row's own label wins (the rule is
 * {@link RowNumbers}).
 */
public final class MatrixRows {
    private MatrixRows() {
    }

    /** A line with a key for the tree and its parent's key (null: top level). */
    public record Line(MatrixRow row, Object key, Object parentKey) {
    }

    /** The lines of {@code groups} of matrix {@code matrix}, numbered among themselves. */
    public static List<Line> of(List<AssignmentGroup> groups, TableKind matrix) {
        return of(groups, RowNumbers.ofMatrix(groups, matrix));
    }

    /**
     * The lines of {@code shown} (the whole matrix, or the part a filter keeps) with the numbers they print with,
     * {@code numbers} being taken over the whole matrix: a filter does not renumber.
     */
    public static List<Line> of(List<AssignmentGroup> shown, RowNumbers numbers) {
        List<Line> out = new ArrayList<>();
        for (AssignmentGroup g : shown) {
            Object groupKey = null;
            if (!numbers.heading(g).isEmpty()) {
                groupKey = "g" + g.id();
                out.add(new Line(new MatrixRow(g, null, numbers.of(g)), groupKey, null));
            }
            for (AssignmentItem item : g.items()) {
                add(out, g, item, numbers, groupKey);
            }
        }
        return out;
    }

    private static void add(List<Line> out, AssignmentGroup g, AssignmentItem item, RowNumbers numbers,
                            Object parentKey) {
        Object key = "i" + item.id();
        out.add(new Line(new MatrixRow(g, item, numbers.of(item)), key, parentKey));
        for (AssignmentItem child : item.children()) {
            add(out, g, child, numbers, key);
        }
    }
}
