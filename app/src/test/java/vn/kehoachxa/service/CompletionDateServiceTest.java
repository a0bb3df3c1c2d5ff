package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.domain.report.ReportTable;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.report.ReportTables;
import vn.kehoachxa.service.reporting.ProgressEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.service.reporting.TaskEvaluation;
import vn.kehoachxa.testsupport.TestPlans;

/** The actual completion date a unit reports: stored, used for the status, refused when it cannot be right. */
class CompletionDateServiceTest {
    private static final LocalDate RECEIVED = LocalDate.of(2028, 3, 5);

    @TempDir
    Path dir;
    Database db;
    ReportingService service;
    long q1;
    long office;
    long row9;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        long planId = new PlanService(db).create(TestPlans.muongLa());
        service = new ReportingService(db, Clock.fixed(LocalDate.of(2028, 3, 15).atStartOfDay(ZoneId.systemDefault())
                .toInstant(), ZoneId.systemDefault()));
        q1 = service.generatePeriods(planId).stream().filter(p -> p.code().equals("Q1-2028")).findFirst()
                .orElseThrow().period().id();
        office = service.reportingUnits(planId).getFirst().id();
        PlanDocument doc = new PlanService(db).load(planId);
        // Row 9 of the target matrix: "Năm 2027", led by Phòng Văn hoá - Xã hội alone.
        row9 = doc.targetGroups().getFirst().items().getFirst().id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TaskEvaluation row9() {
        return service.results(q1).tasks().stream().filter(t -> t.item().item().id() == row9).findFirst()
                .orElseThrow();
    }

    private SubmissionDraft report(ProgressStatus status, LocalDate completedOn) {
        return SubmissionDraft.byHand(q1, office, RECEIVED, SubmissionSource.PAPER, null,
                List.of(new ProgressEntry(row9, status, "Đã có 4 bác sĩ", null, null, completedOn)), List.of());
    }

    @Test
    void workFinishedInDecemberButReportedInTheFirstQuarterIsOnTime() {
        service.submit(report(ProgressStatus.DONE, LocalDate.of(2027, 12, 28)));
        TaskEvaluation task = row9();
        assertThat(task.due()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(task.status()).isEqualTo(TaskStatus.HOAN_THANH_DUNG_HAN);
        assertThat(task.doneOn()).isEqualTo(LocalDate.of(2027, 12, 28));
        assertThat(task.reports()).singleElement().satisfies(r ->
                assertThat(r.completedOn()).isEqualTo(LocalDate.of(2027, 12, 28)));
        assertThat(service.submissions(q1, office).getFirst().progress().getFirst().completedOn())
                .isEqualTo(LocalDate.of(2027, 12, 28));
    }

    @Test
    void withoutACompletionDateTheReportDateStillCounts() {
        service.submit(report(ProgressStatus.DONE, null));
        assertThat(row9().status()).isEqualTo(TaskStatus.HOAN_THANH_QUA_HAN);
        assertThat(row9().doneOn()).isEqualTo(RECEIVED);
    }

    @Test
    void aCompletionDateAfterTheReportOrWithoutDoneIsRefusedNamingTheUnitAndRowAndNothingIsStored() {
        Map<String, Integer> before = db.read(store -> store.reportingCycle().rowCounts());
        assertThatThrownBy(() -> service.submit(report(ProgressStatus.DONE, LocalDate.of(2028, 3, 6))))
                .isInstanceOf(DomainException.class).hasMessageContaining("Phòng Văn hoá - Xã hội")
                .hasMessageContaining("dòng 1 \"Phấn đấu trạm có ít nhất từ 4-6").hasMessageContaining("sau ngày báo cáo 05/3/2028");
        assertThatThrownBy(() -> service.submit(report(ProgressStatus.IN_PROGRESS, LocalDate.of(2027, 12, 28))))
                .isInstanceOf(DomainException.class).hasMessageContaining("chỉ ghi khi tình trạng là \"Hoàn thành\"");
        Map<String, Integer> after = db.read(store -> store.reportingCycle().rowCounts());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void biểu2PrintsTheActualCompletionDateOnlyWhenTheLeadUnitGaveOne() {
        // Biểu 2 lists the task matrix (Phân công nhiệm vụ): a task row with one lead unit, reported done by it.
        long planId = service.period(q1).period().planId();
        long[] leadAndTask = service.reportingUnits(planId).stream()
                .flatMap(u -> service.unitAssignments(q1, u.id()).items().stream()
                        .filter(a -> a.matrix() == vn.kehoachxa.domain.plan.TableKind.TASK_MATRIX
                                && a.role() == vn.kehoachxa.domain.plan.AssigneeRole.LEAD
                                && a.item().leads().size() == 1)
                        .map(a -> new long[] {u.id(), a.item().id()}))
                .findFirst().orElseThrow();
        service.submit(taskReport(leadAndTask, LocalDate.of(2027, 12, 28)));
        ReportTable tasks = ReportTables.of(new PlanService(db).load(planId), service.results(q1),
                service.statusGrid(q1), Map.of()).get(1);
        assertThat(tasks.title()).contains("NHIỆM VỤ");
        assertThat(tasks.rows()).anySatisfy(r -> assertThat(String.join(" ", r.cells()))
                .contains("(hoàn thành ngày 28/12/2027)"));

        service.submit(taskReport(leadAndTask, null));
        ReportTable without = ReportTables.of(new PlanService(db).load(planId), service.results(q1),
                service.statusGrid(q1), Map.of()).get(1);
        assertThat(without.rows()).noneSatisfy(r ->
                assertThat(String.join(" ", r.cells())).contains("hoàn thành ngày"));
    }

    private SubmissionDraft taskReport(long[] leadAndTask, LocalDate completedOn) {
        return SubmissionDraft.byHand(q1, leadAndTask[0], RECEIVED, SubmissionSource.PAPER, null,
                List.of(new ProgressEntry(leadAndTask[1], ProgressStatus.DONE, "Đã xong", null, null, completedOn)),
                List.of());
    }
}
