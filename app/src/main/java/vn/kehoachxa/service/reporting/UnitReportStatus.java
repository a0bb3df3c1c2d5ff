package vn.kehoachxa.service.reporting;

import java.time.LocalDate;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.Timeliness;

/**
 * One row of the status grid of a period (tình hình nộp báo cáo): a unit that must report, how many rows and
 * indicators it reports on, its latest submission version (null: none), when the first and latest versions came,
 * how the latest came, and its timeliness, judged on the first version's date so a later correction is not late.
 */
public record UnitReportStatus(Unit unit, int itemCount, int indicatorCount, Integer latestVersion,
                               LocalDate firstReceived, LocalDate latestReceived, SubmissionSource latestSource,
                               Long latestSubmissionId, Timeliness timeliness) {
}
