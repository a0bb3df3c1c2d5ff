package vn.kehoachxa.service.reporting;

import vn.kehoachxa.domain.reporting.ProgressStatus;

/** What a report says of one matrix row: status, result, difficulties, proposals. */
public record ProgressEntry(long itemId, ProgressStatus status, String resultText, String difficulties,
                            String proposals) {
    public ProgressEntry {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
    }
}
