package vn.kehoachxa.domain.reporting;

import java.time.LocalDateTime;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.VietnameseDates;

/**
 * Khóa kỳ báo cáo: once the commune's report for a period went upward, the figures it was built from must not change
 * behind it. A period is locked from the confirmed sending until the official reopens it (with a reason), and
 * locked again by the next sending.
 */
public record PeriodLock(LocalDateTime sentAt, String sentTo, boolean reopened) {
    /** Whether the period's figures may not change now. */
    public boolean locked() {
        return sentAt != null && !reopened;
    }

    /**
     * Refuses a change of figures while locked, with the sentence that says when the period was sent and how to
     * change it; {@code periodName} is the period's name ("quý I năm 2027").
     */
    public void refuseChangesTo(String periodName) {
        if (locked()) {
            throw new DomainException(Texts.get("periodlock.locked", periodName,
                    VietnameseDates.shortDate(sentAt.toLocalDate())));
        }
    }
}
