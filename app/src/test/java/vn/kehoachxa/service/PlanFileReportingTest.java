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

    private static long planWithReports(Database db) {
        return vn.kehoachxa.testsupport.ReportedPlans.muongLaWithReports(db);
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
        // The plan only: the sample's bytes plus the global id the plan got when stored (decision 0037).
        assertThat(Files.readString(file).replaceFirst(",\n    \"globalId\": \"[0-9a-f-]{36}\"", ""))
                .isEqualTo(Files.readString(MUONG_LA));
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
