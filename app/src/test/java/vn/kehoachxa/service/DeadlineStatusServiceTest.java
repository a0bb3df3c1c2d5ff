package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.DeadlineText;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.reporting.ProgressEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.service.reporting.TaskEvaluation;
import vn.kehoachxa.testsupport.TestPlans;

/**
 * Kết quả on a real database: a task worded with a date, a recurring quarter or no date at all, one lead unit still
 * working on it in the Q2/2026 report, gets the status its wording gives — not "trong hạn" for every one.
 */
class DeadlineStatusServiceTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest(name = "[{0}] -> {1}, due {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Trước ngày 30/4/2026                 | CHUA_HOAN_THANH_QUA_HAN  | 2026-04-29
            Quý IV hằng năm                      | DANG_THUC_HIEN_TRONG_HAN | 2026-12-31
            Hằng quý                             | DANG_THUC_HIEN_TRONG_HAN | 2026-06-30
            Khẩn trương                          | KHONG_XAC_DINH_DUOC_HAN  | -
            Sau khi Chính phủ ban hành Nghị định | KHONG_XAC_DINH_DUOC_HAN  | -
            Thường xuyên                         | DANG_THUC_HIEN_TRONG_HAN | -
            """)
    void aTaskInProgressGetsTheStatusItsWordingGives(String wording, TaskStatus expected, LocalDate due) {
        long planId = new PlanService(db).create(TestPlans.muongLa());
        ReportingService service = new ReportingService(db, Clock.fixed(
                LocalDate.of(2026, 6, 10).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        long q2 = service.generatePeriods(planId).stream().filter(p -> p.code().equals("Q2-2026")).findFirst()
                .orElseThrow().period().id();
        PlanDocument doc = new PlanService(db).load(planId);
        AssignmentItem row = doc.taskGroups().getFirst().items().get(1);
        new AssignmentService(db).update(row.id(), new AssignmentItem(row.id(), row.numberLabel(), row.content(),
                row.indicatorCode(), row.leads(), row.cooperating(), DeadlineText.parse(wording),
                row.expectedProduct(), row.children()));
        List<Unit> units = service.reportingUnits(planId);
        service.submit(SubmissionDraft.byHand(q2, units.get(0).id(), LocalDate.of(2026, 6, 8),
                SubmissionSource.MANUAL, null, List.of(new ProgressEntry(row.id(), ProgressStatus.IN_PROGRESS,
                        "Đang làm", null, null)), List.of()));

        TaskEvaluation task = service.results(q2).tasks().stream().filter(t -> t.item().item().id() == row.id())
                .findFirst().orElseThrow();
        assertThat(task.status()).isEqualTo(expected);
        assertThat(task.due()).isEqualTo(due);
    }
}
