package vn.kehoachxa.ui.reporting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.FigureFlag;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.domain.text.VietnameseNumbers;
import vn.kehoachxa.service.reporting.IndicatorEvaluation;
import vn.kehoachxa.service.reporting.TaskEvaluation;
import vn.kehoachxa.service.reporting.UnitProgress;
import vn.kehoachxa.service.reporting.UnitResult;

/** The rows of the Kết quả screen as text: one line per indicator and one per matrix row of a period. */
final class ResultLines {
    private ResultLines() {
    }

    /** One indicator of the period as the table shows it; {@code units} are the units it concerns. */
    record IndicatorLine(IndicatorEvaluation source, String name, String target, String results, String consolidated,
                         Evaluation evaluation, Set<String> units) implements Searchable {
        @Override
        public String searchText() {
            return String.join(" ", name, target, results, consolidated);
        }
    }

    /** One matrix row of the period as the table shows it; {@code units} are the units that report on it. */
    record TaskLine(TaskEvaluation source, String group, String task, String leads, TaskStatus status,
                    String results, String difficulties, Set<String> units) implements Searchable {
        @Override
        public String searchText() {
            return String.join(" ", group, task, leads, results, difficulties);
        }
    }

    /** A line the text filter looks through. */
    interface Searchable {
        /** Everything the line shows, for the text filter. */
        String searchText();

        /** The units the line concerns, for the unit filter. */
        Set<String> units();

        /**
         * Whether {@code query} appears in the line as typed, case and tone marks ignored. A phrase, not separate
         * words: Vietnamese words are syllables, and "can do" must find "cân đo", not every "căng" and "đó".
         */
        default boolean matches(String query) {
            if (query == null || query.isBlank()) {
                return true;
            }
            return fold(searchText()).replaceAll("\\s+", " ").contains(fold(query).strip().replaceAll("\\s+", " "));
        }
    }

    /** The indicator line of an evaluation; {@code assigned} names the units that report on it. */
    static IndicatorLine of(IndicatorEvaluation e, List<String> assigned) {
        String uom = e.indicator().unitOfMeasure();
        // "96,5%" as Vietnamese documents write a percentage, "1,6 cm" for other units.
        String unit = uom == null ? "" : "%".equals(uom) ? uom : " " + uom;
        String target = e.target() == null ? Texts.get("resultsui.noTarget") : TargetText.printed(e.target());
        List<String> results = new ArrayList<>();
        Set<String> units = new LinkedHashSet<>(assigned);
        for (UnitResult r : e.results()) {
            units.add(r.unit().name());
            String value = r.value() != null ? VietnameseNumbers.format(r.value()) + unit : r.text();
            results.add(r.unit().name() + ": " + value + (r.note() == null ? "" : " (" + r.note() + ")")
                    + checks(r));
        }
        String consolidated = e.consolidated() == null ? ""
                : VietnameseNumbers.format(e.consolidated()) + unit;
        return new IndicatorLine(e, e.indicator().name(), target, String.join("\n", results), consolidated,
                e.evaluation(), units);
    }

    /**
     * What the checks on figures say beside a figure: "⚠ …" for one out of range and not accepted, "△ …" for a big
     * change, "✔ đã chấp nhận: …" with the official's note; nothing when the figure is plain.
     */
    static String checks(UnitResult r) {
        if (r.flags().isEmpty()) {
            return "";
        }
        String flags = r.flags().stream().map(FigureFlag::message).collect(Collectors.joining("; "));
        if (r.acceptedNote() != null) {
            return " " + Texts.get("figureui.accepted", flags, r.acceptedNote());
        }
        return " " + Texts.get(r.blocked() ? "figureui.result.blocking" : "figureui.result.warning", flags);
    }

    /** The task line of an evaluation; {@code assigned} names the units that report on it. */
    static TaskLine of(TaskEvaluation t, List<String> assigned) {
        AssignmentItem item = t.item().item();
        String number = t.item().number().isEmpty() ? "" : t.item().number() + ". ";
        Set<String> units = new LinkedHashSet<>(assigned);
        List<String> results = new ArrayList<>();
        List<String> difficulties = new ArrayList<>();
        for (UnitProgress p : t.reports()) {
            units.add(p.unit().name());
            String status = Texts.get("unitform.status." + p.status().name());
            if (p.completedOn() != null) {
                status = Texts.get("resultsui.completedOn", status, VietnameseDates.shortDate(p.completedOn()));
            }
            String words = status + (p.resultText() == null ? "" : ": " + p.resultText());
            results.add(p.unit().name() + " — " + words);
            if (p.difficulties() != null) {
                difficulties.add(p.unit().name() + ": " + p.difficulties());
            }
        }
        String leads = item.leads().stream().map(Assignee::name).collect(Collectors.joining("; "));
        return new TaskLine(t, t.item().groupTitle() == null ? "" : t.item().groupTitle(), number + item.content(),
                leads, t.status(), String.join("\n", results), String.join("\n", difficulties), units);
    }

    /** Lower case without Vietnamese tone marks, so "hoa" finds "Hoá" and "Hòa". */
    static String fold(String s) {
        String lower = s == null ? "" : s.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
