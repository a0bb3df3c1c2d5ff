package vn.kehoachxa.service.reporting;

import java.time.LocalDate;
import vn.kehoachxa.domain.reporting.ProgressStatus;

/**
 * What a report says of one matrix row: status, result, difficulties, proposals, and the actual completion date
 * (null: not given).
 */
public record ProgressEntry(long itemId, ProgressStatus status, String resultText, String difficulties,
                            String proposals, LocalDate completedOn) {
    public ProgressEntry {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
    }

    /** An entry without a completion date. */
    public ProgressEntry(long itemId, ProgressStatus status, String resultText, String difficulties,
                         String proposals) {
        this(itemId, status, resultText, difficulties, proposals, null);
    }
}
