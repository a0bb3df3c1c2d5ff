package vn.kehoachxa.testsupport;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.ClashPolicy;
import vn.kehoachxa.service.PlanImportService;

/** A real plan with units' reports in it: what an office must never lose. */
public final class ReportedPlans {
    static final Path SAMPLE = Path.of("..", "samples", "muong-la.kehoach.json");

    private ReportedPlans() {
    }

    /** Imports Mường La and stores a year period with two reports of the health station; returns the plan id. */
    public static long muongLaWithReports(Database db) {
        long planId = new PlanImportService(db).importFile(SAMPLE, ClashPolicy.REFUSE);
        db.inTransaction(store -> {
            PlanDocument doc = store.documents().load(planId);
            long unitId = store.units().findByNameOrShortName("Trạm Y tế").orElseThrow().id();
            long sixOne = Rows.task(doc, "6.1").id();
            long indicator = doc.indicators().get(0).id();
            ReportingPeriod year = store.reporting().insertPeriod(new ReportingPeriod(null, planId, PeriodKind.YEAR,
                    2026, 1, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 11, 9),
                    "Hạn trước ngày 10/11", LocalDateTime.of(2026, 11, 9, 15, 0), "Sở Y tế tỉnh Sơn La"));
            for (int v = 1; v <= 2; v++) {
                UnitSubmission s = store.reporting().insertSubmission(new UnitSubmission(null, year.id(), unitId, 1,
                        LocalDate.of(2026, 11, 2 + v), SubmissionSource.PAPER, null, null, "Lần " + v));
                store.reporting().insertProgress(new TaskProgress(null, s.id(), sixOne, ProgressStatus.IN_PROGRESS,
                        "Đã khám cho 1.200 người", "Thiếu bác sĩ", "Bổ sung nhân lực"));
                store.reporting().insertResult(new IndicatorResult(null, s.id(), indicator,
                        new BigDecimal("96.5"), null, "Quý IV"));
            }
            return null;
        });
        return planId;
    }
}
