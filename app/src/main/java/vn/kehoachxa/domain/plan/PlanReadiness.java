package vn.kehoachxa.domain.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoachxa.domain.Texts;

/**
 * Sẵn sàng ban hành: what still stands between a plan and its signature — fill-in marks ("…", "[ ]", "ngày …"),
 * years outside the plan's period, indicators without unit or target, rows without lead unit or deadline, a missing
 * number, date or signer. One rule set for Tổng quan and the command line; each problem names where it is.
 */
public final class PlanReadiness {
    /**
     * "…", dotted blanks ("ngày ... tháng", "......"; not "không khí..." closing a list), empty or dotted brackets,
     * and fields the plan cannot fill.
     */
    private static final Pattern FILL_IN = Pattern.compile(
            "…|\\.{4,}|(?<![\\p{L}\\d)])\\.{3}|\\[\\s*(?:…|\\.*)\\s*]|\\{[\\p{L}\\d ]{1,40}}");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.,])((?:19|20)\\d\\d)(?![\\d/])");
    /** Years that are part of a date or a Party congress term, which any period may cite. */
    private static final Pattern DATED = Pattern.compile(
            "(?:\\d{1,2}/\\d{1,2}/|tháng \\d{1,2} năm |tháng \\d{1,2}/|nhiệm kỳ (?:\\d{4}\\s*[-–]\\s*)?)$");

    /** Where a problem is: the screen that fixes it, and a description of the place ("Căn cứ 3"). */
    public enum Screen {
        PLAN_INFO, OUTLINE, INDICATORS, TARGET_MATRIX, TASK_MATRIX
    }

    /** One thing to fix before issuing: where, and what. */
    public record Problem(Screen screen, String where, String what) {
        /** "Căn cứ 3: còn chỗ trống "…" chưa điền." */
        public String text() {
            return where == null || where.isBlank() ? what : where + ": " + what;
        }
    }

    private final PlanDocument doc;
    private final Plan plan;
    private final RowNumbers numbers;
    private final List<Problem> out = new ArrayList<>();

    private PlanReadiness(PlanDocument doc) {
        this.doc = doc;
        this.plan = doc.plan();
        this.numbers = RowNumbers.of(doc);
    }

    /** Every problem of {@code doc} (as stored, fields unresolved), in the order of the screens; empty: ready. */
    public static List<Problem> check(PlanDocument doc) {
        PlanReadiness r = new PlanReadiness(doc);
        r.planInfo();
        r.outline();
        r.indicators();
        r.matrix(Screen.TARGET_MATRIX, doc.targetGroups());
        r.matrix(Screen.TASK_MATRIX, doc.taskGroups());
        return List.copyOf(r.out);
    }

    private void planInfo() {
        if (plan.number() == null || plan.number().isBlank()) {
            add(Screen.PLAN_INFO, "", Texts.get("readiness.number"));
        }
        if (plan.issueDate() == null) {
            add(Screen.PLAN_INFO, "", Texts.get("readiness.date"));
        }
        if (!plan.signer().isComplete()) {
            add(Screen.PLAN_INFO, "", Texts.get("readiness.signer"));
        }
        text(Screen.PLAN_INFO, Texts.get("readiness.where.summary"), plan.summary(), true);
        text(Screen.PLAN_INFO, Texts.get("readiness.where.place"), plan.place(), false);
        text(Screen.PLAN_INFO, Texts.get("readiness.where.issuer"), plan.issuingBody(), false);
        text(Screen.PLAN_INFO, Texts.get("readiness.where.superior"), plan.superiorBody(), false);
        for (int i = 0; i < doc.basisDocuments().size(); i++) {
            // A cited document carries its own date: only fill-in marks count there, not its year.
            text(Screen.PLAN_INFO, Texts.get("readiness.where.basis", String.valueOf(i + 1)), doc.basisDocuments().get(i), false);
        }
        text(Screen.OUTLINE, Texts.get("readiness.where.opening"), plan.openingText(), true);
        text(Screen.OUTLINE, Texts.get("readiness.where.closing"), plan.closingText(), true);
        text(Screen.PLAN_INFO, Texts.get("readiness.where.rule"), plan.reportingRule().originalText(), true);
        for (int i = 0; i < doc.recipients().size(); i++) {
            Recipient r = doc.recipients().get(i);
            String line = r.note() == null ? r.name() : r.name() + " " + r.note();
            text(Screen.PLAN_INFO, Texts.get("readiness.where.recipient", String.valueOf(i + 1)), line, false);
        }
    }

    private void outline() {
        if (doc.sections().isEmpty()) {
            add(Screen.OUTLINE, "", Texts.get("readiness.noSections"));
        }
        sections(doc.sections());
    }

    private void sections(List<Section> sections) {
        for (Section s : sections) {
            String where = Texts.get("readiness.where.section", s.heading());
            if (s.blocks().isEmpty() && s.children().isEmpty()) {
                add(Screen.OUTLINE, where, Texts.get("readiness.emptySection"));
            }
            text(Screen.OUTLINE, where, s.heading(), true);
            for (int b = 0; b < s.blocks().size(); b++) {
                text(Screen.OUTLINE, Texts.get("readiness.where.block", s.heading(), String.valueOf(b + 1)), s.blocks().get(b).text(),
                        true);
            }
            sections(s.children());
        }
    }

    private void indicators() {
        for (IndicatorGroup g : doc.indicatorGroups()) {
            for (Indicator i : g.indicators()) {
                String where = Texts.get("readiness.where.indicator", numbers.of(i), i.name());
                boolean unit = hasText(i.unitOfMeasure()) || i.targets().stream()
                        .anyMatch(t -> t.kind() == TargetKind.QUALITATIVE);
                if (!unit) {
                    add(Screen.INDICATORS, where, Texts.get("readiness.noUnit"));
                }
                if (i.targets().isEmpty()) {
                    add(Screen.INDICATORS, where, Texts.get("readiness.noTarget"));
                }
                text(Screen.INDICATORS, where, i.name(), true);
                text(Screen.INDICATORS, where, i.note(), false);
                for (IndicatorTarget t : i.targets()) {
                    text(Screen.INDICATORS, where, t.originalText(), false);
                }
            }
        }
    }

    private void matrix(Screen screen, List<AssignmentGroup> groups) {
        String table = Texts.get("readiness.table." + screen.name());
        for (AssignmentGroup g : groups) {
            items(screen, table, g.items());
        }
    }

    private void items(Screen screen, String table, List<AssignmentItem> items) {
        for (AssignmentItem item : items) {
            String where = Texts.get("readiness.where.row", table, numbers.of(item), item.content());
            if (item.children().isEmpty()) {
                if (item.leads().isEmpty()) {
                    add(screen, where, Texts.get("readiness.noLead"));
                }
                if (item.deadline() == null || !hasText(item.deadline().originalText())
                        && item.deadline().kind() == DeadlineKind.FREE_TEXT) {
                    add(screen, where, Texts.get("readiness.noDeadline"));
                }
            }
            text(screen, where, item.content(), true);
            if (item.deadline() != null) {
                text(screen, where, item.deadline().originalText(), true);
                yearsOf(screen, where, item.deadline());
            }
            items(screen, table, item.children());
        }
    }

    /** A dated deadline outside the period, even when its wording is a field. */
    private void yearsOf(Screen screen, String where, Deadline d) {
        if (PlanFields.hasField(d.originalText())) {
            return;
        }
        for (Integer y : new Integer[] {d.year(), d.endYear()}) {
            if (y != null && outside(y) && (d.originalText() == null || !d.originalText().contains(y.toString()))) {
                add(screen, where, yearProblem(y));
            }
        }
    }

    /** Fill-in marks and unknown fields in {@code text}; with {@code years}, also years outside the period. */
    private void text(Screen screen, String where, String text, boolean years) {
        if (text == null || text.isBlank()) {
            return;
        }
        Set<String> marks = new LinkedHashSet<>();
        Matcher m = FILL_IN.matcher(text);
        while (m.find()) {
            String mark = m.group();
            boolean field = mark.startsWith("{");
            if (!field || !PlanFields.unknownFields(mark, plan, doc.basisDocuments()).isEmpty()) {
                marks.add(mark.startsWith(".") ? "..." : mark);
            }
        }
        for (String mark : marks) {
            add(screen, where, Texts.get(mark.startsWith("{") ? "readiness.unknownField" : "readiness.fillIn", mark));
        }
        if (years) {
            Set<Integer> seen = new LinkedHashSet<>();
            Matcher y = YEAR.matcher(text);
            while (y.find()) {
                int year = Integer.parseInt(y.group(1));
                String before = text.substring(Math.max(0, y.start() - 20), y.start());
                if (outside(year) && !DATED.matcher(before).find() && seen.add(year)) {
                    add(screen, where, yearProblem(year));
                }
            }
        }
    }

    private String yearProblem(int year) {
        return Texts.get("readiness.year", String.valueOf(year), String.valueOf(plan.startYear()),
                String.valueOf(plan.endYear()));
    }

    private boolean outside(int year) {
        boolean vision = plan.visionYear() != null && plan.visionYear() == year;
        return !vision && (year < plan.startYear() || year > plan.endYear());
    }

    private void add(Screen screen, String where, String what) {
        out.add(new Problem(screen, where, what));
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
