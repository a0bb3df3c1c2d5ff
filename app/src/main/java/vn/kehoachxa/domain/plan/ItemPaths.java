package vn.kehoachxa.domain.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names matrix rows without database ids, for files: {@code taskGroups[5]/6/6.1} is the row labelled 6.1 under the
 * row labelled 6 in the sixth group of the task matrix; a row without a printed label is {@code #n}, its place.
 * Labels are unique within their siblings (the plan file checks it), so a path names one row.
 */
public final class ItemPaths {
    private ItemPaths() {
    }

    /** Every row of both matrices by its path, in printed order. */
    public static Map<String, AssignmentItem> of(PlanDocument doc) {
        Map<String, AssignmentItem> out = new LinkedHashMap<>();
        add("targetGroups", doc.targetGroups(), out);
        add("taskGroups", doc.taskGroups(), out);
        return out;
    }

    private static void add(String matrix, List<AssignmentGroup> groups, Map<String, AssignmentItem> out) {
        for (int g = 0; g < groups.size(); g++) {
            addItems(matrix + "[" + g + "]", groups.get(g).items(), out);
        }
    }

    private static void addItems(String parent, List<AssignmentItem> items, Map<String, AssignmentItem> out) {
        for (int i = 0; i < items.size(); i++) {
            AssignmentItem item = items.get(i);
            String label = item.numberLabel();
            String path = parent + "/" + (label == null || label.isBlank() ? "#" + (i + 1) : label.strip());
            out.putIfAbsent(path, item);
            addItems(path, item.children(), out);
        }
    }
}
