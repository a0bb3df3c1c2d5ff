package vn.kehoachxa.ui.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.Timeliness;
import vn.kehoachxa.domain.text.RomanNumerals;
import vn.kehoachxa.service.reporting.IndicatorEvaluation;
import vn.kehoachxa.service.reporting.PeriodHistory;
import vn.kehoachxa.service.reporting.UnitReportStatus;
import vn.kehoachxa.service.reporting.UnitResult;

/**
 * What the charts of Kết quả draw, computed from a plan's {@link PeriodHistory} without JavaFX: an indicator's values
 * by period (the commune total, each unit's when several units report it) against the target of each period's year,
 * and how many units reported on time, late or not at all. Only periods of one kind are compared (a quarter's figure
 * and a year's are not points of one line), and only periods that have begun or already hold a report.
 */
final class ChartSeries {
    private ChartSeries() {
    }

    /** A value of a line at a category (a period's axis label). */
    record Point(String category, BigDecimal value) {
    }

    /** A named line: the commune total, a unit, or a target bound. */
    record Line(String name, List<Point> points) {
        Line {
            points = List.copyOf(points);
        }
    }

    /**
     * An indicator's chart: categories in period order, the commune total, the units' lines (empty when one unit
     * reports it), the target lines (one; two for a range; none for qualitative or relative targets), a notice for
     * what is not drawn, and whether there is anything to draw at all.
     */
    record IndicatorChart(Indicator indicator, List<String> categories, Line total, List<Line> units,
                          List<Line> targets, List<String> notices, boolean drawable) {
        IndicatorChart {
            categories = List.copyOf(categories);
            units = List.copyOf(units);
            targets = List.copyOf(targets);
            notices = List.copyOf(notices);
        }
    }

    /** How many reports (of units in a period, or of periods for a unit) had each timeliness. */
    record Counts(String category, int onTime, int late, int missing, int notYetDue) {
        /** Reports received, on time or late. */
        int reported() {
            return onTime + late;
        }

        /** Every report expected. */
        int expected() {
            return onTime + late + missing + notYetDue;
        }

        int of(Timeliness.Status status) {
            return switch (status) {
                case ON_TIME -> onTime;
                case LATE -> late;
                case MISSING -> missing;
                case NOT_YET_DUE -> notYetDue;
            };
        }
    }

    /** The period kinds the plan has, in calendar order (quarter, half-year, nine months, year). */
    static List<PeriodKind> kinds(List<PeriodHistory> history) {
        return new TreeSet<>(history.stream().map(h -> h.results().period().period().kind()).toList())
                .stream().toList();
    }

    /** The kind the charts start on: quarters when the plan has them (the most points), else the first. */
    static PeriodKind preferredKind(List<PeriodKind> kinds) {
        return kinds.contains(PeriodKind.QUARTER) ? PeriodKind.QUARTER : kinds.isEmpty() ? null : kinds.getFirst();
    }

    /** The periods of {@code kind} that have begun by {@code today} or hold a report, in period order. */
    static List<PeriodHistory> shown(List<PeriodHistory> history, PeriodKind kind, LocalDate today) {
        return history.stream().filter(h -> h.results().period().period().kind() == kind)
                .filter(h -> !h.results().period().period().cutoffStart().isAfter(today)
                        || h.results().period().reportedUnits() > 0).toList();
    }

    /** The axis label of a period: "Quý I/2026", "6 tháng đầu/2026", "9 tháng/2026", "Năm 2026". */
    static String label(ReportingPeriod p) {
        String year = String.valueOf(p.year());
        return switch (p.kind()) {
            case QUARTER -> Texts.get("chartsui.axis.quarter", RomanNumerals.of(p.index()), year);
            case HALF_YEAR -> Texts.get(p.index() == 1 ? "chartsui.axis.firstHalf" : "chartsui.axis.secondHalf",
                    year);
            case NINE_MONTH -> Texts.get("chartsui.axis.nineMonths", year);
            case YEAR -> Texts.get("chartsui.axis.year", year);
        };
    }

    /** The plan's indicators, as the latest period lists them. */
    static List<Indicator> indicators(List<PeriodHistory> history) {
        return history.isEmpty() ? List.of() : history.getLast().results().indicators().stream()
                .map(IndicatorEvaluation::indicator).toList();
    }

