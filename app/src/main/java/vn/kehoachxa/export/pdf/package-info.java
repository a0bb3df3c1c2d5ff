/**
 * Work on finished PDFs (issue 15): empty signature fields where the signer and the body sign
 * ({@link vn.kehoachxa.export.pdf.SignatureFields}), and the check of a PDF a signer tool returned
 * ({@link vn.kehoachxa.export.pdf.SignedPdfCheck}). Neither renders a document; they take any PDF.
 *
 * <p>Xuất PDF để ký số: the plan, its appendices and the periodic report as PDF/A-2b, rendered in-process by Apache FOP
 * from the same layout description the Word writers use ({@code export.word}: layouts, texts, page geometry, column
 * widths), fonts embedded, no LibreOffice or Word needed (docs/decisions/0029-pdf-for-signing.md).
 */
package vn.kehoachxa.export.pdf;
