package vn.kehoachxa.domain.reporting;

/** Tiến độ nhiệm vụ: what one submission says about one assignment item. */
public record TaskProgress(Long id, long submissionId, long itemId, ProgressStatus status, String resultText,
                           String difficulties, String proposals) {
    public TaskProgress {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
    }
}
