package vn.kehoachxa.domain.reporting;

import java.time.LocalDate;

/**
 * Tiến độ nhiệm vụ: what one submission says about one assignment item; {@code completedOn} is the actual completion
 * date (ngày hoàn thành thực tế) the unit gave with DONE, null when not given.
 */
public record TaskProgress(Long id, long submissionId, long itemId, ProgressStatus status, String resultText,
                           String difficulties, String proposals, LocalDate completedOn) {
    public TaskProgress {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
    }

    /** Progress without a completion date. */
    public TaskProgress(Long id, long submissionId, long itemId, ProgressStatus status, String resultText,
                        String difficulties, String proposals) {
        this(id, submissionId, itemId, status, resultText, difficulties, proposals, null);
    }
}
