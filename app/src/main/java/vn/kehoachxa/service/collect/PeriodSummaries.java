package vn.kehoachxa.service.collect;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.kehoachxa.domain.collect.Aggregation;
import vn.kehoachxa.domain.collect.AggregationRule;
import vn.kehoachxa.domain.collect.CommuneFigure;
import vn.kehoachxa.domain.collect.CommuneReceipt;
import vn.kehoachxa.domain.collect.CommuneTasks;
import vn.kehoachxa.domain.collect.ConsolidatedIndicator;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.persistence.collector.ProvinceQueries.IndicatorRow;
import vn.kehoachxa.persistence.collector.ProvinceQueries.PackageRow;
import vn.kehoachxa.persistence.collector.ProvinceQueries.TaskCountRow;

/**
 * Builds a {@link ProvincePeriodSummary} from the rows the province queries read, without the database: receipt
 * states against the due date in the PC's zone, indicators consolidated by code, task counts by commune.
 */
final class PeriodSummaries {
    /** Digits kept in a mean: far more than any report prints, so rounding happens only when shown. */
    private static final MathContext MEAN = new MathContext(16, RoundingMode.HALF_UP);

    private final ZoneId zone;

    PeriodSummaries(ZoneId zone) {
        this.zone = zone;
    }

    ProvincePeriodSummary summarise(String provinceName, PackagePeriod period, List<ProvinceCommune> communes,
                                    LocalDate dueDate, List<PackageRow> packages, List<IndicatorRow> indicators,
                                    List<TaskCountRow> taskCounts) {
        Map<String, List<PackageRow>> byCommune = packages.stream()
                .collect(Collectors.groupingBy(PackageRow::communeCode, LinkedHashMap::new, Collectors.toList()));
        // A report is late from the first moment of the day after the due date, in the PC's zone.
        Instant deadline = dueDate == null ? null : dueDate.plusDays(1).atStartOfDay(zone).toInstant();
        List<CommuneReceipt> receipts = new ArrayList<>();
        for (ProvinceCommune c : communes) {
            receipts.add(receipt(c, byCommune.getOrDefault(c.code(), List.of()), deadline));
        }
        Map<String, String> names = communes.stream()
                .collect(Collectors.toMap(ProvinceCommune::code, ProvinceCommune::name));
        packages.stream().filter(PackageRow::inForce)
                .forEach(p -> names.putIfAbsent(p.communeCode(), p.communeName()));
        return new ProvincePeriodSummary(province(provinceName, communes, packages), period, dueDate, receipts,
                consolidate(indicators, names), tasks(taskCounts, names));
    }

    private static CommuneReceipt receipt(ProvinceCommune commune, List<PackageRow> rows, Instant deadline) {
        if (rows.isEmpty()) {
            return new CommuneReceipt(commune, ReceiptState.MISSING, null, null, null, 0, null);
        }
        Instant first = rows.stream().map(PackageRow::receivedAt).min(Comparator.naturalOrder()).orElseThrow();
        PackageRow inForce = rows.stream().filter(PackageRow::inForce).reduce((a, b) -> b).orElse(rows.getLast());
        ReceiptState state = deadline == null || first.isBefore(deadline) ? ReceiptState.ON_TIME : ReceiptState.LATE;
        return new CommuneReceipt(commune, state, UUID.fromString(inForce.packageId()), first, inForce.receivedAt(),
                rows.size() - 1, inForce.planVersion());
    }

    /** The name set for the province; else the one most of its communes name; else the packages'. */
    private static String province(String set, List<ProvinceCommune> communes, List<PackageRow> packages) {
        if (set != null && !set.isBlank()) {
            return set.strip();
        }
        Map<String, Long> votes = communes.isEmpty()
                ? packages.stream().filter(PackageRow::inForce)
                        .collect(Collectors.groupingBy(PackageRow::province, Collectors.counting()))
                : communes.stream().collect(Collectors.groupingBy(ProvinceCommune::province, Collectors.counting()));
        return votes.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }

    private static List<ConsolidatedIndicator> consolidate(List<IndicatorRow> rows, Map<String, String> names) {
        Map<String, List<IndicatorRow>> byCode = rows.stream()
                .collect(Collectors.groupingBy(IndicatorRow::code, LinkedHashMap::new, Collectors.toList()));
        // Indicators in the order communes list them (the template's row order), then by code.
        Map<String, Integer> order = new HashMap<>();
        byCode.forEach((code, list) -> order.put(code, list.stream().mapToInt(IndicatorRow::rowNo).min()
                .orElse(Integer.MAX_VALUE)));
        List<ConsolidatedIndicator> out = new ArrayList<>();
        byCode.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<IndicatorRow>> e) -> order.get(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> out.add(indicator(e.getKey(), e.getValue(), names)));
        return out;
    }

    private static ConsolidatedIndicator indicator(String code, List<IndicatorRow> rows, Map<String, String> names) {
        // Name and unit as the most recently received package words them (a commune may have fixed a typo).
        IndicatorRow latest = rows.stream().max(Comparator.comparing(IndicatorRow::receivedAt)
                .thenComparing(IndicatorRow::communeCode)).orElseThrow();
        Aggregation aggregation = AggregationRule.of(latest.unitOfMeasure());
        List<CommuneFigure> breakdown = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        int reporting = 0;
        int judged = 0;
        int met = 0;
        for (IndicatorRow r : rows.stream().sorted(Comparator.comparing(IndicatorRow::communeCode)).toList()) {
            Evaluation evaluation = evaluation(r.evaluation());
            breakdown.add(new CommuneFigure(r.communeCode(), names.getOrDefault(r.communeCode(), r.communeCode()),
                    r.figure(), r.figureText(), evaluation));
            boolean gave = r.figure() != null || (r.figureText() != null && !r.figureText().isBlank());
            reporting += gave ? 1 : 0;
            if (r.figure() != null) {
                values.add(r.figure());
            }
            judged += evaluation.isVerdict() ? 1 : 0;
            met += evaluation == Evaluation.DAT || evaluation == Evaluation.VUOT ? 1 : 0;
        }
        return new ConsolidatedIndicator(code, latest.name(), latest.unitOfMeasure(), aggregation,
                total(aggregation, values, reporting), reporting, judged, met, breakdown);
    }

    private static BigDecimal total(Aggregation aggregation, List<BigDecimal> values, int reporting) {
        return switch (aggregation) {
            case SUM -> values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .stripTrailingZeros();
            case MEAN -> values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(values.size()), MEAN).stripTrailingZeros();
            case COUNT -> reporting == 0 ? null : BigDecimal.valueOf(reporting);
        };
    }

    /** A judgement the collector cannot read (a newer app's) counts as not judged rather than failing the view. */
    private static Evaluation evaluation(String stored) {
        try {
            return Evaluation.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return Evaluation.KHONG_DANH_GIA;
        }
    }

    private static List<CommuneTasks> tasks(List<TaskCountRow> rows, Map<String, String> names) {
        Map<String, Map<TaskStatus, Integer>> byCommune = new LinkedHashMap<>();
        for (TaskCountRow r : rows) {
            TaskStatus status = status(r.status());
            if (status != null) {
                byCommune.computeIfAbsent(r.communeCode(), k -> new EnumMap<>(TaskStatus.class))
                        .merge(status, r.count(), Integer::sum);
            }
        }
        return byCommune.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new CommuneTasks(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList();
    }

    private static TaskStatus status(String stored) {
        return java.util.Arrays.stream(TaskStatus.values()).filter(s -> s.name().equals(stored)).findFirst()
                .orElse(null);
    }
}
