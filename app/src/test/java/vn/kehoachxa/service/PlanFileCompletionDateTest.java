package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.testsupport.ReportedPlans;
import vn.kehoachxa.testsupport.Rows;

/** The actual completion date travels in the plan file's reporting data and is checked when read. */
class PlanFileCompletionDateTest {
    @TempDir
    Path dir;

    /** Mường La with reports, plus a third version reporting 6.1 done on 28/10/2026; returns the file. */
    private Path exported() {
        Path file = dir.resolve("first.kehoach.json");
        try (Database db = Database.open(dir.resolve("office"))) {
            long planId = ReportedPlans.muongLaWithReports(db);
            db.inTransaction(store -> {
                ReportingPeriod year = store.reporting().periods(planId).getFirst();
                UnitSubmission last = store.reporting().submissions(year.id()).getLast();
                UnitSubmission s = store.reporting().insertSubmission(new UnitSubmission(null, year.id(),
                        last.unitId(), 1, LocalDate.of(2026, 11, 6), SubmissionSource.PAPER, null, null, "Lần 3"));
                store.reporting().insertProgress(new TaskProgress(null, s.id(),
                        Rows.task(store.documents().load(planId), "6.1").id(), ProgressStatus.DONE,
                        "Đã khám cho 1.500 người", null, null, LocalDate.of(2026, 10, 28)));
                return null;
            });
            new PlanExportService(db).toPlanFile(planId, file, true);
        }
        return file;
    }

    @Test
    void theCompletionDateIsWrittenReadStoredAndWrittenBackTheSame() throws Exception {
        Path first = exported();
        assertThat(Files.readString(first)).contains("\"completedOn\": \"2026-10-28\"");

        Path second = dir.resolve("second.kehoach.json");
        try (Database other = Database.open(dir.resolve("home"))) {
            long copy = new PlanImportService(other).importFile(first, ClashPolicy.REFUSE);
            List<TaskProgress> progress = other.read(store -> {
                ReportingPeriod year = store.reporting().periods(copy).getFirst();
                return store.reporting().submissions(year.id()).stream()
                        .flatMap(s -> store.reporting().progress(s.id()).stream()).toList();
            });
            assertThat(progress).extracting(TaskProgress::completedOn)
                    .containsExactly(null, null, LocalDate.of(2026, 10, 28));
            new PlanExportService(other).toPlanFile(copy, second, true);
        }
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void aCompletionDateWithoutDoneOrAfterTheReportIsRefusedWithItsLine() throws Exception {
        Path first = exported();
        String text = Files.readString(first);
        Path notDone = Files.writeString(dir.resolve("not-done.kehoach.json"), text.replace(
                "\"resultText\": \"Đã khám cho 1.200 người\",", "\"resultText\": \"Đã khám cho 1.200 người\","
                        + " \"completedOn\": \"2026-10-01\","));
        Path late = Files.writeString(dir.resolve("late.kehoach.json"),
                text.replace("\"completedOn\": \"2026-10-28\"", "\"completedOn\": \"2026-11-07\""));

        try (Database other = Database.open(dir.resolve("home"))) {
            assertThatThrownBy(() -> new PlanImportService(other).importFile(notDone, ClashPolicy.REFUSE))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).problems()).anyMatch(p -> p.startsWith("Dòng ")
                            && p.contains("completedOn") && p.contains("chỉ ghi khi tình trạng là \"Hoàn thành\"")));
            assertThatThrownBy(() -> new PlanImportService(other).importFile(late, ClashPolicy.REFUSE))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).problems()).anyMatch(p -> p.startsWith("Dòng ")
                            && p.contains("completedOn") && p.contains("sau ngày báo cáo 06/11/2026")));
            assertThat(new PlanService(other).list()).isEmpty();
        }
    }
}
