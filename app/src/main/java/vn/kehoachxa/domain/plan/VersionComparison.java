package vn.kehoachxa.domain.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.VersionDiff.Area;
import vn.kehoachxa.domain.plan.VersionDiff.Difference;
import vn.kehoachxa.domain.plan.VersionDiff.Kind;

/**
 * Compares two versions of a plan as they print. Parts are matched by what stays stable between versions: sections
 * by their printed number and heading path, indicators by code, matrix rows by their path (matrix, group, labels;
 * {@link ItemPaths}). Values are compared as printed (targets by {@link TargetText#printed}, deadlines by their
 * wording), so a change the reader of the document would see is listed and nothing else.
 */
public final class VersionComparison {
    private final List<Difference> out = new ArrayList<>();

    private VersionComparison() {
    }

    /** What changed from {@code from} to {@code to}. */
    public static VersionDiff compare(PlanDocument from, PlanDocument to) {
        VersionComparison c = new VersionComparison();
        c.plan(from, to);
        c.sections(from, to);
        c.indicators(from, to);
        c.rows(from, to);
        return new VersionDiff(from.plan(), to.plan(), c.out);
    }

    private void plan(PlanDocument a, PlanDocument b) {
        Plan p = a.plan();
        Plan q = b.plan();
        String where = Texts.get("diff.plan");
        field(Area.PLAN, where, "diff.field.summary", p.summary(), q.summary());
        field(Area.PLAN, where, "diff.field.period", p.startYear() + "–" + p.endYear(),
                q.startYear() + "–" + q.endYear());
        field(Area.PLAN, where, "diff.field.opening", p.openingText(), q.openingText());
        field(Area.PLAN, where, "diff.field.closing", p.closingText(), q.closingText());
        field(Area.PLAN, where, "diff.field.basis", String.join("\n", a.basisDocuments()),
                String.join("\n", b.basisDocuments()));
        field(Area.PLAN, where, "diff.field.recipients", recipients(a), recipients(b));
        field(Area.PLAN, where, "diff.field.signer", signer(p.signer()), signer(q.signer()));
    }

    private void sections(PlanDocument a, PlanDocument b) {
        Map<String, Section> before = sections(a.sections());
        Map<String, Section> after = sections(b.sections());
        matched(Area.SECTION, before, after, (where, s, t) -> field(Area.SECTION, where, "diff.field.body",
                body(s), body(t)));
    }

    private void indicators(PlanDocument a, PlanDocument b) {
        Map<String, Indicator> before = byCode(a);
        Map<String, Indicator> after = byCode(b);
        matched(Area.INDICATOR, before, after, (where, i, j) -> {
            field(Area.INDICATOR, where, "diff.field.name", i.name(), j.name());
            field(Area.INDICATOR, where, "diff.field.unit", i.unitOfMeasure(), j.unitOfMeasure());
            field(Area.TARGET, where, "diff.field.target", targets(i), targets(j));
            field(Area.INDICATOR, where, "diff.field.note", i.note(), j.note());
            assignees(where, i.leads(), i.cooperating(), j.leads(), j.cooperating());
            field(Area.DEADLINE, where, "diff.field.deadline", deadline(i.deadline()), deadline(j.deadline()));
        }, i -> i.code() + ". " + i.name());
    }

    private void rows(PlanDocument a, PlanDocument b) {
        Map<String, AssignmentItem> before = ItemPaths.of(a);
        Map<String, AssignmentItem> after = ItemPaths.of(b);
        matched(Area.ASSIGNMENT, before, after, (where, i, j) -> {
            field(Area.ASSIGNMENT, where, "diff.field.content", i.content(), j.content());
            assignees(where, i.leads(), i.cooperating(), j.leads(), j.cooperating());
            field(Area.DEADLINE, where, "diff.field.deadline", deadline(i.deadline()), deadline(j.deadline()));
            field(Area.ASSIGNMENT, where, "diff.field.product", i.expectedProduct(), j.expectedProduct());
        }, i -> short80(i.content()));
    }

    private void assignees(String where, List<Assignee> leadsA, List<Assignee> coopA, List<Assignee> leadsB,
                           List<Assignee> coopB) {
        field(Area.ASSIGNMENT, where, "diff.field.leads", names(leadsA), names(leadsB));
        field(Area.ASSIGNMENT, where, "diff.field.cooperating", names(coopA), names(coopB));
    }

    /** A part by key in both versions: added, removed, or compared field by field by {@code same}. */
    private <T> void matched(Area area, Map<String, T> before, Map<String, T> after, Fields<T> same) {
        matched(area, before, after, same, t -> "");
    }

    private <T> void matched(Area area, Map<String, T> before, Map<String, T> after, Fields<T> same,
                             Function<T, String> describe) {
        for (Map.Entry<String, T> e : before.entrySet()) {
            T other = after.get(e.getKey());
            String where = where(e.getKey(), describe.apply(e.getValue()));
            if (other == null) {
                out.add(new Difference(area, Kind.REMOVED, where, null, null, null));
            } else {
                same.compare(where, e.getValue(), other);
            }
        }
        for (Map.Entry<String, T> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                out.add(new Difference(area, Kind.ADDED, where(e.getKey(), describe.apply(e.getValue())), null,
                        null, null));
            }
        }
    }

    private static String where(String key, String description) {
        return description.isEmpty() ? key : key + " — " + description;
    }

    private void field(Area area, String where, String fieldKey, String before, String after) {
        String x = blankToNull(before);
        String y = blankToNull(after);
        if (!Objects.equals(x, y)) {
            out.add(new Difference(area, Kind.CHANGED, where, Texts.get(fieldKey), x, y));
        }
    }

    /** Sections by printed number path and heading ("III.2 Nâng cao năng lực"), in printed order. */
    private static Map<String, Section> sections(List<Section> roots) {
        Map<String, Section> out = new LinkedHashMap<>();
        for (SectionNumbering.Numbered n : SectionNumbering.flatten(SectionNumbering.number(roots))) {
            String label = n.label() == null ? "" : n.label().strip() + " ";
            String heading = n.section().heading() == null ? "" : n.section().heading().strip();
            out.putIfAbsent((label + heading).strip(), n.section());
        }
        return out;
    }

    private static Map<String, Indicator> byCode(PlanDocument doc) {
        return doc.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity(),
                (x, y) -> x, LinkedHashMap::new));
    }

    private static String body(Section s) {
        return s.blocks().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
    }

    private static String targets(Indicator i) {
        return i.targets().stream().map(TargetText::printed).collect(Collectors.joining("; "));
    }

    private static String deadline(Deadline d) {
        return d == null ? null : DeadlineText.format(d);
    }

    private static String names(List<Assignee> assignees) {
        return assignees.stream().map(Assignee::name).collect(Collectors.joining("; "));
    }

    private static String recipients(PlanDocument doc) {
        return doc.recipients().stream().map(r -> r.note() == null ? r.name() : r.name() + " " + r.note())
                .collect(Collectors.joining("\n"));
    }

    private static String signer(Signer s) {
        return java.util.stream.Stream.of(s.authority(), s.deputyMark(), s.title(), s.name())
                .filter(Objects::nonNull).collect(Collectors.joining(" / "));
    }

    private static String short80(String text) {
        String s = text.strip().replace('\n', ' ');
        return s.length() <= 80 ? s : s.substring(0, 79).strip() + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @FunctionalInterface
    private interface Fields<T> {
        void compare(String where, T before, T after);
    }
}
