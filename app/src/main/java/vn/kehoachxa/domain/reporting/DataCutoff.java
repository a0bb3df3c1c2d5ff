package vn.kehoachxa.domain.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.VietnameseDates;

/**
 * Thời điểm lấy số liệu (chốt số liệu, Decree 09/2019/NĐ-CP, Art. 12): the line forms and reports print ("Số liệu
 * tính từ ngày 15/12/2025 đến ngày 14/03/2026") and the check that a rule leaves the units at least one working day
 * after the cut-off to send their report. A working day counts when it falls after the cut-off's last day and not
 * after the due date: the due date is the last day a report may arrive, so a unit can still work and send on it.
 */
public final class DataCutoff {
    /** Decree 09 asks for at least this many working days between the cut-off and the due date. */
    public static final int MIN_WORKING_DAYS = 1;

    private DataCutoff() {
    }

    /** "Số liệu tính từ ngày 15/12/2025 đến ngày 14/03/2026". */
    public static String line(LocalDate start, LocalDate end) {
        return Texts.get("cutoff.line", VietnameseDates.shortDate(start), VietnameseDates.shortDate(end));
    }

    /** The cut-off line of {@code period}. */
    public static String line(ReportingPeriod period) {
        return line(period.cutoffStart(), period.cutoffEnd());
    }

    /** Working days after the period's cut-off up to and including its due date (0 when due on or before it). */
    public static int workingDaysToSend(ReportingPeriod period, Set<LocalDate> holidays) {
        int days = 0;
        for (LocalDate d = period.cutoffEnd().plusDays(1); !d.isAfter(period.dueDate()); d = d.plusDays(1)) {
            if (ReportingCalendar.isWorkingDay(d, holidays)) {
                days++;
            }
        }
        return days;
    }

    /** The periods among {@code periods} that leave less than {@link #MIN_WORKING_DAYS} working days to send. */
    public static List<ReportingPeriod> tooClose(List<ReportingPeriod> periods, Set<LocalDate> holidays) {
        return periods.stream().filter(p -> workingDaysToSend(p, holidays) < MIN_WORKING_DAYS).toList();
    }

    /**
     * The Vietnamese explanation for the periods {@link #tooClose} found, naming up to four of them with their
     * cut-off and due dates and saying what to change; null when none.
     */
    public static String warning(List<ReportingPeriod> tooClose) {
        if (tooClose.isEmpty()) {
            return null;
        }
        List<String> named = tooClose.stream().limit(4).map(p -> Texts.get("cutoff.tooClose.item",
                PeriodNames.name(p), VietnameseDates.shortDate(p.cutoffEnd()),
                VietnameseDates.shortDate(p.dueDate()))).toList();
        String list = String.join("; ", named) + (tooClose.size() > named.size()
                ? Texts.get("cutoff.tooClose.more", tooClose.size() - named.size()) : "");
        boolean beforeCutoff = tooClose.stream().anyMatch(p -> !p.dueDate().isAfter(p.cutoffEnd()));
        return Texts.get("cutoff.tooClose", list)
                + (beforeCutoff ? " " + Texts.get("cutoff.tooClose.estimate") : "");
    }
}
