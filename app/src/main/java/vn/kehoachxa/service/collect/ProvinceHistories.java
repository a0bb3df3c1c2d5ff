package vn.kehoachxa.service.collect;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.kehoachxa.domain.collect.Aggregation;
import vn.kehoachxa.domain.collect.AggregationRule;
import vn.kehoachxa.domain.collect.CommuneReceipt;
import vn.kehoachxa.domain.collect.ConsolidatedIndicator;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.PeriodNames;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.Timeliness;
import vn.kehoachxa.persistence.collector.ProvinceHistoryQueries.DueRow;
import vn.kehoachxa.persistence.collector.ProvinceHistoryQueries.HistoryIndicatorRow;
import vn.kehoachxa.persistence.collector.ProvinceHistoryQueries.HistoryPackageRow;
import vn.kehoachxa.persistence.collector.ProvinceQueries.PeriodKey;
import vn.kehoachxa.service.reporting.IndicatorEvaluation;
import vn.kehoachxa.service.reporting.PeriodHistory;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.PeriodResults;
import vn.kehoachxa.service.reporting.UnitReportStatus;

/**
 * The province's history across periods in the form the commune app's charts read ({@link PeriodHistory}), built
 * without the database from the rows of every period at once: per period, each indicator consolidated exactly as the
 * consolidated table does ({@link PeriodSummaries}, sum, mean or count by {@link AggregationRule}) against the
 * province's target, and each commune of the list on time, late, missing or not yet due. Communes play the part the
 * commune app's units play.
 *
 * <p>The indicators carry no per-commune figures: a province has about 100 communes, and 100 lines on one chart
 * are a tangle nobody can read, so the charts draw the province's consolidated line and its target only (the
 * consolidated table gives each commune's figure).
 */
final class ProvinceHistories {
    /** Digits kept in a mean target, as in {@link PeriodSummaries}. */
    private static final MathContext MEAN = new MathContext(16, RoundingMode.HALF_UP);

    private final ZoneId zone;
    private final LocalDate today;

    ProvinceHistories(ZoneId zone, LocalDate today) {
        this.zone = zone;
        this.today = today;
    }

    List<PeriodHistory> build(List<ProvinceCommune> communes, List<DueRow> dues, List<HistoryPackageRow> packages,
                              List<HistoryIndicatorRow> indicators) {
        Map<PeriodKey, LocalDate> due = dues.stream().collect(Collectors.toMap(DueRow::period, DueRow::dueDate));
        Map<PeriodKey, List<HistoryPackageRow>> packagesOf = packages.stream()
                .collect(Collectors.groupingBy(HistoryPackageRow::period));
        Map<PeriodKey, List<HistoryIndicatorRow>> indicatorsOf = indicators.stream()
                .collect(Collectors.groupingBy(HistoryIndicatorRow::period));
        TreeSet<PeriodKey> periods = new TreeSet<>(Comparator.comparingInt(PeriodKey::year)
                .thenComparing(PeriodKey::kind).thenComparingInt(PeriodKey::index));
        periods.addAll(due.keySet());
        periods.addAll(packagesOf.keySet());
        Map<String, Indicator> indicatorOf = indicators(indicators);
        Map<String, Unit> unitOf = units(communes);
        PeriodSummaries summaries = new PeriodSummaries(zone);
        List<PeriodHistory> out = new ArrayList<>();
        for (PeriodKey key : periods) {
            List<HistoryPackageRow> received = packagesOf.getOrDefault(key, List.of());
            List<HistoryIndicatorRow> lines = indicatorsOf.getOrDefault(key, List.of());
            LocalDate dueDate = due.get(key);
            ProvincePeriodSummary summary = summaries.summarise("", new PackagePeriod(key.kind(), key.year(),
                            key.index(), null, null), communes, dueDate,
                    received.stream().map(HistoryPackageRow::row).toList(),
                    lines.stream().map(HistoryIndicatorRow::row).toList(), List.of());
            List<UnitReportStatus> grid = summary.communes().stream()
                    .map(r -> status(r, unitOf.get(r.commune().code()), dueDate)).toList();
            ReportingPeriod period = period(key, received, dueDate);
            PeriodResults results = new PeriodResults(overview(period, dueDate, grid),
                    evaluations(key, indicatorOf, summary.indicators(), lines), List.of());
            out.add(new PeriodHistory(results, grid));
        }
        return out;
    }

