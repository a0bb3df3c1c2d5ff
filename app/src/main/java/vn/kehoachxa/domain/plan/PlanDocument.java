package vn.kehoachxa.domain.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole plan as one value: what the plan file holds and what the Word and Excel exports print. {@code units}
 * are the units the plan refers to; assignees name them.
 */
public record PlanDocument(Plan plan, List<String> basisDocuments, List<Section> sections,
                           List<Recipient> recipients, List<Unit> units, List<IndicatorGroup> indicatorGroups,
                           List<AssignmentGroup> targetGroups, List<AssignmentGroup> taskGroups) {
    public PlanDocument {
        basisDocuments = List.copyOf(basisDocuments);
        sections = List.copyOf(sections);
        recipients = List.copyOf(recipients);
        units = List.copyOf(units);
        indicatorGroups = List.copyOf(indicatorGroups);
        targetGroups = List.copyOf(targetGroups);
        taskGroups = List.copyOf(taskGroups);
    }

    /** All indicators in printed order. */
    public List<Indicator> indicators() {
        return indicatorGroups.stream().flatMap(g -> g.indicators().stream()).toList();
    }

    /** All rows of the matrix, sub-rows right after their parent, in printed order. */
    public static List<AssignmentItem> flatten(List<AssignmentGroup> groups) {
        ArrayList<AssignmentItem> out = new ArrayList<>();
        for (AssignmentGroup g : groups) {
            for (AssignmentItem item : g.items()) {
                addWithChildren(item, out);
            }
        }
        return out;
    }

    private static void addWithChildren(AssignmentItem item, List<AssignmentItem> out) {
        out.add(item);
        item.children().forEach(c -> addWithChildren(c, out));
    }
}
