package vn.kehoachxa.export.collect;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.CommuneReceipt;
import vn.kehoachxa.domain.collect.CommuneTasks;
import vn.kehoachxa.domain.collect.ConsolidatedIndicator;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.report.ReportTable;
import vn.kehoachxa.domain.report.ReportTable.Row;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.domain.text.VietnameseDates;

/**
 * The province report's Biểu 1–3 as text tables, shaped to the commune report's three table widths (7, 5 and 5
 * columns) so the same writer lays them out: the consolidated indicators, the communes not yet reporting or late,
 * and the task status totals.
 */
final class ProvinceReportTables {
    private ProvinceReportTables() {
    }

    static List<ReportTable> all(ProvincePeriodSummary s, ZoneId zone) {
        return List.of(indicators(s), receipts(s, zone), tasks(s));
    }

    static ReportTable indicators(ProvincePeriodSummary s) {
        List<Row> rows = new ArrayList<>();
        int no = 1;
        for (ConsolidatedIndicator i : s.indicators()) {
            rows.add(Row.data(String.valueOf(no++), i.name(), i.unitOfMeasure(),
                    ProvinceWording.aggregation(i.aggregation()), ProvinceWording.figure(i.total()),
                    i.judged() == 0 ? "" : i.met() + "/" + i.judged(), ProvinceWording.percent(i.shareMet())));
        }
        return new ReportTable("Biểu 1", Texts.get("provreport.table1", upperPeriod(s)),
                List.of(Texts.get("provreport.col.no"), Texts.get("provexport.col.indicator"),
                        Texts.get("provexport.col.unit"), Texts.get("provexport.col.aggregation"),
                        Texts.get("provexport.col.total"), Texts.get("provreport.col.metOfJudged"),
                        Texts.get("provexport.col.shareMet")), rows);
    }

    static ReportTable receipts(ProvincePeriodSummary s, ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        int no = 1;
        for (ReceiptState state : List.of(ReceiptState.MISSING, ReceiptState.LATE)) {
            for (CommuneReceipt r : s.communes()) {
                if (r.state() == state) {
                    String received = r.firstReceivedAt() == null ? ""
                            : Texts.get("provreport.receivedOn", VietnameseDates.shortDate(
                                    r.firstReceivedAt().atZone(zone).toLocalDate()));
                    rows.add(Row.data(String.valueOf(no++), r.commune().name(), ProvinceWording.state(state),
                            r.commune().code(), received));
                }
            }
        }
        if (rows.isEmpty()) {
            rows.add(Row.group(Texts.get("provreport.allOnTime")));
        }
        return new ReportTable("Biểu 2", Texts.get("provreport.table2", upperPeriod(s)),
                List.of(Texts.get("provreport.col.no"), Texts.get("provexport.col.communeName"),
                        Texts.get("provexport.col.state"), Texts.get("provexport.col.communeCode"),
                        Texts.get("provreport.col.note")), rows);
    }

    static ReportTable tasks(ProvincePeriodSummary s) {
        int total = 0;
        for (TaskStatus status : TaskStatus.values()) {
            total += s.taskTotal(status);
        }
        List<Row> rows = new ArrayList<>();
        int no = 1;
        for (TaskStatus status : TaskStatus.values()) {
            int n = s.taskTotal(status);
            long communes = s.tasks().stream().filter(t -> t.count(status) > 0).count();
            rows.add(Row.data(String.valueOf(no++), status.label(), ProvinceWording.figure(
                    java.math.BigDecimal.valueOf(n)), ProvinceWording.percent(total == 0 ? null : (double) n / total),
                    String.valueOf(communes)));
        }
        rows.add(Row.data("", Texts.get("provexport.totalRow"),
                ProvinceWording.figure(java.math.BigDecimal.valueOf(total)), total == 0 ? "" : "100%",
                String.valueOf(s.tasks().stream().filter(t -> taskTotal(t) > 0).count())));
        return new ReportTable("Biểu 3", Texts.get("provreport.table3", upperPeriod(s)),
                List.of(Texts.get("provreport.col.no"), Texts.get("provreport.col.taskStatus"),
                        Texts.get("provreport.col.taskCount"), Texts.get("provreport.col.taskShare"),
                        Texts.get("provreport.col.taskCommunes")), rows);
    }

    private static int taskTotal(CommuneTasks t) {
        return t.counts().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String upperPeriod(ProvincePeriodSummary s) {
        return ProvinceReportWordExporter.upper(ProvinceWording.period(s.period()));
    }
}