    /**
     * Every indicator code any package in force reports, in the communes' row order then by code, named as the most
     * recently received line names it. Its id is drawn from its code, so it stays the same from one reading to the
     * next and the chart keeps the indicator chosen.
     */
    private static Map<String, Indicator> indicators(List<HistoryIndicatorRow> rows) {
        Map<String, HistoryIndicatorRow> latest = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (HistoryIndicatorRow r : rows) {
            String code = r.row().code();
            latest.merge(code, r, (a, b) -> b.row().receivedAt().isAfter(a.row().receivedAt()) ? b : a);
            order.merge(code, r.row().rowNo(), Math::min);
        }
        Map<String, Indicator> out = new LinkedHashMap<>();
        latest.keySet().stream().sorted(Comparator.comparing((String c) -> order.get(c))
                .thenComparing(Function.identity())).forEach(code -> {
                    var row = latest.get(code).row();
                    long id = UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
                    out.put(code, new Indicator(id, code, code, row.name(), row.unitOfMeasure(), null, null,
                            List.of(), null, null, List.of(), List.of(), null));
                });
        return out;
    }

    /** A commune as a reporting unit, by its name (with its code when two communes of the list share a name). */
    private static Map<String, Unit> units(List<ProvinceCommune> communes) {
        Map<String, Long> named = communes.stream()
                .collect(Collectors.groupingBy(ProvinceCommune::name, Collectors.counting()));
        Map<String, Unit> out = new HashMap<>();
        for (ProvinceCommune c : communes) {
            String name = named.get(c.name()) > 1 ? c.name() + " (" + c.code() + ")" : c.name();
            out.put(c.code(), new Unit(null, name, c.code(), UnitKind.OTHER, null, true));
        }
        return out;
    }

    /**
     * The period with the cut-off its communes' plans gave it (the calendar period when no package says). Without a
     * due date set the end of the cut-off stands in for it: the charts never show it, and nothing counts as missing.
     */
    private static ReportingPeriod period(PeriodKey key, List<HistoryPackageRow> received, LocalDate dueDate) {
        PackagePeriod calendar = new PackagePeriod(key.kind(), key.year(), key.index(), null, null);
        LocalDate start = received.stream().map(HistoryPackageRow::cutoffStart).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(calendar.calendarStart());
        LocalDate end = received.stream().map(HistoryPackageRow::cutoffEnd).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(calendar.calendarStart().plusMonths(calendar.months())
                        .minusDays(1));
        end = end.isBefore(start) ? start : end;
        return new ReportingPeriod(null, 0, key.kind(), key.year(), key.index(), start, end,
                dueDate != null ? dueDate : end, null, null, null);
    }

    private PeriodOverview overview(ReportingPeriod p, LocalDate dueDate, List<UnitReportStatus> grid) {
        Map<Timeliness.Status, Long> n = grid.stream()
                .collect(Collectors.groupingBy(g -> g.timeliness().status(), Collectors.counting()));
        int late = n.getOrDefault(Timeliness.Status.LATE, 0L).intValue();
        int reported = n.getOrDefault(Timeliness.Status.ON_TIME, 0L).intValue() + late;
        return new PeriodOverview(p, PeriodNames.name(p.kind(), p.year(), p.index()),
                PeriodNames.shortCode(p.kind(), p.year(), p.index()),
                dueDate == null ? 0 : ChronoUnit.DAYS.between(today, dueDate), grid.size(), reported, late,
                n.getOrDefault(Timeliness.Status.MISSING, 0L).intValue());
    }

