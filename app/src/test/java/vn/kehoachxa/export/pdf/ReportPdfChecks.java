package vn.kehoachxa.export.pdf;

import java.util.List;

/** {@link PdfChecks} for tests outside this package (the report's service tests). */
public final class ReportPdfChecks {

    private ReportPdfChecks() {
    }

    public static List<String> pdfaFailures(byte[] pdf) {
        return PdfChecks.pdfaFailures(pdf);
    }

    public static List<Boolean> landscapeA4Pages(byte[] pdf) {
        return PdfChecks.landscapeA4Pages(pdf);
    }

    /** The PDF's letters without white space or the repeated header rows {@code headers}, sorted. */
    public static String sortedLetters(byte[] pdf, List<String> headers) {
        return PdfChecks.sortedLetters(PdfChecks.text(pdf, headers.stream().map(PdfChecks::normalise).toList()));
    }

    /** The .docx's paragraphs' letters, sorted. */
    public static String sortedDocxLetters(byte[] docx) {
        return PdfChecks.sortedLetters(String.join("", PdfChecks.docxParagraphs(
                vn.kehoachxa.export.word.DocxReading.open(docx))));
    }
}
