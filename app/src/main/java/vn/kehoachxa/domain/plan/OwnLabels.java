package vn.kehoachxa.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import vn.kehoachxa.domain.text.RomanNumerals;

/**
 * Which number labels a plan keeps as its own (số thứ tự riêng). Imported plans and older databases hold the
 * original's numbering as labels ("1", "2", … "6.1", "I.", "II."); kept, it goes stale as soon as a row is deleted
 * (2, 3, 4 and a new 4). So, per run of siblings (the top rows of a task group, of the whole target matrix or
 * indicator table, the sub-rows of one row, the groups of a table):
 * <ul>
 *   <li>when every label of the run is a whole number (sub-rows: the parent's label, a dot and a whole number;
 *       groups: I., II., …) and the numbers go up down the table, the labels are the original's positional numbering
 *       and are all dropped: the rows are numbered by place;</li>
 *   <li>otherwise a label is dropped only when it equals the number its place gives; the others (an original's
 *       "1." group before "II.", a "2a") are the original's own and are kept.</li>
 * </ul>
 * Migration V5 applies the same rule in SQL to plans already stored.
 */
final class OwnLabels {
    private OwnLabels() {
    }

    static PlanDocument of(PlanDocument doc) {
        List<IndicatorGroup> groups = doc.indicatorGroups();
        List<String> groupLabels = groupLabels(groups.stream().map(IndicatorGroup::label).toList(),
                groups.stream().map(IndicatorGroup::title).toList());
        List<Indicator> all = doc.indicators();
        List<String> labels = run(all.stream().map(Indicator::numberLabel).toList(), "", n -> Integer.toString(n));
        List<IndicatorGroup> out = new ArrayList<>();
        int at = 0;
        for (int g = 0; g < groups.size(); g++) {
            List<Indicator> indicators = new ArrayList<>();
            for (Indicator i : groups.get(g).indicators()) {
                indicators.add(new Indicator(i.id(), i.code(), labels.get(at++), i.name(), i.unitOfMeasure(),
                        i.baselineValue(), i.baselineYear(), i.targets(), i.note(), i.direction(), i.leads(),
                        i.cooperating(), i.deadline()));
            }
            out.add(new IndicatorGroup(groups.get(g).id(), groupLabels.get(g), groups.get(g).title(), indicators));
        }
        return new PlanDocument(doc.plan(), doc.basisDocuments(), doc.sections(), doc.recipients(), doc.units(), out,
                matrix(doc.targetGroups(), TableKind.TARGET_MATRIX), matrix(doc.taskGroups(), TableKind.TASK_MATRIX),
                doc.appendices());
    }

    private static List<AssignmentGroup> matrix(List<AssignmentGroup> groups, TableKind kind) {
        List<String> groupLabels = groupLabels(groups.stream().map(AssignmentGroup::label).toList(),
                groups.stream().map(AssignmentGroup::title).toList());
        List<List<AssignmentItem>> items = new ArrayList<>();
        if (RowNumbers.continuesAcrossGroups(kind)) {
            List<AssignmentItem> all = groups.stream().flatMap(g -> g.items().stream()).toList();
            List<AssignmentItem> kept = topRows(all);
            int at = 0;
            for (AssignmentGroup g : groups) {
                items.add(kept.subList(at, at + g.items().size()));
                at += g.items().size();
            }
        } else {
            groups.forEach(g -> items.add(topRows(g.items())));
        }
        List<AssignmentGroup> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            AssignmentGroup group = groups.get(g);
            out.add(new AssignmentGroup(group.id(), groupLabels.get(g), group.title(), items.get(g)));
        }
        return out;
    }

    /** One run of top rows numbered 1, 2, 3 by place, each with its sub-rows. */
    private static List<AssignmentItem> topRows(List<AssignmentItem> rows) {
        List<String> labels = run(rows.stream().map(AssignmentItem::numberLabel).toList(), "",
                n -> Integer.toString(n));
        List<AssignmentItem> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(withLabel(rows.get(i), labels.get(i), Integer.toString(i + 1)));
        }
        return out;
    }

    /** {@code item} with {@code label}; its sub-rows numbered under what it prints ({@code derived} if unlabelled). */
    private static AssignmentItem withLabel(AssignmentItem item, String label, String derived) {
        String old = blank(item.numberLabel()) ? derived : item.numberLabel().strip();
        String printed = label == null ? derived : label;
        List<AssignmentItem> children = item.children();
        List<String> labels = run(children.stream().map(AssignmentItem::numberLabel).toList(), old + ".",
                n -> printed + "." + n);
        List<AssignmentItem> kept = new ArrayList<>();
        for (int c = 0; c < children.size(); c++) {
            kept.add(withLabel(children.get(c), labels.get(c), printed + "." + (c + 1)));
        }
        return new AssignmentItem(item.id(), label, item.content(), item.indicatorCode(), item.leads(),
                item.cooperating(), item.deadline(), item.expectedProduct(), kept);
    }

    /**
     * The labels kept of one run: none when the labels are the positional numbering ({@code prefix} and whole
     * numbers going up), else those that differ from {@code byPlace} (1-based).
     */
    static List<String> run(List<String> labels, String prefix, IntFunction<String> byPlace) {
        boolean positional = ascending(labels, s -> s.startsWith(prefix)
                && s.substring(prefix.length()).matches("\\d{1,6}")
                ? Integer.parseInt(s.substring(prefix.length())) : -1);
        List<String> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            out.add(positional || blank(label) || label.strip().equals(byPlace.apply(i + 1)) ? null : label.strip());
        }
        return out;
    }

    /** Group labels: I., II.… going up are positional; a lone label equal to its place's is dropped too. */
    private static List<String> groupLabels(List<String> labels, List<String> titles) {
        boolean positional = ascending(labels, OwnLabels::roman);
        List<String> out = new ArrayList<>(labels.size());
        for (int g = 0; g < labels.size(); g++) {
            String label = labels.get(g);
            String byPlace = RowNumbers.groupLabel(g, titles.get(g));
            boolean titled = !blank(titles.get(g));
            out.add(blank(label) || titled && (positional || label.strip().equals(byPlace)) ? null : label.strip());
        }
        return out;
    }

    private static boolean ascending(List<String> labels, java.util.function.ToIntFunction<String> number) {
        int last = 0;
        for (String label : labels) {
            if (blank(label)) {
                continue;
            }
            int n = number.applyAsInt(label.strip());
            if (n <= last) {
                return false;
            }
            last = n;
        }
        return true;
    }

    /** "IV." gives 4; anything else -1. */
    private static int roman(String label) {
        for (int n = 1; n <= 50; n++) {
            if (label.equals(RomanNumerals.of(n) + ".")) {
                return n;
            }
        }
        return -1;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
