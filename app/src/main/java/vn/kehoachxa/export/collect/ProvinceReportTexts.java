package vn.kehoachxa.export.collect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.Aggregation;
import vn.kehoachxa.domain.collect.CommuneReceipt;
import vn.kehoachxa.domain.collect.ConsolidatedIndicator;
import vn.kehoachxa.domain.collect.ProvinceReportHeader;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.domain.text.VietnameseDates;

/**
 * The province report's draft text, one paragraph per line, generated from the period's summary: receipts (who
 * reported, on time, late, who is missing by name), each consolidated indicator with its total and the share of
 * communes meeting it, the task status totals, and short assessments an official completes.
 */
final class ProvinceReportTexts {
    /** A share of communes meeting an indicator from which it counts as a strength, and below which a weakness. */
    private static final double STRONG = 0.8;
    private static final double WEAK = 0.5;

    String opening(ProvincePeriodSummary s) {
        return Texts.get("provreport.opening", ProvinceWording.period(s.period()), s.province().strip());
    }

    String receipts(ProvincePeriodSummary s, LocalDate asOf) {
        long onTime = s.count(ReceiptState.ON_TIME);
        long late = s.count(ReceiptState.LATE);
        long missing = s.count(ReceiptState.MISSING);
        List<String> lines = new ArrayList<>();
        String when = asOf == null ? Texts.get("provreport.asOfNow")
                : Texts.get("provreport.asOf", VietnameseDates.shortDate(asOf));
        String due = s.dueDate() == null ? "" : Texts.get("provreport.dueWas", VietnameseDates.shortDate(s.dueDate()));
        lines.add(Texts.get("provreport.received", when, ProvinceWording.period(s.period()),
                String.valueOf(onTime + late), String.valueOf(s.communes().size()), String.valueOf(onTime),
                String.valueOf(late), due));
        if (late > 0) {
            lines.add(Texts.get("provreport.lateNames", ProvinceReportWordExporter.names(s, ReceiptState.LATE)));
        }
        long corrected = s.communes().stream().filter(CommuneReceipt::replaced).count();
        if (corrected > 0) {
            lines.add(Texts.get("provreport.corrected", String.valueOf(corrected)));
        }
        lines.add(missing == 0 ? Texts.get("provreport.noneMissing")
                : Texts.get("provreport.missing", String.valueOf(missing),
                        ProvinceReportWordExporter.names(s, ReceiptState.MISSING)));
        return String.join("\n", lines);
    }

    String indicators(ProvincePeriodSummary s) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.get("provreport.indicatorsIntro", String.valueOf(s.indicators().size()),
                String.valueOf(s.communes().size() - s.count(ReceiptState.MISSING))));
        for (ConsolidatedIndicator i : s.indicators()) {
            lines.add("- " + i.name() + ": " + total(i) + "; " + judged(i) + ".");
        }
        return String.join("\n", lines);
    }

    /** "bình quân các xã, phường 92,5%", "tổng số toàn tỉnh 1.234 người", "45 xã, phường báo cáo". */
    static String total(ConsolidatedIndicator i) {
        if (i.aggregation() == Aggregation.COUNT || i.total() == null) {
            return i.reporting() == 0 ? Texts.get("provreport.noFigure")
                    : Texts.get("provreport.countReporting", String.valueOf(i.reporting()));
        }
        String unit = i.unitOfMeasure().strip();
        String value = ProvinceWording.figure(i.total()) + (unit.isEmpty() ? ""
                : unit.equals("%") || unit.equals("‰") ? unit : " " + unit);
        return Texts.get(i.aggregation() == Aggregation.SUM ? "provreport.sum" : "provreport.mean", value);
    }

    /** "85/90 xã, phường được đánh giá đạt chỉ tiêu (94,4%)", or that none was judged. */
    static String judged(ConsolidatedIndicator i) {
        return i.judged() == 0 ? Texts.get("provreport.noneJudged")
                : Texts.get("provreport.met", String.valueOf(i.met()), String.valueOf(i.judged()),
                        ProvinceWording.percent(i.shareMet()));
    }

    String tasks(ProvincePeriodSummary s) {
        int total = 0;
        for (TaskStatus status : TaskStatus.values()) {
            total += s.taskTotal(status);
        }
        List<String> lines = new ArrayList<>();
        lines.add(Texts.get("provreport.tasksIntro", String.valueOf(total), String.valueOf(s.tasks().size())));
        for (TaskStatus status : TaskStatus.values()) {
            int n = s.taskTotal(status);
            if (n > 0) {
                lines.add(Texts.get("provreport.taskLine", status.label(), String.valueOf(n),
                        ProvinceWording.percent(total == 0 ? null : (double) n / total)));
            }
        }
        // The list ends with a full stop, its other lines with ";".
        String last = lines.getLast();
        if (lines.size() > 1 && last.endsWith(";")) {
            lines.set(lines.size() - 1, last.substring(0, last.length() - 1) + ".");
        }
        return String.join("\n", lines);
    }

    String strengths(ProvincePeriodSummary s) {
        List<String> strong = names(s, true);
        return strong.isEmpty() ? Texts.get("provreport.toFill")
                : Texts.get("provreport.strong", percentOf(STRONG), String.join("; ", strong));
    }

    String weaknesses(ProvincePeriodSummary s) {
        List<String> lines = new ArrayList<>();
        List<String> weak = names(s, false);
        if (!weak.isEmpty()) {
            lines.add(Texts.get("provreport.weak", String.join("; ", weak)));
        }
        long late = s.count(ReceiptState.LATE);
        long missing = s.count(ReceiptState.MISSING);
        if (late + missing > 0) {
            lines.add(Texts.get("provreport.reportingWeak", String.valueOf(late), String.valueOf(missing)));
        }
        return lines.isEmpty() ? Texts.get("provreport.toFill") : String.join("\n", lines);
    }

    String nextPeriod(ProvincePeriodSummary s) {
        List<String> lines = new ArrayList<>();
        long missing = s.count(ReceiptState.MISSING);
        if (missing > 0) {
            lines.add(Texts.get("provreport.nextMissing", String.valueOf(missing),
                    ProvinceWording.period(s.period())));
        }
        lines.add(Texts.get("provreport.nextWeak"));
        return String.join("\n", lines);
    }

    String closing(ProvincePeriodSummary s, ProvinceReportHeader header) {
        String to = header.addressees().isEmpty() ? Texts.get("provreport.toUsual")
                : String.join(", ", header.addressees());
        return Texts.get("provreport.closing", ProvinceWording.period(s.period()), s.province().strip(), to);
    }

    /** Indicators met by at least {@link #STRONG} (strong) or fewer than {@link #WEAK} (not) of judged communes. */
    private static List<String> names(ProvincePeriodSummary s, boolean strong) {
        List<String> out = new ArrayList<>();
        for (ConsolidatedIndicator i : s.indicators()) {
            Double share = i.shareMet();
            if (share != null && (strong ? share >= STRONG : share < WEAK)) {
                out.add(i.name() + " (" + ProvinceWording.percent(share) + ")");
            }
        }
        return out;
    }

    private static String percentOf(double share) {
        return Math.round(share * 100) + "%";
    }
}
