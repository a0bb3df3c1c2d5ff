package vn.kehoachxa.domain.reporting;

import java.time.LocalDate;

/**
 * What one lead unit has reported about a task (tiến độ đơn vị báo cáo): its status and the date it was reported,
 * for DONE the date it was first reported done, and the actual completion date (ngày hoàn thành thực tế) when the
 * unit gave one; null means not given.
 */
public record ReportedProgress(ProgressStatus status, LocalDate reportedOn, LocalDate completedOn) {
    public ReportedProgress {
        if (status == null || reportedOn == null) {
            throw new IllegalArgumentException("status and date are required");
        }
    }

    /** A report that gives no completion date. */
    public ReportedProgress(ProgressStatus status, LocalDate reportedOn) {
        this(status, reportedOn, null);
    }

    /** The day the work was done: the completion date the unit gave, else the day it reported it done. */
    public LocalDate doneOn() {
        return completedOn != null ? completedOn : reportedOn;
    }
}
