package vn.kehoachxa.export.pdf;

import java.nio.file.Path;

import vn.kehoachxa.domain.report.ReportDocument;
import vn.kehoachxa.files.SafeFiles;

/**
 * Xuất báo cáo định kỳ ra PDF để ký số: the report with Biểu 1–3 on landscape pages in one PDF/A-2b file, laid out
 * as its .docx, rendered in-process (the report package needs no LibreOffice).
 */
public final class ReportPdfExporter {

    /**
     * Writes the report to {@code target} through {@link SafeFiles}.
     *
     * @throws vn.kehoachxa.files.FileWriteException when the file cannot be written, naming it
     */
    public void export(ReportDocument report, Path target) {
        byte[] pdf = toBytes(report);
        SafeFiles.write(target, out -> out.write(pdf));
    }

    /** The PDF as bytes (tests, benchmarks). */
    public byte[] toBytes(ReportDocument report) {
        return PlanPdfExporter.render(ReportFo.document(report), title(report));
    }

    private static String title(ReportDocument report) {
        String summary = report.header().summary() == null ? "" : report.header().summary().replace('\n', ' ');
        return (report.header().type().title() + " " + summary).strip();
    }
}
