package vn.kehoachxa.service.reporting;

import java.time.LocalDate;
import java.util.List;
import vn.kehoachxa.domain.reporting.SubmissionSource;

/**
 * A unit's report for a period before it is stored: typed by hand (MANUAL), copied from paper (PAPER) or read from a
 * returned form (FORM_FILE, with its file name, checksum, form version and plan fingerprint).
 */
public record SubmissionDraft(long periodId, long unitId, LocalDate receivedDate, SubmissionSource source,
                              String fileName, String checksum, String note, Integer formVersion,
                              String planFingerprint, List<ProgressEntry> progress, List<ResultEntry> results) {
    public SubmissionDraft {
        if (receivedDate == null || source == null) {
            throw new IllegalArgumentException("received date and source are required");
        }
        progress = List.copyOf(progress);
        results = List.copyOf(results);
    }

    /** A report typed in the app or copied from paper. */
    public static SubmissionDraft byHand(long periodId, long unitId, LocalDate receivedDate, SubmissionSource source,
                                        String note, List<ProgressEntry> progress, List<ResultEntry> results) {
        return new SubmissionDraft(periodId, unitId, receivedDate, source, null, null, note, null, null, progress,
                results);
    }
}
