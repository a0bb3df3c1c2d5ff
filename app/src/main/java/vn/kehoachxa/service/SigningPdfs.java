package vn.kehoachxa.service;

import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.export.pdf.SignatureFields;

/**
 * PDF để ký số: puts the empty signature fields on the PDFs just rendered for signing (issue 15, point 4) — the
 * signer's (and the body's seal) on the document, the body's at the top right of each appendix filed separately — so
 * the signer tool (vSignPDF, MySign …) signs in place. The fields are a help, not the document: a draft whose signer
 * is not printed yet keeps its PDF without them.
 */
final class SigningPdfs {
    private static final Logger LOG = LoggerFactory.getLogger(SigningPdfs.class);

    private SigningPdfs() {
    }

    /** Adds the fields to {@code files}: the first is the signed document, the others its separate appendices. */
    static void addFields(List<Path> files, Signer signer) {
        if (files.isEmpty()) {
            return;
        }
        try {
            SignatureFields.addAtSigner(files.getFirst(), files.getFirst(), signer, true);
        } catch (DomainException e) {
            // No printed signer yet (a draft): the PDF stays as rendered, the signer tool places the signature.
            LOG.info("No signature field on {}: {}", files.getFirst().getFileName(), e.getMessage());
        }
        for (Path appendix : files.subList(1, files.size())) {
            SignatureFields.addForAppendix(appendix, appendix);
        }
    }
}
