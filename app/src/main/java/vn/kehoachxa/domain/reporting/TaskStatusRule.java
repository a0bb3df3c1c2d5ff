package vn.kehoachxa.domain.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Derives a task's official status ({@link TaskStatus}) from its due date and its lead units' reports.
 *
 * <p>Reports dated after {@code asOf} are ignored. When every lead unit has reported DONE, the task is done on the day
 * the last of them finished ({@link ReportedProgress#doneOn}: the actual completion date the unit gave, else the day
 * it reported done): on time if that is on or before the due date, late otherwise. Else a task past its due date
 * is "chưa hoàn thành quá hạn" even when nobody has started it (the office must see it among the overdue ones);
 * within its deadline it is "chưa triển khai" when no unit has started (no report, or all NOT_STARTED) and "đang thực
 * hiện trong hạn" otherwise (STALLED counts as started). A task without a due date (thường xuyên) is never overdue.
 */
public final class TaskStatusRule {
    private TaskStatusRule() {
    }

    /**
     * The status as of {@code asOf}; {@code reports} holds one entry per lead unit that has reported (its latest
     * status), so the task counts as done only when every entry is DONE.
     */
    public static TaskStatus derive(Optional<LocalDate> due, List<ReportedProgress> reports, LocalDate asOf) {
        List<ReportedProgress> known = reports.stream().filter(r -> !r.reportedOn().isAfter(asOf)).toList();
        boolean allDone = !known.isEmpty() && known.stream().allMatch(r -> r.status() == ProgressStatus.DONE);
        if (allDone) {
            LocalDate doneOn = known.stream().map(ReportedProgress::doneOn).max(LocalDate::compareTo)
                    .orElseThrow();
            boolean late = due.isPresent() && doneOn.isAfter(due.get());
            return late ? TaskStatus.HOAN_THANH_QUA_HAN : TaskStatus.HOAN_THANH_DUNG_HAN;
        }
        if (due.isPresent() && asOf.isAfter(due.get())) {
            return TaskStatus.CHUA_HOAN_THANH_QUA_HAN;
        }
        boolean started = known.stream().anyMatch(r -> r.status() != ProgressStatus.NOT_STARTED);
        return started ? TaskStatus.DANG_THUC_HIEN_TRONG_HAN : TaskStatus.CHUA_TRIEN_KHAI;
    }

    /**
     * The status of a task whose deadline names no date (free text, "sau khi …", or none written): done as
     * {@link #derive} says (there is no date to be late against), otherwise "không xác định được hạn" — never
     * "trong hạn" or "chưa triển khai", which would claim a deadline nobody can check.
     */
    public static TaskStatus deriveUndatable(List<ReportedProgress> reports, LocalDate asOf) {
        TaskStatus status = derive(Optional.empty(), reports, asOf);
        return status == TaskStatus.HOAN_THANH_DUNG_HAN ? status : TaskStatus.KHONG_XAC_DINH_DUOC_HAN;
    }
}
