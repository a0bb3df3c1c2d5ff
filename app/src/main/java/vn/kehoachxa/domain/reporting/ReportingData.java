package vn.kehoachxa.domain.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Dữ liệu báo cáo: a plan's reporting records independent of any database — periods by kind/year/index, submissions
 * by unit name, progress by matrix-row path (see {@code domain.plan.ItemPaths}), results by indicator code — so a
 * plan file can carry them from one office's machine to another.
 */
public record ReportingData(List<PeriodEntry> periods, List<SubmissionEntry> submissions) {
    public ReportingData {
        periods = List.copyOf(periods);
        submissions = List.copyOf(submissions);
    }

    /** No reporting data. */
    public static ReportingData empty() {
        return new ReportingData(List.of(), List.of());
    }

    /** Whether there is nothing to carry. */
    public boolean isEmpty() {
        return periods.isEmpty() && submissions.isEmpty();
    }

    /** A period named by what it is, not by a database id. */
    public record PeriodKey(PeriodKind kind, int year, int index) {
    }

    /** One reporting period with its cut-off, due date and the record of the report sent upward. */
    public record PeriodEntry(PeriodKey key, LocalDate cutoffStart, LocalDate cutoffEnd, LocalDate dueDate,
                              String dueNote, LocalDateTime sentAt, String sentTo) {
    }

    /** One version of one unit's report for one period, with what it says. */
    public record SubmissionEntry(PeriodKey period, String unit, int version, LocalDate receivedDate,
                                  SubmissionSource source, String fileName, String checksum, String note,
                                  List<ProgressEntry> taskProgress, List<ResultEntry> indicatorResults) {
        public SubmissionEntry {
            taskProgress = List.copyOf(taskProgress);
            indicatorResults = List.copyOf(indicatorResults);
        }
    }

    /** What a submission says of one matrix row, named by its path; {@code completedOn} null when not given. */
    public record ProgressEntry(String item, ProgressStatus status, String resultText, String difficulties,
                                String proposals, LocalDate completedOn) {
        /** An entry without a completion date. */
        public ProgressEntry(String item, ProgressStatus status, String resultText, String difficulties,
                             String proposals) {
            this(item, status, resultText, difficulties, proposals, null);
        }
    }

    /** A figure or words a submission reports for one indicator. */
    public record ResultEntry(String indicatorCode, BigDecimal value, String text, String note) {
    }
}
