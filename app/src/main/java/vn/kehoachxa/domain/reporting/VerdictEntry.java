package vn.kehoachxa.domain.reporting;

import java.time.LocalDateTime;

/**
 * One line of a manual verdict's history (lịch sử đánh giá thủ công): the verdict recorded, or a withdrawal
 * ({@code verdict} null), with its note, who recorded it and when.
 */
public record VerdictEntry(Evaluation verdict, String note, String recordedBy, LocalDateTime recordedAt) {
}
