package vn.kehoachxa.domain.signing;

import java.util.List;

/**
 * What a PDF holds of digital signatures (chữ ký số): its page count and, per signature, the signer's name as the
 * signature gives it ("" when it names none). Listed, not verified.
 */
public record PdfSignatures(int pages, List<String> signers) {
    public PdfSignatures {
        signers = List.copyOf(signers);
    }

    /** Whether at least one digital signature is in the file. */
    public boolean signed() {
        return !signers.isEmpty();
    }
}
