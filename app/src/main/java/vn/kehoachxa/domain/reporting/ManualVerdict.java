package vn.kehoachxa.domain.reporting;

import java.time.LocalDateTime;

/**
 * Đánh giá thủ công: the verdict (Đạt, Chưa đạt, Vượt) an official records for a qualitative target ("toàn dân")
 * in one reporting period, with a note, who recorded it and when.
 */
public record ManualVerdict(long periodId, long indicatorId, Evaluation verdict, String note, String recordedBy,
                            LocalDateTime recordedAt) {
    public ManualVerdict {
        if (verdict == null || !verdict.isVerdict()) {
            throw new IllegalArgumentException("a manual verdict is Đạt, Vượt or Chưa đạt, not " + verdict);
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
