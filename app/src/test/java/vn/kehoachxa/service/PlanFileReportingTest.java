package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;

class PlanFileReportingTest {
    static final Path MUONG_LA = Path.of("..", "samples", "muong-la.kehoach.json");

    @TempDir
    Path dir;

    private long planWithReports(Database db) {
        long planId = new PlanImportService(db).importFile(MUONG_LA, ClashPolicy.REFUSE);
        db.inTransaction(store -> {
            PlanDocument doc = store.documents().load(planId);
            long unitId = store.units().findByNameOrShortName("Trạm Y tế").orElseThrow().id();
            long sixOne = PlanDocument.flatten(doc.taskGroups()).stream()
                    .filter(i -> "6.1".equals(i.numberLabel())).findFirst().orElseThrow().id();
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

    @Test
    void aPlanMovesToAnotherMachineWithItsReportsAndWritesBackTheSameBytes() throws Exception {
        Path first = dir.resolve("first.kehoach.json");
        try (Database db = Database.open(dir.resolve("office"))) {
            long planId = planWithReports(db);
            new PlanExportService(db).toPlanFile(planId, first, true);
        }
        String text = Files.readString(first, StandardCharsets.UTF_8);
        assertThat(text).contains("\"reportingPeriods\"", "\"submissions\"", "\"item\": \"taskGroups[0]/6/6.1\"",
                "\"value\": 96.5", "\"sentTo\": \"Sở Y tế tỉnh Sơn La\"");

        Path second = dir.resolve("second.kehoach.json");
        try (Database other = Database.open(dir.resolve("home"))) {
            long copy = new PlanImportService(other).importFile(first, ClashPolicy.REFUSE);
            new PlanExportService(other).toPlanFile(copy, second, true);
        }

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void previewThenImportAsTheMenuDoesKeepsPeriodsReportsAndSentMarks() throws Exception {
        Path file = dir.resolve("with-reports.kehoach.json");
        try (Database db = Database.open(dir.resolve("office"))) {
            new PlanExportService(db).toPlanFile(planWithReports(db), file, true);
        }

        try (Database other = Database.open(dir.resolve("home"))) {
            PlanImportService imports = new PlanImportService(other);
            PlanImportService.Preview preview = imports.preview(file);
            assertThat(preview.content().reporting().periods()).hasSize(1);
            long planId = imports.importPreviewed(preview, ClashPolicy.REFUSE);

            ReportingPeriod period = other.read(store -> store.reporting().periods(planId)).getFirst();
            assertThat(period.sentTo()).isEqualTo("Sở Y tế tỉnh Sơn La");
            List<UnitSubmission> reports = other.read(store -> store.reporting().submissions(period.id()));
            assertThat(reports).hasSize(2);
        }
    }

    @Test
    void withoutTheOptionThePlanFileHoldsThePlanOnly() throws Exception {
        Path file = dir.resolve("plan.kehoach.json");
        try (Database db = Database.open(dir.resolve("office"))) {
            new PlanExportService(db).toPlanFile(planWithReports(db), file);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(MUONG_LA));
    }

    @Test
    void aReportOnARowThePlanDoesNotHaveIsRefusedWithItsLineAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("bad.kehoach.json");
        try (Database db = Database.open(dir.resolve("office"))) {
            new PlanExportService(db).toPlanFile(planWithReports(db), file, true);
        }
        Files.writeString(file, Files.readString(file).replace("taskGroups[0]/6/6.1", "taskGroups[0]/6/6.9"));

        try (Database other = Database.open(dir.resolve("home"))) {
            assertThatThrownBy(() -> new PlanImportService(other).importFile(file, ClashPolicy.REFUSE))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).problems()).anyMatch(p -> p.startsWith("Dòng ")
                            && p.contains("taskGroups[0]/6/6.9")));
            assertThat(new PlanService(other).list()).isEmpty();
        }
    }
}
