package vn.kehoachxa.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.export.word.AppendixText;
import vn.kehoachxa.export.word.DocumentLayout;
import vn.kehoachxa.export.word.PlanWordExporter;
import vn.kehoachxa.service.PlanTemplates;

/**
 * The PDF of a plan against its .docx: PDF/A-2b by veraPDF, every font embedded, the same text paragraph for
 * paragraph, A4 portrait body and A4 landscape appendices; separate appendix files carry the signing note.
 */
class PlanPdfExportTest {

    @TempDir
    Path dir;

    static PlanDocument plan(String name) {
        if ("template".equals(name)) {
            return PlanTemplates.resolution72(new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La",
                    "Ủy ban nhân dân xã Mường La", "Đảng ủy xã Mường La", "Mường La", List.of(), List.of()), 2026);
        }
        return PlanFiles.read(PdfSamples.sample(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-dong", "hai-duong", "muong-la", "template"})
    void thePdfIsPdfaWithEmbeddedFontsAndTheDocxTextOnA4Pages(String name) {
        PlanDocument plan = plan(name);
        byte[] pdf = new PlanPdfExporter().toBytes(plan);

        assertThat(PdfChecks.pdfaFailures(pdf)).as("veraPDF PDF/A-2b").isEmpty();
        assertThat(PdfChecks.unembeddedFonts(pdf)).isEmpty();

        // Paragraph for paragraph (PdfChecks.text says how both sides are normalised): the body's .docx paragraphs
        // in order against the portrait pages; the appendix tables against the landscape pages, letter for letter
        // but in any order, because a long row that runs on over a page break interleaves its cells' lines.
        List<String> paragraphs = PdfChecks.docxParagraphs(vn.kehoachxa.export.word.DocxReading.open(
                new PlanWordExporter().toBytes(plan)));
        List<AppendixText> tables = AppendixText.of(plan, DocumentLayout.of(plan.plan()));
        int bodyEnd = tables.isEmpty() ? paragraphs.size() : paragraphs.indexOf(tables.getFirst().label());
        List<Boolean> pages = PdfChecks.landscapeA4Pages(pdf);
        int portraitPages = pages.contains(true) ? pages.indexOf(true) : pages.size();
        String body = PdfChecks.letters(PdfChecks.text(pdf, List.of(), 1, portraitPages));
        int at = 0;
        for (String p : paragraphs.subList(0, bodyEnd)) {
            String letters = PdfChecks.letters(p);
            assertThat(body.indexOf(letters, at)).as("paragraph at letter %d of the PDF: %s%nPDF has: %s", at, p,
                    body.substring(at, Math.min(body.length(), at + letters.length() + 40))).isEqualTo(at);
            at += letters.length();
        }
        assertThat(body).hasSize(at);
        List<String> headers = tables.stream().map(a -> PdfChecks.normalise(String.join(" ", a.columns()))).toList();
        String appendixText = PdfChecks.text(pdf, headers, portraitPages + 1, Integer.MAX_VALUE);
        assertThat(PdfChecks.sortedLetters(appendixText)).isEqualTo(
                PdfChecks.sortedLetters(String.join("", paragraphs.subList(bodyEnd, paragraphs.size()))));

        List<Boolean> landscape = PdfChecks.landscapeA4Pages(pdf);
        int appendices = plan.printedAppendices().size();
        int firstLandscape = landscape.indexOf(true);
        assertThat(landscape.subList(0, firstLandscape < 0 ? landscape.size() : firstLandscape))
                .isNotEmpty().containsOnly(false);
        if (appendices > 0) {
            assertThat(landscape.subList(firstLandscape, landscape.size())).containsOnly(true)
                    .hasSizeGreaterThanOrEqualTo(appendices);
        } else {
            assertThat(firstLandscape).isEqualTo(-1);
        }
    }

    @Test
    void separateAppendicesGoOneFileEachWithTheSigningNoteAtTheTopRight() throws IOException {
        PlanDocument plan = plan("muong-la");
        Path target = dir.resolve("KH.pdf");
        List<Path> files = new PlanPdfExporter().export(plan, target, PlanPdfExporter.Appendices.SEPARATE);

        List<AppendixText> appendices = AppendixText.of(plan, DocumentLayout.of(plan.plan()));
        assertThat(files).hasSize(1 + appendices.size()).first().isEqualTo(target);
        assertThat(files.get(1).getFileName()).hasToString("KH-PhuLuc-I.pdf");
        byte[] body = Files.readAllBytes(target);
        assertThat(PdfChecks.pdfaFailures(body)).isEmpty();
        assertThat(PdfChecks.landscapeA4Pages(body)).containsOnly(false);
        String number = DocumentLayout.of(plan.plan()).numberAndSymbol(plan.plan()).strip();
        for (int i = 1; i < files.size(); i++) {
            byte[] pdf = Files.readAllBytes(files.get(i));
            assertThat(PdfChecks.pdfaFailures(pdf)).isEmpty();
            assertThat(PdfChecks.landscapeA4Pages(pdf)).containsOnly(true);
            assertThat(PdfChecks.text(pdf)).startsWith(PdfChecks.normalise(number + ",") + " "
                    + appendices.get(i - 1).label());
            TextPosition first = firstGlyph(pdf);
            assertThat(first.getFontSizeInPt()).isEqualTo(10f);
            assertThat(first.getFont().getName()).doesNotContain("Bold").doesNotContain("Italic");
            assertThat(first.getXDirAdj()).as("right half of the page").isGreaterThan(841.9f / 2);
            assertThat(first.getYDirAdj()).as("in the top margin").isLessThan(57f);
        }
    }

    private static TextPosition firstGlyph(byte[] pdf) throws IOException {
        List<TextPosition> seen = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    seen.add(text);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
        }
        return seen.getFirst();
    }
}
