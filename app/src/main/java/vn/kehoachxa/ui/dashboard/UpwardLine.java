package vn.kehoachxa.ui.dashboard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.CollectingPeriod;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.service.report.UpwardStatus;

/**
 * The dashboard's line on the report to the province (báo cáo cấp trên): the period being collected
 * ({@link CollectingPeriod}: just past due and not sent, else the next due), else the last one reported; empty when
 * the plan has no periods.
 */
final class UpwardLine {
    private UpwardLine() {
    }

    static String of(List<UpwardStatus> statuses, Optional<CollectingPeriod> collecting) {
        UpwardStatus pick = collecting.flatMap(c -> statuses.stream()
                        .filter(s -> Objects.equals(s.period().period().id(), c.period().id())).findFirst())
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
