package vn.kehoachxa.testsupport;

import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.exchange.planfile.PlanFiles;

/**
 * Plans {@code k} times the size of the real Mường La sample, for the scale curve: every section's paragraphs,
 * every indicator group's indicators and every target and task group's rows repeated {@code k} times (copies of an
 * indicator get their own code, and the target rows of a copy point at the copy), with the same units, heading and
 * appendices. Copies after the first say which copy they are, so nothing looks like a duplicate to the import.
 * The same plans as the benchmarks' scale curve (bench's ScaledPlans), for tests that count what a size costs.
 */
public final class ScaledPlans {
    private ScaledPlans() {
    }

    /** The Mường La sample scaled {@code k} times ({@code k} = 1 is the sample itself). */
    public static PlanDocument muongLaTimes(int k) {
        PlanDocument d = PlanFiles.readBundledSample("muong-la");
        if (k == 1) {
            return d;
        }
        List<IndicatorGroup> indicators = d.indicatorGroups().stream().map(g -> new IndicatorGroup(null, g.label(),
                g.title(), copies(g.indicators(), k, ScaledPlans::indicator))).toList();
        return new PlanDocument(d.plan(), d.basisDocuments(), d.sections().stream().map(s -> section(s, k)).toList(),
                d.recipients(), d.units(), indicators, groups(d.targetGroups(), k), groups(d.taskGroups(), k),
                d.appendices());
    }

    private interface Copier<T> {
        T copy(T original, int copy);
    }

    private static <T> List<T> copies(List<T> originals, int k, Copier<T> copier) {
        List<T> out = new ArrayList<>(originals.size() * k);
        for (int copy = 0; copy < k; copy++) {
            for (T t : originals) {
                out.add(copier.copy(t, copy));
            }
        }
        return out;
    }

    private static String suffix(int copy) {
        return copy == 0 ? "" : " (" + (copy + 1) + ")";
    }

    private static String code(String code, int copy) {
        return code == null || copy == 0 ? code : code + "-" + (copy + 1);
    }

    private static Section section(Section s, int k) {
        return new Section(null, s.kind(), s.heading(), s.numbering(),
                copies(s.blocks(), k, (b, c) -> new TextBlock(b.kind(), b.text() + suffix(c))),
                s.children().stream().map(child -> section(child, k)).toList());
    }

    private static Indicator indicator(Indicator i, int copy) {
        return new Indicator(null, code(i.code(), copy), i.numberLabel(), i.name() + suffix(copy), i.unitOfMeasure(),
                i.baselineValue(), i.baselineYear(), i.targets(), i.note(), i.direction(), i.leads(),
                i.cooperating(), i.deadline());
    }

    private static List<AssignmentGroup> groups(List<AssignmentGroup> groups, int k) {
        return groups.stream().map(g -> new AssignmentGroup(null, g.label(), g.title(),
                copies(g.items(), k, ScaledPlans::item))).toList();
    }

    private static AssignmentItem item(AssignmentItem i, int copy) {
        return new AssignmentItem(null, i.numberLabel(), i.content() + suffix(copy), code(i.indicatorCode(), copy),
                i.leads(), i.cooperating(), i.deadline(), i.expectedProduct(),
                i.children().stream().map(child -> item(child, copy)).toList());
    }
}
