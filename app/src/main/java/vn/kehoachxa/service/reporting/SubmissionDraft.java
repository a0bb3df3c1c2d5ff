package vn.kehoachxa.service.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.kehoachxa.domain.reporting.SubmissionSource;

/**
 * A unit's report for a period before it is stored: typed by hand (MANUAL), copied from paper (PAPER) or read from a
 * returned form (FORM_FILE, with its file name, checksum, form version and plan fingerprint). {@code acceptedNotes}
 * holds, by indicator id, the official's note accepting a flagged figure (domain.reporting.FigureChecks); a figure
 * out of range without one is refused when stored.
 */
public record SubmissionDraft(long periodId, long unitId, LocalDate receivedDate, SubmissionSource source,
                              String fileName, String checksum, String note, Integer formVersion,
                              String planFingerprint, List<ProgressEntry> progress, List<ResultEntry> results,
                              Map<Long, String> acceptedNotes) {
    public SubmissionDraft {
        if (receivedDate == null || source == null) {
            throw new IllegalArgumentException("received date and source are required");
        }
        progress = List.copyOf(progress);
        results = List.copyOf(results);
        acceptedNotes = acceptedNotes == null ? Map.of() : Map.copyOf(acceptedNotes);
    }

    /** A draft with no figure accepted by a note. */
    public SubmissionDraft(long periodId, long unitId, LocalDate receivedDate, SubmissionSource source,
                           String fileName, String checksum, String note, Integer formVersion,
                           String planFingerprint, List<ProgressEntry> progress, List<ResultEntry> results) {
        this(periodId, unitId, receivedDate, source, fileName, checksum, note, formVersion, planFingerprint,
                progress, results, Map.of());
    }

    /** The same draft with {@code notes} (by indicator id) accepting flagged figures. */
    public SubmissionDraft withAcceptedNotes(Map<Long, String> notes) {
        return new SubmissionDraft(periodId, unitId, receivedDate, source, fileName, checksum, note, formVersion,
                planFingerprint, progress, results, notes);
    }

    /** A report typed in the app or copied from paper. */
    public static SubmissionDraft byHand(long periodId, long unitId, LocalDate receivedDate, SubmissionSource source,
                                        String note, List<ProgressEntry> progress, List<ResultEntry> results) {
        return new SubmissionDraft(periodId, unitId, receivedDate, source, null, null, note, null, null, progress,
                results);
    }
}
