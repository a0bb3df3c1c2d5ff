package vn.kehoachxa.domain.reporting;

import java.time.LocalDate;

/**
 * What one lead unit has reported about a task (tiến độ đơn vị báo cáo): its status and the date it was reported,
 * for DONE the date it was first reported done.
 */
public record ReportedProgress(ProgressStatus status, LocalDate reportedOn) {
    public ReportedProgress {
        if (status == null || reportedOn == null) {
            throw new IllegalArgumentException("status and date are required");
        }
    }
}
