package vn.kehoachxa.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.DeadlineText;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.PlanReadiness;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.text.UnitNames;

/**
 * Tổng quan: a plan at a glance — counts, rows per task group, tasks per lead unit, deadlines in a year, and what is
 * still missing before the plan can be issued ({@link PlanReadiness}). Pure: computed from a {@link PlanDocument}.
 */
public record PlanOverview(int sections, int indicators, int tasks, List<String> taskGroups,
                           Map<String, Integer> tasksPerLead, List<String> deadlinesThisYear,
                           List<PlanReadiness.Problem> missing) {

    /** The overview of {@code doc}, with deadlines falling in {@code year}. */
    public static PlanOverview of(PlanDocument doc, int year) {
        int sections = doc.sections().stream().mapToInt(Section::size).sum();
        List<AssignmentItem> tasks = PlanDocument.flatten(doc.taskGroups());
        Map<String, Integer> perLead = new TreeMap<>(java.text.Collator.getInstance(Texts.LOCALE));
        Map<String, String> unitNames = unitNamesByKey(doc);
        for (AssignmentItem task : tasks) {
            // One line per unit however the matrix spells it ("Trạm Y tế" and "Trạm Y tế xã" are one unit).
            task.leads().stream().map(lead -> lead.generic() ? lead.name()
                            : unitNames.getOrDefault(UnitNames.matchKey(lead.name()), lead.name()))
                    .distinct().forEach(name -> perLead.merge(name, 1, Integer::sum));
        }
        List<String> deadlines = new ArrayList<>();
        RowNumbers numbers = RowNumbers.of(doc);
        for (AssignmentItem item : concat(PlanDocument.flatten(doc.targetGroups()), tasks)) {
            if (item.deadline() == null) {
                continue;
            }
            DeadlineText.dueDate(item.deadline()).filter(d -> d.getYear() == year).ifPresent(due ->
                    deadlines.add(Texts.get("dashboard.deadline", numbers.of(item), item.content(), shortDate(due))));
        }
        List<String> groups = doc.taskGroups().stream().map(g -> Texts.get("dashboard.taskGroup.row",
                numbers.of(g), g.title() == null ? "" : g.title(),
                PlanDocument.flatten(List.of(g)).size())).toList();
        return new PlanOverview(sections, doc.indicators().size(), tasks.size(), groups, new LinkedHashMap<>(perLead),
                deadlines, PlanReadiness.check(doc));
    }

    /** The unit's name under the match keys of its name and short name. */
    private static Map<String, String> unitNamesByKey(PlanDocument doc) {
        Map<String, String> names = new java.util.HashMap<>();
        for (Unit unit : doc.units()) {
            names.putIfAbsent(UnitNames.matchKey(unit.name()), unit.name());
            if (unit.shortName() != null && !unit.shortName().isBlank()) {
                names.putIfAbsent(UnitNames.matchKey(unit.shortName()), unit.name());
            }
        }
        return names;
    }

    private static String shortDate(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    private static List<AssignmentItem> concat(List<AssignmentItem> a, List<AssignmentItem> b) {
        List<AssignmentItem> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
