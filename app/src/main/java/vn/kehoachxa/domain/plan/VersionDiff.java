package vn.kehoachxa.domain.plan;

import java.util.List;

/**
 * So sánh phiên bản: what changed from one version of a plan ({@code from}) to another ({@code to}), in printed
 * order: the plan's own fields, sections, indicators, their targets, matrix rows, their assignments and deadlines.
 */
public record VersionDiff(Plan from, Plan to, List<Difference> differences) {
    public VersionDiff {
        differences = List.copyOf(differences);
    }

    /** The part of the plan a difference is in. */
    public enum Area { PLAN, SECTION, INDICATOR, TARGET, ASSIGNMENT, DEADLINE }

    /** Whether something was added, removed or changed. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One difference: {@code where} names the part (section number and heading, indicator code and name, matrix row
     * label and content, or a field), {@code field} what of it changed (null when the whole part came or went),
     * {@code before} and {@code after} the printed values (null for a part that was added or removed).
     */
    public record Difference(Area area, Kind kind, String where, String field, String before, String after) {
    }

    /** The differences of one area. */
    public List<Difference> in(Area area) {
        return differences.stream().filter(d -> d.area() == area).toList();
    }

    /** Whether the two versions print the same. */
    public boolean isEmpty() {
        return differences.isEmpty();
    }
}
