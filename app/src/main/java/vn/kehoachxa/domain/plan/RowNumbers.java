package vn.kehoachxa.domain.plan;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import vn.kehoachxa.domain.text.RomanNumerals;

/**
 * Số thứ tự (STT/TT): the one rule for the printed number of every row of the appendix tables, used by the screens,
 * the Word and Excel exports, the print preview, the unit forms and the periodic report. A row's number comes from
 * its place: indicators 1… across groups, target rows 1… across groups, task rows from 1 in each group, sub-rows
 * the parent's number, a dot and their place ({@code 6.1}). A row's own label (typed, or imported from an original,
 * such as an odd {@code 2a}) is printed instead and does not shift the others. A group prints its own label, else
 * I., II.… by its place when it has a title. Numbers are taken over the whole table, so a filtered view shows the
 * numbers the rows print with; labels equal to what the place gives are not stored ({@link #withOwnLabelsOnly}), so
 * adding, moving or deleting a row renumbers the others.
 */
public final class RowNumbers {
    private final Map<Object, String> byInstance = new IdentityHashMap<>();
    private final Map<Long, String> itemsById = new HashMap<>();
    private final Map<Long, String> indicatorsById = new HashMap<>();
    private final Map<Long, String> groupsById = new HashMap<>();

    private RowNumbers() {
    }

    /** The numbers of every row and group of the plan's three tables. */
    public static RowNumbers of(PlanDocument doc) {
        RowNumbers out = new RowNumbers();
        out.addIndicators(doc.indicatorGroups());
        out.addMatrix(doc.targetGroups(), TableKind.TARGET_MATRIX);
        out.addMatrix(doc.taskGroups(), TableKind.TASK_MATRIX);
        return out;
    }

    /** The numbers of an indicator table. */
    public static RowNumbers ofIndicators(List<IndicatorGroup> groups) {
        RowNumbers out = new RowNumbers();
        out.addIndicators(groups);
        return out;
    }

    /** The numbers of matrix {@code matrix} ({@link TableKind#TARGET_MATRIX} or {@link TableKind#TASK_MATRIX}). */
    public static RowNumbers ofMatrix(List<AssignmentGroup> groups, TableKind matrix) {
        RowNumbers out = new RowNumbers();
        out.addMatrix(groups, matrix);
        return out;
    }

    /** The printed TT of {@code indicator}; "" when it is not in the table these numbers were taken from. */
    public String of(Indicator indicator) {
        return find(indicator, indicator.id(), indicatorsById, indicator.numberLabel());
    }

    /** The printed STT of {@code item}; "" when it is not in the table these numbers were taken from. */
    public String of(AssignmentItem item) {
        return find(item, item.id(), itemsById, item.numberLabel());
    }

    /** The printed label of an assignment group ("" when it prints none). */
    public String of(AssignmentGroup group) {
        return find(group, group.id(), groupsById, group.label());
    }

    /** The printed label of an indicator group ("" when it prints none). */
    public String of(IndicatorGroup group) {
        return find(group, group.id(), groupsById, group.label());
    }

    /** The group's heading row: label and title, or "" when the group prints no heading row. */
    public String heading(AssignmentGroup group) {
        return join(of(group), group.title());
    }

    /** The group's heading row: label and title, or "" when the group prints no heading row. */
    public String heading(IndicatorGroup group) {
        return join(of(group), group.title());
    }

    /** Whether the matrix numbers its top rows on across groups (targets) rather than from 1 in each (tasks). */
    public static boolean continuesAcrossGroups(TableKind matrix) {
        return matrix != TableKind.TASK_MATRIX;
    }

    /** The label a group gets from its place (0-based {@code index}) when it has no label of its own. */
    public static String groupLabel(int index, String title) {
        return blank(title) ? "" : RomanNumerals.of(index + 1) + ".";
    }

    /**
     * {@code doc} with the labels that only restate a row's place removed, so that they cannot go stale when rows are
     * added, moved or deleted; the original's own labels are kept (see {@link OwnLabels}).
     */
    public static PlanDocument withOwnLabelsOnly(PlanDocument doc) {
        return OwnLabels.of(doc);
    }

    private void addIndicators(List<IndicatorGroup> groups) {
        int position = 0;
        for (int g = 0; g < groups.size(); g++) {
            IndicatorGroup group = groups.get(g);
            put(group, group.id(), groupsById, printed(group.label(), groupLabel(g, group.title())));
            for (Indicator i : group.indicators()) {
                position++;
                put(i, i.id(), indicatorsById, printed(i.numberLabel(), Integer.toString(position)));
            }
        }
    }

    private void addMatrix(List<AssignmentGroup> groups, TableKind matrix) {
        int position = 0;
        for (int g = 0; g < groups.size(); g++) {
            AssignmentGroup group = groups.get(g);
            put(group, group.id(), groupsById, printed(group.label(), groupLabel(g, group.title())));
            if (!continuesAcrossGroups(matrix)) {
                position = 0;
            }
            for (AssignmentItem item : group.items()) {
                position++;
                addItem(item, Integer.toString(position));
            }
        }
    }

    private void addItem(AssignmentItem item, String derived) {
        String number = printed(item.numberLabel(), derived);
        put(item, item.id(), itemsById, number);
        for (int c = 0; c < item.children().size(); c++) {
            addItem(item.children().get(c), number + "." + (c + 1));
        }
    }

    private void put(Object row, Long id, Map<Long, String> byId, String number) {
        byInstance.put(row, number);
        if (id != null) {
            byId.put(id, number);
        }
    }

    private String find(Object row, Long id, Map<Long, String> byId, String ownLabel) {
        String number = byInstance.get(row);
        if (number == null && id != null) {
            number = byId.get(id);
        }
        if (number == null) {
            number = blank(ownLabel) ? "" : ownLabel.strip();
        }
        return number;
    }

    private static String printed(String label, String derived) {
        return blank(label) ? derived : label.strip();
    }

    private static String join(String label, String title) {
        String t = blank(title) ? "" : title.strip();
        return label.isEmpty() ? t : t.isEmpty() ? label : label + " " + t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
