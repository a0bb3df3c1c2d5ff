package vn.kehoachxa.service.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.domain.report.ReportTable;
import vn.kehoachxa.domain.report.ReportTable.Row;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.domain.text.VietnameseNumbers;
import vn.kehoachxa.service.reporting.IndicatorEvaluation;
import vn.kehoachxa.service.reporting.PeriodResults;
import vn.kehoachxa.service.reporting.TaskEvaluation;
import vn.kehoachxa.service.reporting.UnitReportStatus;
import vn.kehoachxa.service.reporting.UnitResult;

/**
 * The appendix tables of a periodic report: Biểu 1 indicator results, Biểu 2 progress of the assigned tasks (task
 * rows only), Biểu 3 the units' reporting. The same text goes to the Word appendix and to the Excel workbook.
 */
public final class ReportTables {
    private ReportTables() {
    }

    /** The three tables; {@code lastYear} holds the same period's consolidated figures a year earlier, by id. */
    public static List<ReportTable> of(PlanDocument doc, PeriodResults results, List<UnitReportStatus> grid,
                                       Map<Long, BigDecimal> lastYear) {
        return List.of(indicators(doc, results, lastYear), tasks(results), units(results.period().period(), grid));
    }

    static ReportTable indicators(PlanDocument doc, PeriodResults results, Map<Long, BigDecimal> lastYear) {
        ReportingPeriod p = results.period().period();
        Map<Long, IndicatorEvaluation> byId = results.indicators().stream()
                .collect(Collectors.toMap(e -> e.indicator().id(), e -> e, (a, b) -> a, LinkedHashMap::new));
        List<Row> rows = new ArrayList<>();
        RowNumbers numbers = RowNumbers.of(doc);
        for (IndicatorGroup g : doc.indicatorGroups()) {
            String title = numbers.heading(g);
            if (!title.isBlank() && doc.indicatorGroups().size() > 1) {
                rows.add(Row.group(title));
            }
            for (Indicator i : g.indicators()) {
                IndicatorEvaluation e = byId.get(i.id());
                String target = targetCell(e, p.year());
                BigDecimal before = lastYear.get(i.id());
                rows.add(Row.data(numbers.of(i), i.name().strip(),
                        Objects.toString(i.unitOfMeasure(), ""), target, e == null ? "" : result(e),
                        before == null ? "" : VietnameseNumbers.format(before),
                        e == null ? "" : e.evaluation().label()));
            }
        }
        return new ReportTable("Biểu 1", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
                List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu kế hoạch",
                        "Kết quả " + ReportWording.shortPeriod(p), "Cùng kỳ năm trước", "Đánh giá"), rows);
    }

    /**
     * Biểu 1's "Chỉ tiêu kế hoạch" cell: the target in force as the plan words it, with its year when it is not the
     * period's ({@code year}); blank without a target. The upward package's results carry the same text.
     */
    public static String targetCell(IndicatorEvaluation e, int year) {
        return e == null || e.target() == null ? "" : TargetText.format(e.target())
                + (e.target().year() == null || e.target().year() == year ? "" : " (năm " + e.target().year() + ")");
    }

    /** The words Biểu 1 prints for a result without a figure: the first unit's text, or null. */
    public static String resultWords(IndicatorEvaluation e) {
        return e.results().stream().map(UnitResult::text).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse(null);
    }

    private static String result(IndicatorEvaluation e) {
        if (e.consolidated() != null) {
            return VietnameseNumbers.format(e.consolidated());
        }
        return e.results().stream().map(UnitResult::text).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse("");
    }

    static ReportTable tasks(PeriodResults results) {
        List<Row> rows = new ArrayList<>();
        String group = null;
        // Only task rows: the title says nhiệm vụ, and target rows (numbered apart) are reported under II.1.
        for (TaskEvaluation t : results.tasks()) {
            if (t.item().matrix() != TableKind.TASK_MATRIX) {
                continue;
            }
            String g = Objects.toString(t.item().groupTitle(), "");
            if (!g.equals(group)) {
                group = g;
                if (!g.isBlank()) {
                    rows.add(Row.group(ReportDraftBuilder.groupHeading(g).replaceFirst(":$", "")));
                }
            }
            String leads = t.item().item().leads().stream().map(Assignee::name).collect(Collectors.joining("; "));
            String summary = t.reports().stream().filter(r -> r.resultText() != null && !r.resultText().isBlank())
                    .map(r -> r.unit().name() + ": " + r.resultText().strip()).distinct()
                    .collect(Collectors.joining("\n"));
            String status = t.actualCompletion() == null ? t.status().label() : t.status().label() + "\n"
                    + Texts.get("report.completedOn", VietnameseDates.shortDate(t.actualCompletion()));
            rows.add(Row.data(t.item().number(),
                    t.item().item().content().strip(), leads, status, summary));
        }
        return new ReportTable("Biểu 2", "TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ",
                List.of("TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Tình trạng", "Kết quả thực hiện"), rows);
    }

    static ReportTable units(ReportingPeriod p, List<UnitReportStatus> grid) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (UnitReportStatus g : grid) {
            n++;
            rows.add(Row.data(String.valueOf(n), g.unit().name(), VietnameseDates.shortDate(p.dueDate()),
                    g.firstReceived() == null ? "" : VietnameseDates.shortDate(g.firstReceived()),
                    g.timeliness().label()));
        }
        return new ReportTable("Biểu 3", "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ",
                List.of("TT", "Cơ quan, đơn vị", "Hạn gửi", "Ngày nhận", "Tình trạng"), rows);
    }
}
