package vn.kehoachxa.domain.signing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Bản gốc ký số: the digitally signed PDF that a signer tool returned for a plan ({@code planId}) or for a period's
 * report ({@code periodId}) — exactly one of them is set — with the number and date the document carries, kept as a
 * copy inside the data folder ({@code storedFile}, relative to it) with its SHA-256. {@code signers} are the names the
 * file's signatures give (empty: the official recorded a file without a signature after confirming).
 */
public record SignedOriginal(Long id, Long planId, Long periodId, String number, LocalDate date, String storedFile,
                             String originalName, String sha256, long size, List<String> signers,
                             LocalDateTime recordedAt, String recordedBy) {
    public SignedOriginal {
        if ((planId == null) == (periodId == null)) {
            throw new IllegalArgumentException("a signed original belongs to a plan or to a period");
        }
        signers = List.copyOf(signers);
    }

    /** Whether the file carried at least one digital signature when recorded. */
    public boolean signed() {
        return !signers.isEmpty();
    }
}
