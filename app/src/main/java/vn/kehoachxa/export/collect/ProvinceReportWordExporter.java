package vn.kehoachxa.export.collect;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.CommuneReceipt;
import vn.kehoachxa.domain.collect.ProvinceReportHeader;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.IssuerLevel;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.report.PeriodicReport;
import vn.kehoachxa.domain.report.ReportDocument;
import vn.kehoachxa.domain.report.ReportPart;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.export.word.ReportWordExporter;
import vn.kehoachxa.files.SafeFiles;

/**
 * Xuất báo cáo tổng hợp của tỉnh ra Word: the province's report on one period in the Decree 30 administrative layout,
 * drafted from the period's {@link ProvincePeriodSummary}. It is a periodic report like a commune's — same header
 * block, "BÁO CÁO" and summary, outline I.–V., "Nơi nhận:" and signature, Biểu 1–3 on landscape pages — so it is
 * built as a {@link ReportDocument} and written by the commune app's {@link ReportWordExporter}: one layout, one
 * writer. The text is a draft the official edits in Word; every figure in it comes from the summary.
 */
public final class ProvinceReportWordExporter {
    private final ProvinceReportTexts texts = new ProvinceReportTexts();
    private final ZoneId zone;

    /** An exporter dating receipts in {@code zone} (the office PC's). */
    public ProvinceReportWordExporter(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Writes the report to {@code target} safely ({@link SafeFiles}): a failure leaves no half file.
     *
     * @throws vn.kehoachxa.files.FileWriteException when the file cannot be written, naming it
     */
    public void export(ProvincePeriodSummary summary, ProvinceReportHeader header, Path target) {
        SafeFiles.write(target, toBytes(summary, header));
    }

    /** The .docx as bytes. */
    public byte[] toBytes(ProvincePeriodSummary summary, ProvinceReportHeader header) {
        return new ReportWordExporter().toBytes(document(summary, header));
    }

    /** The report as the commune app's writer takes it: header, addressees, generated text, recipients, tables. */
    public ReportDocument document(ProvincePeriodSummary summary, ProvinceReportHeader header) {
        Map<ReportPart, String> parts = new EnumMap<>(ReportPart.class);
        parts.put(ReportPart.OPENING, texts.opening(summary));
        parts.put(ReportPart.LEADERSHIP, texts.receipts(summary, header.date()));
        parts.put(ReportPart.TARGETS, texts.indicators(summary));
        parts.put(ReportPart.TASKS, texts.tasks(summary));
        parts.put(ReportPart.STRENGTHS, texts.strengths(summary));
        parts.put(ReportPart.WEAKNESSES, texts.weaknesses(summary));
        parts.put(ReportPart.CAUSES, Texts.get("provreport.toFill"));
        parts.put(ReportPart.NEXT_PERIOD, texts.nextPeriod(summary));
        parts.put(ReportPart.PROPOSALS, Texts.get("provreport.toFill"));
        parts.put(ReportPart.CLOSING, texts.closing(summary, header));
        PeriodicReport report = new PeriodicReport(0, header.number(), header.date(), parts,
                LocalDateTime.of(2000, 1, 1, 0, 0), false);
        return new ReportDocument(plan(summary, header), header.addressees(), report, header.recipients(),
                ProvinceReportTables.all(summary, zone), cutoffLine(summary));
    }

    /** The report's header as the writers take it: a BÁO CÁO of the province's People's Committee. */
    static Plan plan(ProvincePeriodSummary summary, ProvinceReportHeader header) {
        int year = summary.period().year();
        String area = "tỉnh " + summary.province().strip();
        return new Plan(null, DocumentFamily.ADMINISTRATIVE, DocumentType.BC, header.number(),
                ProvinceReportHeader.SYMBOL, header.date(), header.place(), summaryLine(summary), area, null,
                header.issuingBody(), null, null, header.signer(), year, year, null, PlanStatus.DRAFT, null,
                ReportingRule.standard(), null, IssuerLevel.PROVINCE, PartyRules.UNSTATED);
    }

    /** The summary line (trích yếu), on two lines as the report's title prints it. */
    static String summaryLine(ProvincePeriodSummary summary) {
        return Texts.get("provreport.summary1") + "\n"
                + Texts.get("provreport.summary2", ProvinceWording.period(summary.period()));
    }

    /** "Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026", or null without the province's cut-offs. */
    static String cutoffLine(ProvincePeriodSummary summary) {
        var p = summary.period();
        if (p.cutoffStart() == null || p.cutoffEnd() == null) {
            return null;
        }
        return Texts.get("provreport.cutoff", VietnameseDates.shortDate(p.cutoffStart()),
                VietnameseDates.shortDate(p.cutoffEnd()));
    }

    /** Names of the communes in {@code state}, in list order, joined with commas. */
    static String names(ProvincePeriodSummary summary, ReceiptState state) {
        List<String> names = new ArrayList<>();
        for (CommuneReceipt r : summary.communes()) {
            if (r.state() == state) {
                names.add(r.commune().name());
            }
        }
        return String.join(", ", names);
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.of("vi", "VN"));
    }
}
