package vn.kehoachxa.domain.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.VietnameseDates;

/**
 * Kỳ đang thu: the period whose reports the office is collecting now — the latest period just past its due date whose
 * report has not gone upward (while the next period's data are still open), else the next period due. {@code days}
 * counts the days left, or the days overdue for {@link State#OVERDUE_NOT_SENT}.
 */
public record CollectingPeriod(ReportingPeriod period, State state, long days) {
    /** Whether the period is still ahead (due today or later) or past due with its report not sent. */
    public enum State {
        DUE, OVERDUE_NOT_SENT
    }

    /**
     * The period being collected among {@code periods} (a plan's periods in effect, see {@link PlanPeriods}) on
     * {@code today}; absent when every period is past and sent, or there are none.
     *
     * <p>A period just past due and not sent stays the one collected until the next period's data cut-off has ended
     * (quý I due 19/3 until 14/6), since by then the office is collecting the next one. Among periods due the same
     * day the first unsent in {@link PlanPeriods#ORDER} is taken. Ahead, a period already sent early is skipped.
     */
    public static Optional<CollectingPeriod> of(List<ReportingPeriod> periods, LocalDate today) {
        List<ReportingPeriod> sorted = periods.stream().sorted(PlanPeriods.ORDER).toList();
        Optional<ReportingPeriod> nextInCalendar = sorted.stream().filter(p -> !p.dueDate().isBefore(today))
                .findFirst();
        Optional<LocalDate> latestPastDue = sorted.stream().map(ReportingPeriod::dueDate)
                .filter(d -> d.isBefore(today)).reduce((a, b) -> b);
        Optional<ReportingPeriod> unsentPast = latestPastDue.flatMap(due -> sorted.stream()
                .filter(p -> p.dueDate().equals(due) && p.sentAt() == null).findFirst());
        if (unsentPast.isPresent()
                && nextInCalendar.map(n -> !today.isAfter(n.cutoffEnd())).orElse(true)) {
            ReportingPeriod p = unsentPast.get();
            return Optional.of(new CollectingPeriod(p, State.OVERDUE_NOT_SENT,
                    ChronoUnit.DAYS.between(p.dueDate(), today)));
        }
        return sorted.stream().filter(p -> !p.dueDate().isBefore(today) && p.sentAt() == null).findFirst()
                .or(() -> nextInCalendar)
                .map(p -> new CollectingPeriod(p, State.DUE, ChronoUnit.DAYS.between(today, p.dueDate())));
    }

    /**
     * The Vietnamese line: "Kỳ đang thu: quý I năm 2027, hạn 19/3/2027 (còn 12 ngày)" or "…, hạn 19/3/2027 — đã
     * quá hạn 3 ngày, chưa gửi báo cáo".
     */
    public String label() {
        String name = PeriodNames.name(period);
        String due = VietnameseDates.shortDate(period.dueDate());
        return switch (state) {
            case OVERDUE_NOT_SENT -> Texts.get("collecting.overdue", name, due, String.valueOf(days));
            case DUE -> days == 0 ? Texts.get("collecting.dueToday", name, due)
                    : Texts.get("collecting.due", name, due, String.valueOf(days));
        };
    }
}