    /**
     * A commune's row: on time or late as the receipt list judges it (by its first package against the end of the due
     * day); not received is missing once the due day has passed, else not yet due — and never missing while the
     * province has set no due date, since nothing is overdue before a date says so.
     */
    private UnitReportStatus status(CommuneReceipt r, Unit unit, LocalDate dueDate) {
        LocalDate first = r.firstReceivedAt() == null ? null : r.firstReceivedAt().atZone(zone).toLocalDate();
        LocalDate latest = r.receivedAt() == null ? null : r.receivedAt().atZone(zone).toLocalDate();
        Timeliness timeliness = switch (r.state()) {
            case ON_TIME -> new Timeliness(Timeliness.Status.ON_TIME, 0);
            case LATE -> new Timeliness(Timeliness.Status.LATE,
                    Math.max(1, ChronoUnit.DAYS.between(dueDate, first)));
            case MISSING -> dueDate == null || !today.isAfter(dueDate)
                    ? new Timeliness(Timeliness.Status.NOT_YET_DUE, 0)
                    : new Timeliness(Timeliness.Status.MISSING, ChronoUnit.DAYS.between(dueDate, today));
        };
        Integer version = r.state() == ReceiptState.MISSING ? null : r.corrections() + 1;
        return new UnitReportStatus(unit, 0, 0, version, first, latest, null, null, timeliness);
    }

    /** Every indicator, with the period's consolidated value (null: not reported this period) and target. */
    private static List<IndicatorEvaluation> evaluations(PeriodKey key, Map<String, Indicator> indicators,
                                                         List<ConsolidatedIndicator> consolidated,
                                                         List<HistoryIndicatorRow> lines) {
        Map<String, ConsolidatedIndicator> byCode = consolidated.stream()
                .collect(Collectors.toMap(ConsolidatedIndicator::code, Function.identity()));
        Map<String, List<HistoryIndicatorRow>> linesOf = lines.stream()
                .collect(Collectors.groupingBy(l -> l.row().code()));
        List<IndicatorEvaluation> out = new ArrayList<>();
        indicators.forEach((code, indicator) -> {
            ConsolidatedIndicator c = byCode.get(code);
            IndicatorTarget target = c == null ? null : target(key.year(), c.aggregation(),
                    linesOf.getOrDefault(code, List.of()));
            out.add(new IndicatorEvaluation(indicator, target, List.of(), c == null ? null : c.total(), null,
                    Evaluation.KHONG_DANH_GIA));
        });
        return out;
    }

    /**
     * The province's target for the period: its communes' numeric targets added up or averaged as their figures are
     * (over the communes whose package in force states one); an indicator only counted (words, unknown unit) has its
     * communes' wording as a qualitative target, which the charts name instead of drawing; else none.
     */
    static IndicatorTarget target(int year, Aggregation aggregation, List<HistoryIndicatorRow> lines) {
        List<BigDecimal> values = lines.stream().map(HistoryIndicatorRow::targetValue).filter(Objects::nonNull)
                .toList();
        String wording = lines.stream().map(HistoryIndicatorRow::targetText)
                .filter(t -> t != null && !t.isBlank()).map(String::strip)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (aggregation != Aggregation.COUNT && !values.isEmpty()) {
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal value = aggregation == Aggregation.SUM ? sum
                    : sum.divide(BigDecimal.valueOf(values.size()), MEAN);
            return new IndicatorTarget(year, TargetKind.NUMERIC, vn.kehoachxa.domain.plan.Comparator.GE,
                    value.stripTrailingZeros(), null, null, wording);
        }
        if (aggregation == Aggregation.COUNT && wording != null) {
            return new IndicatorTarget(year, TargetKind.QUALITATIVE, null, null, null, wording, wording);
        }
        return null;
    }
}
