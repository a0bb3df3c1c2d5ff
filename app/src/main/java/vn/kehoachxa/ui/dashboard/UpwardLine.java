package vn.kehoachxa.ui.dashboard;

import java.util.List;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.service.report.UpwardStatus;

/**
 * The dashboard's line on the report to the province (báo cáo cấp trên): the latest overdue period not yet reported,
 * else the next period still to report, else the last one reported; empty when the plan has no periods.
 */
final class UpwardLine {
    private UpwardLine() {
    }

    static String of(List<UpwardStatus> statuses) {
        UpwardStatus pick = statuses.stream().filter(s -> s.state() == UpwardStatus.State.OVERDUE)
                .reduce((a, b) -> b)
                .or(() -> statuses.stream().filter(s -> s.state() == UpwardStatus.State.NOT_YET_SENT).findFirst())
                .or(() -> statuses.stream().filter(UpwardStatus::reported).reduce((a, b) -> b))
                .orElse(null);
        if (pick == null) {
            return "";
        }
        String sent = pick.sentAt() == null ? "" : VietnameseDates.shortDate(pick.sentAt().toLocalDate());
        return Texts.get("dashboard.upward", pick.period().name(), Texts.get("reportui.upward." + pick.state().name(),
                sent, VietnameseDates.shortDate(pick.upwardDue()), pick.sentTo() == null ? "" : pick.sentTo(),
                String.valueOf(Math.abs(pick.daysLeft()))));
    }
}
