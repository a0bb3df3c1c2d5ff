package vn.kehoachxa.service.collect;

import java.nio.file.Path;
import java.time.ZoneId;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ProvinceReportHeader;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.export.collect.ProvinceReportWordExporter;
import vn.kehoachxa.export.collect.ProvinceWorkbookExporter;

/**
 * Xuất bảng tổng hợp và báo cáo của tỉnh (issue 17, point 4): one period's consolidated tables as a print-ready
 * .xlsx and the province's report as a Decree 30 .docx, both from the period's summary as the dashboard shows it
 * ({@link ProvinceViewService#summary}), written safely (temp file, fsync, atomic move) so a failure leaves no half
 * file. Reads the database once per export and holds no transaction while the file is written.
 */
public final class ProvinceExportService {
    private final ProvinceViewService views;
    private final ZoneId zone;

    /** Exports reading through {@code views}, printing times in {@code zone} (the office PC's). */
    public ProvinceExportService(ProvinceViewService views, ZoneId zone) {
        this.views = views;
        this.zone = zone;
    }

    /**
     * Writes the period's consolidated workbook to {@code target}.
     *
     * @throws vn.kehoachxa.files.FileWriteException when the file cannot be written, naming it
     */
    public ProvincePeriodSummary exportWorkbook(PeriodKind kind, int year, int index, Path target) {
        ProvincePeriodSummary summary = views.summary(kind, year, index);
        new ProvinceWorkbookExporter(zone).export(summary, target);
        return summary;
    }

    /**
     * Writes the province's report on the period to {@code target}, headed by {@code header}.
     *
     * @throws vn.kehoachxa.files.FileWriteException when the file cannot be written, naming it
     */
    public ProvincePeriodSummary exportReport(PeriodKind kind, int year, int index, ProvinceReportHeader header,
                                              Path target) {
        ProvincePeriodSummary summary = views.summary(kind, year, index);
        new ProvinceReportWordExporter(zone).export(summary, header, target);
        return summary;
    }

    /**
     * Writes an already read {@code summary} (the period on screen) as the consolidated workbook: file work only, for
     * the file executor, so the database stays with the ordered one.
     */
    public void writeWorkbook(ProvincePeriodSummary summary, Path target) {
        new ProvinceWorkbookExporter(zone).export(summary, target);
    }

    /** Writes an already read {@code summary} as the province's report headed by {@code header}: file work only. */
    public void writeReport(ProvincePeriodSummary summary, ProvinceReportHeader header, Path target) {
        new ProvinceReportWordExporter(zone).export(summary, header, target);
    }
}
