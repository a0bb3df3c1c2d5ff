/**
 * Work on finished PDFs (issue 15): empty signature fields where the signer and the body sign
 * ({@link vn.kehoachxa.export.pdf.SignatureFields}), and the check of a PDF a signer tool returned
 * ({@link vn.kehoachxa.export.pdf.SignedPdfCheck}). Neither renders a document; they take any PDF.
 */
package vn.kehoachxa.export.pdf;
