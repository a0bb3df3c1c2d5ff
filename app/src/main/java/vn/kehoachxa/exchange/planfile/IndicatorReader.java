package vn.kehoachxa.exchange.planfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.DeadlineText;
import vn.kehoachxa.domain.plan.Direction;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.RelativeChange;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.TargetText;

/** Reads indicator groups with their targets, and deadlines; remembers indicator codes for the matrices. */
final class IndicatorReader {
    private final ParsedFile file;
    private final BiFunction<Fields, String, List<Assignee>> assignees;
    private final Map<String, JsonPath> codes = new HashMap<>();
    /** Units that files written before units were the indicator's put on the targets of the indicator being read. */
    private final List<String> targetUnits = new ArrayList<>();

    IndicatorReader(ParsedFile file, BiFunction<Fields, String, List<Assignee>> assignees) {
        this.file = file;
        this.assignees = assignees;
    }

    boolean hasCode(String code) {
        return codes.containsKey(code);
    }

    IndicatorGroup group(JsonNode node, JsonPath path) {
        Fields f = Fields.of(file, node, path, FileDto.IndicatorGroup.class);
        if (f == null) {
            return null;
        }
        String label = f.text("label");
        String title = f.text("title");
        Map<String, JsonPath> labels = new HashMap<>();
        List<Indicator> indicators = f.list("indicators", false, (n, p) -> indicator(n, p, labels));
        return new IndicatorGroup(null, label, title, indicators);
    }

    private Indicator indicator(JsonNode node, JsonPath path, Map<String, JsonPath> labels) {
        int before = file.problems().size();
        Fields f = Fields.of(file, node, path, FileDto.Indicator.class);
        if (f == null) {
            return null;
        }
        String code = f.requiredText("code");
        if (code != null) {
            JsonPath first = codes.putIfAbsent(code, f.at("code"));
            if (first != null) {
                file.problem(f.at("code"), "planfile.duplicateCode", code, file.where(first));
            }
        }
        String label = f.text("numberLabel");
        if (label != null) {
            JsonPath first = labels.putIfAbsent(label, f.at("numberLabel"));
            if (first != null) {
                file.problem(f.at("numberLabel"), "planfile.duplicateLabel", label, file.where(first));
            }
        }
        String name = f.requiredText("name");
        String unit = f.text("unitOfMeasure");
        BigDecimal baseline = f.decimal("baselineValue");
        Integer baselineYear = f.integer("baselineYear", false, 1900, 2300);
        Direction direction = f.enumValue("direction", Direction.class, false);
        targetUnits.clear();
        List<IndicatorTarget> targets = f.list("targets", false, this::target);
        if (unit == null && !targetUnits.isEmpty()) {
            unit = targetUnits.getFirst();
        }
        String note = f.text("note");
        List<Assignee> leads = assignees.apply(f, "leads");
        List<Assignee> cooperating = assignees.apply(f, "cooperating");
        Deadline deadline = deadline(f);
        if (file.problems().size() > before) {
            return null;
        }
        return new Indicator(null, code, label, name, unit, baseline, baselineYear, targets, note, direction, leads,
                cooperating, deadline);
    }

    private IndicatorTarget target(JsonNode node, JsonPath path) {
        int before = file.problems().size();
        Fields f = Fields.of(file, node, path, FileDto.Target.class);
        if (f == null) {
            return null;
        }
        Integer year = f.integer("year", false, 1900, 2300);
        TargetKind kind = f.enumValue("kind", TargetKind.class, true);
        Comparator comparator = null;
        String sign = f.text("comparator");
        if (sign != null) {
            try {
                comparator = Comparator.fromSign(sign);
            } catch (IllegalArgumentException e) {
                file.problem(f.at("comparator"), "planfile.badComparator", sign);
            }
        }
        BigDecimal value = f.decimal("value");
        BigDecimal upper = f.decimal("upperValue");
        String unit = f.text("unitOfMeasure");
        String qualitative = f.text("qualitativeText");
        String original = f.text("originalText");
        RelativeChange change = f.enumValue("change", RelativeChange.class, false);
        BigDecimal baselineValue = f.decimal("baselineValue");
        Integer baselineYear = f.integer("baselineYear", false, 1900, 2300);
        if (file.problems().size() > before || kind == null) {
            return null;
        }
        String missing = switch (kind) {
            case NUMERIC -> comparator == null ? "comparator" : value == null ? "value" : null;
            case RANGE -> value == null ? "value" : upper == null ? "upperValue" : null;
            case RELATIVE -> value == null ? "value" : null;
            case QUALITATIVE -> qualitative == null ? "qualitativeText" : null;
        };
        if (missing != null) {
            file.problem(f.at(missing), "planfile.targetIncomplete", kind.name());
            return null;
        }
        if (kind == TargetKind.NUMERIC && upper != null) {
            file.problem(f.at("upperValue"), "planfile.upperOnlyForRange");
            return null;
        }
        if (kind == TargetKind.RANGE && value.compareTo(upper) > 0) {
            file.problem(f.at("upperValue"), "planfile.rangeOrder");
            return null;
        }
        if (kind != TargetKind.RELATIVE) {
            for (String relativeOnly : List.of("change", "baselineValue", "baselineYear")) {
                if (f.has(relativeOnly)) {
                    file.problem(f.at(relativeOnly), "planfile.relativeOnly", kind.name());
                    return null;
                }
            }
        }
        if (baselineYear != null && baselineValue == null) {
            file.problem(f.at("baselineYear"), "planfile.baselineYearWithoutValue");
            return null;
        }
        if (unit != null) {
            targetUnits.add(unit);
        }
        IndicatorTarget target = new IndicatorTarget(year, kind, comparator, value, upper, qualitative, original,
                change, baselineValue, baselineYear);
        Optional<String> said = TargetText.disagreement(target);
        if (said.isPresent()) {
            file.problem(f.at("originalText"), "planfile.wordingDisagrees", original, said.get(),
                    TargetText.format(new IndicatorTarget(year, kind, comparator, value, upper, qualitative, null)));
            return null;
        }
        return target;
    }

    /** The optional {@code deadline} object of an indicator or a matrix row. */
    Deadline deadline(Fields owner) {
        Fields f = owner.object("deadline", FileDto.Deadline.class, false);
        if (f == null) {
            return null;
        }
        DeadlineKind kind = f.enumValue("kind", DeadlineKind.class, true);
        String original = f.text("originalText");
        Integer year = f.integer("year", false, 1900, 2300);
        Integer endYear = f.integer("endYear", false, 1900, 2300);
        Integer month = f.integer("month", false, 1, 12);
        Integer day = f.integer("day", false, 1, 31);
        // A file written before dated wordings were read keeps "Trước ngày 30/6/2027" as FREE_TEXT: read it again.
        return kind == null ? null : DeadlineText.reread(new Deadline(kind, original, year, endYear, month, day));
    }
}
