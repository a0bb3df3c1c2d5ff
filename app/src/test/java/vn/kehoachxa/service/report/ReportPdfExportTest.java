package vn.kehoachxa.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoachxa.domain.report.ReportDocument;
import vn.kehoachxa.export.pdf.ReportPdfChecks;
import vn.kehoachxa.service.PeriodicReportService;

/** The periodic report's PDF: PDF/A-2b, the .docx's letters, A4 portrait report and landscape Biểu pages. */
class ReportPdfExportTest {

    @TempDir
    Path dir;
    FilledQuarter q;

    @AfterEach
    void close() {
        q.db.close();
    }

    @Test
    void theReportPdfIsPdfaWithTheDocxTextAndItsBieuOnLandscapePages() throws Exception {
        q = new FilledQuarter(dir);
        PeriodicReportService reports = new PeriodicReportService(q.db, q.clock);
        ReportDocument doc = reports.document(q.quarter.period().id());
        Path pdf = dir.resolve("BaoCao.pdf");
        Path docx = dir.resolve("BaoCao.docx");
        reports.exportPdf(doc, pdf);
        reports.exportWord(doc, docx);
        byte[] bytes = Files.readAllBytes(pdf);

        assertThat(ReportPdfChecks.pdfaFailures(bytes)).isEmpty();
        List<Boolean> landscape = ReportPdfChecks.landscapeA4Pages(bytes);
        assertThat(landscape.getFirst()).isFalse();
        assertThat(landscape.subList(landscape.indexOf(true), landscape.size())).containsOnly(true)
                .hasSizeGreaterThanOrEqualTo(doc.tables().size());
        List<String> headers = doc.tables().stream().map(t -> String.join(" ", t.columns())).toList();
        // Same letters as the .docx (white space aside): a row split over pages may interleave its cells' lines.
        assertThat(ReportPdfChecks.sortedLetters(bytes, headers))
                .isEqualTo(ReportPdfChecks.sortedDocxLetters(Files.readAllBytes(docx)));
    }
}