    /** The chart of {@code indicator} over the {@code shown} periods, the total named as {@code words} say. */
    static IndicatorChart indicator(List<PeriodHistory> shown, Indicator indicator, ChartWords words) {
        List<String> categories = new ArrayList<>();
        List<Point> total = new ArrayList<>();
        Map<String, List<Point>> byUnit = new LinkedHashMap<>();
        List<Point> target = new ArrayList<>();
        List<Point> lower = new ArrayList<>();
        List<Point> upper = new ArrayList<>();
        Map<String, String> qualitative = new LinkedHashMap<>();
        Map<String, String> relative = new LinkedHashMap<>();
        for (PeriodHistory h : shown) {
            ReportingPeriod p = h.results().period().period();
            String category = label(p);
            categories.add(category);
            IndicatorEvaluation e = h.results().indicators().stream()
                    .filter(x -> Objects.equals(x.indicator().id(), indicator.id())).findFirst().orElse(null);
            if (e == null) {
                continue;
            }
            if (e.consolidated() != null) {
                total.add(new Point(category, e.consolidated()));
            }
            for (UnitResult r : e.results()) {
                List<Point> line = byUnit.computeIfAbsent(r.unit().name(), k -> new ArrayList<>());
                if (r.value() != null) {
                    line.add(new Point(category, r.value()));
                }
            }
            IndicatorTarget t = e.target();
            if (t == null) {
                continue;
            }
            String year = t.year() == null ? "" : String.valueOf(t.year());
            switch (t.kind()) {
                case NUMERIC -> target.add(new Point(category, t.value()));
                case RANGE -> {
                    lower.add(new Point(category, t.value()));
                    upper.add(new Point(category, t.upperValue()));
                }
                case QUALITATIVE -> qualitative.putIfAbsent(year, TargetText.printed(t));
                case RELATIVE -> relative.putIfAbsent(year, TargetText.printed(t));
                default -> throw new IllegalStateException();
            }
        }
        List<Line> targets = new ArrayList<>();
        if (!target.isEmpty()) {
            targets.add(new Line(Texts.get("chartsui.series.target"), target));
        }
        if (!lower.isEmpty()) {
            targets.add(new Line(Texts.get("chartsui.series.targetLow"), lower));
            targets.add(new Line(Texts.get("chartsui.series.targetHigh"), upper));
        }
        // Units in the plan's order (the status grid's), as in every other list of units.
        List<String> planOrder = shown.isEmpty() ? List.of() : shown.getLast().grid().stream()
                .map(g -> g.unit().name()).toList();
        List<Line> units = byUnit.size() < 2 ? List.of() : byUnit.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(en -> planOrder.contains(en.getKey())
                        ? planOrder.indexOf(en.getKey()) : planOrder.size()))
                .map(en -> new Line(en.getKey(), en.getValue())).toList();
        List<String> notices = new ArrayList<>();
        boolean onlyQualitative = targets.isEmpty() && !qualitative.isEmpty() && relative.isEmpty();
        qualitative.forEach((year, wording) -> notices.add(Texts.get(onlyQualitative
                ? "chartsui.notice.qualitative" : "chartsui.notice.qualitativeYear", wording, year)));
        relative.forEach((year, wording) -> notices.add(Texts.get("chartsui.notice.relative", wording, year)));
        if (targets.isEmpty() && qualitative.isEmpty() && relative.isEmpty()) {
            notices.add(Texts.get("chartsui.notice.noTarget"));
        }
        boolean anyValue = !total.isEmpty() || units.stream().anyMatch(l -> !l.points().isEmpty());
        if (!onlyQualitative && !anyValue) {
            notices.add(words.noValues());
        }
        return new IndicatorChart(indicator, categories, new Line(words.total(), total),
                units, targets, notices, !onlyQualitative && !shown.isEmpty());
    }

    /** Per period: how many of the units that must report did so on time, late, not at all, or are not yet due. */
    static List<Counts> byPeriod(List<PeriodHistory> shown) {
        List<Counts> out = new ArrayList<>();
        for (PeriodHistory h : shown) {
            out.add(count(label(h.results().period().period()), h.grid()));
        }
        return out;
    }

    /** Per unit (in the plan's order): how many of the shown periods it reported on time, late, or not at all. */
    static List<Counts> byUnit(List<PeriodHistory> shown) {
        Map<String, List<UnitReportStatus>> rows = new LinkedHashMap<>();
        for (PeriodHistory h : shown.reversed()) {
            h.grid().forEach(g -> rows.computeIfAbsent(g.unit().name(), k -> new ArrayList<>()));
        }
        for (PeriodHistory h : shown) {
            h.grid().forEach(g -> rows.get(g.unit().name()).add(g));
        }
        return rows.entrySet().stream().map(e -> count(e.getKey(), e.getValue())).toList();
    }

    private static Counts count(String category, List<UnitReportStatus> rows) {
        Map<Timeliness.Status, Integer> n = new EnumMap<>(Timeliness.Status.class);
        rows.forEach(r -> n.merge(r.timeliness().status(), 1, Integer::sum));
        return new Counts(category, n.getOrDefault(Timeliness.Status.ON_TIME, 0),
                n.getOrDefault(Timeliness.Status.LATE, 0), n.getOrDefault(Timeliness.Status.MISSING, 0),
                n.getOrDefault(Timeliness.Status.NOT_YET_DUE, 0));
    }
}
