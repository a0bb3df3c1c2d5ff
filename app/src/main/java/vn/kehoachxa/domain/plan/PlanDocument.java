package vn.kehoachxa.domain.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The whole plan as one value: what the plan file holds and what the Word and Excel exports print. {@code units}
 * are the units the plan refers to; assignees name them. {@code appendices} says how appendix tables print; a table
 * without an entry prints with the usual title when it has rows (see {@link #appendix}).
 */
public record PlanDocument(Plan plan, List<String> basisDocuments, List<Section> sections,
                           List<Recipient> recipients, List<Unit> units, List<IndicatorGroup> indicatorGroups,
                           List<AssignmentGroup> targetGroups, List<AssignmentGroup> taskGroups,
                           List<Appendix> appendices) {
    public PlanDocument {
        appendices = List.copyOf(appendices);
        basisDocuments = List.copyOf(basisDocuments);
        sections = List.copyOf(sections);
        recipients = List.copyOf(recipients);
        units = List.copyOf(units);
        indicatorGroups = List.copyOf(indicatorGroups);
        targetGroups = List.copyOf(targetGroups);
        taskGroups = List.copyOf(taskGroups);
    }

    /** A document whose appendix tables print the usual way. */
    public PlanDocument(Plan plan, List<String> basisDocuments, List<Section> sections, List<Recipient> recipients,
                        List<Unit> units, List<IndicatorGroup> indicatorGroups, List<AssignmentGroup> targetGroups,
                        List<AssignmentGroup> taskGroups) {
        this(plan, basisDocuments, sections, recipients, units, indicatorGroups, targetGroups, taskGroups, List.of());
    }

    /** How {@code table} prints: its own settings, or printed-when-not-empty with the usual wording. */
    public Appendix appendix(TableKind table) {
        return appendices.stream().filter(a -> a.table() == table).findFirst()
                .orElseGet(() -> new Appendix(table, hasRows(table), null, null));
    }

    /** The appendix tables that print, in the order Phụ lục I, II, III: indicators, targets, tasks. */
    public List<Appendix> printedAppendices() {
        return Arrays.stream(TableKind.values()).map(this::appendix)
                .filter(a -> a.printed() && hasRows(a.table())).toList();
    }

    private boolean hasRows(TableKind table) {
        return switch (table) {
            case INDICATORS -> indicatorGroups.stream().anyMatch(g -> !g.indicators().isEmpty());
            case TARGET_MATRIX -> targetGroups.stream().anyMatch(g -> !g.items().isEmpty());
            case TASK_MATRIX -> taskGroups.stream().anyMatch(g -> !g.items().isEmpty());
        };
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
