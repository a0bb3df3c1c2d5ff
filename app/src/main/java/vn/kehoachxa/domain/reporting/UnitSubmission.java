package vn.kehoachxa.domain.reporting;

import java.time.LocalDate;

/**
 * Báo cáo của đơn vị: one version of one unit's report for one period. A corrected form creates a new version;
 * earlier versions are kept.
 */
public record UnitSubmission(Long id, long periodId, long unitId, int version, LocalDate receivedDate,
                             SubmissionSource source, String fileName, String checksum, String note) {
    public UnitSubmission {
        if (version < 1 || receivedDate == null || source == null) {
            throw new IllegalArgumentException("version, received date and source are required");
        }
    }
}
