package vn.kehoachxa.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.reporting.CollectingPeriod;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.service.report.UpwardStatus;
import vn.kehoachxa.service.reporting.PeriodOverview;

class UpwardLineTest {
    private static UpwardStatus status(int quarter, UpwardStatus.State state, long daysLeft, LocalDateTime sentAt) {
        LocalDate due = LocalDate.of(2026, quarter * 3, 19);
        ReportingPeriod p = new ReportingPeriod((long) quarter, 1, PeriodKind.QUARTER, 2026, quarter,
                due.minusMonths(3), due, due, null, sentAt, sentAt == null ? null : "Sở Y tế <a@b.vn>");
        PeriodOverview o = new PeriodOverview(p, "quý " + "I".repeat(quarter) + " năm 2026", "Q" + quarter, daysLeft,
                5, 5, 0, 0);
        return new UpwardStatus(o, due, state, daysLeft, sentAt, p.sentTo());
    }

    /** The line on {@code today}, with the period being collected decided as the dashboard decides it. */
    private static String line(LocalDate today, UpwardStatus... statuses) {
        List<UpwardStatus> list = List.of(statuses);
        return UpwardLine.of(list, CollectingPeriod.of(list.stream().map(s -> s.period().period()).toList(), today));
    }

    @Test
    void whenNothingIsCollectedAnyMoreTheLastReportedPeriodIsShown() {
        String line = line(LocalDate.of(2027, 1, 10),
                status(1, UpwardStatus.State.SENT, -200, LocalDateTime.of(2026, 3, 18, 9, 0)),
                status(2, UpwardStatus.State.SENT, -100, LocalDateTime.of(2026, 6, 18, 9, 0)));

        assertThat(line).startsWith("Báo cáo quý II năm 2026: ");
    }

    @Test
    void anOverduePeriodIsShownBeforeTheNextOneStillDue() {
        String line = line(LocalDate.of(2026, 6, 24),
                status(1, UpwardStatus.State.SENT, -200, LocalDateTime.of(2026, 3, 18, 9, 0)),
                status(2, UpwardStatus.State.OVERDUE, -5, null),
                status(3, UpwardStatus.State.NOT_YET_SENT, 20, null));

        assertThat(line).isEqualTo("Báo cáo quý II năm 2026: Chưa gửi báo cáo lên cấp trên; đã quá hạn 19/6/2026 "
                + "là 5 ngày.");
    }

    @Test
    void whenEverythingDueWasSentTheNextPeriodIsShown() {
        String line = line(LocalDate.of(2026, 6, 7),
                status(1, UpwardStatus.State.SENT_LATE, -200, LocalDateTime.of(2026, 3, 21, 9, 0)),
                status(2, UpwardStatus.State.NOT_YET_SENT, 12, null));

        assertThat(line).isEqualTo("Báo cáo quý II năm 2026: Chưa gửi báo cáo lên cấp trên; hạn 19/6/2026, còn 12 "
                + "ngày.");
    }
}
