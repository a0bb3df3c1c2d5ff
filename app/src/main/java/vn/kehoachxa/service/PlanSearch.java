package vn.kehoachxa.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanHit;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.SectionNumbering;
import vn.kehoachxa.domain.plan.SectionNumbering.Numbered;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.domain.text.RomanNumerals;
import vn.kehoachxa.domain.text.SearchText;
import vn.kehoachxa.persistence.Database;

/**
 * Tìm trong kế hoạch (Ctrl+F): finds words across a plan's outline (headings and body), its indicators (name, unit,
 * note) and the rows of both assignment matrices (content, expected product), in reading order. One hit per
 * section, indicator or row, at its first match; numbers are those the plan prints with.
 */
public final class PlanSearch {
    /** More hits than anyone reads; a query of one common letter stops here. */
    public static final int MAX_HITS = 200;
    private static final int BEFORE = 30;
    private static final int AFTER = 70;
    private final Database db;

    /** Works on {@code db}. */
    public PlanSearch(Database db) {
        this.db = db;
    }

    /** Where {@code query} occurs in plan {@code planId}; empty for a blank query or no match. */
    public List<PlanHit> find(long planId, String query, boolean ignoreAccents) {
        SearchText q = SearchText.of(query, ignoreAccents);
        if (q.isBlank()) {
            return List.of();
        }
        PlanDocument doc = db.read(store -> store.documents().load(planId));
        List<PlanHit> hits = new ArrayList<>();
        sections(SectionNumbering.number(doc.sections()), "", q, hits);
        indicators(doc.indicatorGroups(), q, hits);
        matrix(doc, TableKind.TARGET_MATRIX, doc.targetGroups(), q, hits);
        matrix(doc, TableKind.TASK_MATRIX, doc.taskGroups(), q, hits);
        return hits.size() > MAX_HITS ? List.copyOf(hits.subList(0, MAX_HITS)) : List.copyOf(hits);
    }

    private static void sections(List<Numbered> level, String parentPath, SearchText q, List<PlanHit> hits) {
        for (Numbered n : level) {
            String path = path(parentPath, n.label());
            Stream<String> texts = Stream.concat(Stream.of(n.section().heading()),
                    n.section().blocks().stream().map(TextBlock::text));
            String where = path.isEmpty() ? Texts.get("find.where.sectionUnnumbered")
                    : Texts.get("find.where.section", path);
            add(hits, PlanHit.Place.SECTION, n.section().id(), where, texts, q);
            sections(n.children(), path, q, hits);
        }
    }

    /**
     * The section's path as an official says it: "II", then "II.3", "II.3.a"; a decimal label that already holds
     * its parent's number ("2.1.") replaces it; dashes and pluses add nothing.
     */
    static String path(String parentPath, String label) {
        String own = label.replaceAll("[.)]+$", "");
        if (own.isEmpty() || own.equals("-") || own.equals("+")) {
            return parentPath;
        }
        if (parentPath.isEmpty()) {
            return own;
        }
        String tail = parentPath.contains(".") ? parentPath.substring(parentPath.indexOf('.') + 1) : "";
        if (!tail.isEmpty() && own.startsWith(tail + ".")) {
            return parentPath.substring(0, parentPath.indexOf('.') + 1) + own;
        }
        return parentPath + "." + own;
    }

    private static void indicators(List<IndicatorGroup> groups, SearchText q, List<PlanHit> hits) {
        RowNumbers numbers = RowNumbers.ofIndicators(groups);
        for (IndicatorGroup g : groups) {
            for (Indicator i : g.indicators()) {
                add(hits, PlanHit.Place.INDICATOR, i.id(), Texts.get("find.where.indicator", numbers.of(i)),
                        Stream.of(i.name(), i.unitOfMeasure(), i.note()), q);
            }
        }
    }

    private static void matrix(PlanDocument doc, TableKind table, List<AssignmentGroup> groups, SearchText q,
                               List<PlanHit> hits) {
        RowNumbers numbers = RowNumbers.ofMatrix(groups, table);
        String appendix = appendixName(doc, table);
        boolean task = table == TableKind.TASK_MATRIX;
        for (AssignmentGroup g : groups) {
            String group = numbers.of(g).replaceAll("[.)]+$", "");
            for (AssignmentItem item : flatten(g.items())) {
                String row = numbers.of(item);
                String where = task && !group.isEmpty() ? Texts.get("find.where.taskInGroup", appendix, group, row)
                        : Texts.get(task ? "find.where.task" : "find.where.target", appendix, row);
                add(hits, task ? PlanHit.Place.TASK : PlanHit.Place.TARGET, item.id(), where,
                        Stream.of(item.content(), item.expectedProduct()), q);
            }
        }
    }

    /** "Phụ lục II" as the appendix prints (alone: "Phụ lục"), or the table's name when it is not printed. */
    private static String appendixName(PlanDocument doc, TableKind table) {
        List<Appendix> printed = doc.printedAppendices();
        int index = printed.stream().map(Appendix::table).toList().indexOf(table);
        if (index < 0) {
            return Texts.get("find.table." + table.name());
        }
        return printed.size() < 2 ? Texts.get("find.appendix") : Texts.get("find.appendix.numbered",
                RomanNumerals.of(index + 1));
    }

    private static List<AssignmentItem> flatten(List<AssignmentItem> items) {
        List<AssignmentItem> out = new ArrayList<>();
        for (AssignmentItem i : items) {
            out.add(i);
            out.addAll(flatten(i.children()));
        }
        return out;
    }

    /** Adds a hit at the first of {@code texts} that matches, with the words around the match. */
    private static void add(List<PlanHit> hits, PlanHit.Place place, Long id, String where, Stream<String> texts,
                            SearchText q) {
        if (id == null) {
            return;
        }
        texts.filter(t -> t != null && !t.isBlank()).map(t -> Normalizer.normalize(t, Normalizer.Form.NFC))
                .filter(t -> q.indexIn(t) >= 0).findFirst()
                .ifPresent(t -> hits.add(new PlanHit(place, id, where, excerpt(t, q.indexIn(t), q.length()))));
    }

    /** The match with some words either side, cut at spaces, "…" where the text goes on. */
    static String excerpt(String text, int start, int length) {
        String flat = text.replaceAll("\\s+", " ");
        if (flat.length() != text.length()) {
            flat = text.replace('\n', ' ').replace('\t', ' ');
        }
        int from = Math.max(0, start - BEFORE);
        int to = Math.min(flat.length(), start + length + AFTER);
        if (from > 0) {
            int space = flat.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        if (to < flat.length()) {
            int space = flat.lastIndexOf(' ', to);
            to = space > start + length ? space : to;
        }
        return (from > 0 ? "…" : "") + flat.substring(from, to).strip() + (to < flat.length() ? "…" : "");
    }
}
