package vn.kehoachxa.domain.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names matrix rows without database ids, for files: {@code taskGroups[5]/6/6.1} is the row numbered 6.1 under the
 * row numbered 6 in the sixth group of the task matrix, numbers being the STT the rows print with
 * ({@link RowNumbers}). Files written before numbers were derived named a row without a label {@code #n}, its place;
 * {@link #lookup} still finds rows by those names.
 */
public final class ItemPaths {
    private ItemPaths() {
    }

    /** Every row of both matrices by its path, in printed order. */
    public static Map<String, AssignmentItem> of(PlanDocument doc) {
        RowNumbers numbers = RowNumbers.of(doc);
        Map<String, AssignmentItem> out = new LinkedHashMap<>();
        add("targetGroups", doc.targetGroups(), numbers, false, out);
        add("taskGroups", doc.taskGroups(), numbers, false, out);
        return out;
    }

    /** {@link #of} plus the older {@code #n} names of rows without a label of their own, for reading files. */
    public static Map<String, AssignmentItem> lookup(PlanDocument doc) {
        RowNumbers numbers = RowNumbers.of(doc);
        Map<String, AssignmentItem> out = of(doc);
        add("targetGroups", doc.targetGroups(), numbers, true, out);
        add("taskGroups", doc.taskGroups(), numbers, true, out);
        return out;
    }

    private static void add(String matrix, List<AssignmentGroup> groups, RowNumbers numbers, boolean legacy,
                            Map<String, AssignmentItem> out) {
        for (int g = 0; g < groups.size(); g++) {
            addItems(matrix + "[" + g + "]", groups.get(g).items(), numbers, legacy, out);
        }
    }

    private static void addItems(String parent, List<AssignmentItem> items, RowNumbers numbers, boolean legacy,
                                 Map<String, AssignmentItem> out) {
        for (int i = 0; i < items.size(); i++) {
            AssignmentItem item = items.get(i);
            String label = item.numberLabel();
            String name = !legacy ? numbers.of(item)
                    : label == null || label.isBlank() ? "#" + (i + 1) : label.strip();
            String path = parent + "/" + name;
            out.putIfAbsent(path, item);
            addItems(path, item.children(), numbers, legacy, out);
        }
    }
}
