package vn.kehoachxa.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.export.word.PlanWordExporter;

/**
 * Renders the Mường La plan twice — our PDF, and LibreOffice's rendering of our .docx — as PNGs side by side under
 * target/screenshots/pdf/ for a human to compare, and checks the page counts are within one page.
 */
class PdfRenderingTest {

    @TempDir
    Path dir;

    @Test
    void theMuongLaPdfPrintsLikeLibreOfficesRenderingOfTheDocx() throws Exception {
        assumeTrue(PdfLook.onPath("soffice") && PdfLook.onPath("pdftoppm"), "LibreOffice/poppler not installed");
        PlanDocument plan = PlanFiles.read(PdfSamples.sample("muong-la"));
        Path docx = dir.resolve("muong-la.docx");
        new PlanWordExporter().export(plan, docx);
        Path ours = dir.resolve("muong-la-ours.pdf");
        byte[] pdf = new PlanPdfExporter().toBytes(plan);
        Files.write(ours, pdf);
        Path lo = PdfLook.libreOffice(docx);
        Files.createDirectories(PdfLook.SCREENSHOTS);
        Files.copy(ours, PdfLook.SCREENSHOTS.resolve("muong-la.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(lo, PdfLook.SCREENSHOTS.resolve("muong-la-libreoffice.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        PdfLook.png(ours, "muong-la-pdf");
        PdfLook.png(lo, "muong-la-libreoffice");
        int theirs = PdfChecks.pages(Files.readAllBytes(lo));
        assertThat(PdfChecks.pages(pdf)).as("pages: ours vs LibreOffice's %d", theirs).isBetween(theirs - 1, theirs + 1);
    }
}
