package vn.kehoachxa.testsupport;

import java.util.List;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.Unit;

/** Removes database ids from a document so a stored-and-read plan compares equal to the one stored. */
public final class Ids {
    private Ids() {
    }

    /** The same document with every id null. */
    public static PlanDocument strip(PlanDocument d) {
        // The global id is given by the database too, when the plan brought none (decision 0037).
        return new PlanDocument(d.plan().withId(null).withIdentity(d.plan().identity().withGlobalId(null)),
                d.basisDocuments(), sections(d.sections()), d.recipients(),
                d.units().stream().map(u -> new Unit(null, u.name(), u.shortName(), u.kind(), u.email(), u.active()))
                        .toList(),
                d.indicatorGroups().stream().map(g -> new IndicatorGroup(null, g.label(), g.title(),
                        g.indicators().stream().map(Ids::indicator).toList())).toList(),
                groups(d.targetGroups()), groups(d.taskGroups()), d.appendices());
    }

    /** The outline without database ids. */
    public static List<Section> sections(List<Section> sections) {
        return sections.stream().map(s -> new Section(null, s.kind(), s.heading(), s.numbering(), s.blocks(),
                sections(s.children()))).toList();
    }

    private static Indicator indicator(Indicator i) {
        return new Indicator(null, i.code(), i.numberLabel(), i.name(), i.unitOfMeasure(), i.baselineValue(),
                i.baselineYear(), i.targets(), i.note(), i.direction(), i.leads(), i.cooperating(), i.deadline());
    }

    private static List<AssignmentGroup> groups(List<AssignmentGroup> groups) {
        return groups.stream().map(g -> new AssignmentGroup(null, g.label(), g.title(), items(g.items()))).toList();
    }

    private static List<AssignmentItem> items(List<AssignmentItem> items) {
        return items.stream().map(i -> new AssignmentItem(null, i.numberLabel(), i.content(), i.indicatorCode(),
                i.leads(), i.cooperating(), i.deadline(), i.expectedProduct(), items(i.children()))).toList();
    }
}
