package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.Holiday;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.domain.reporting.Timeliness;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.report.UpwardStatus;
import vn.kehoachxa.service.reporting.IndicatorEvaluation;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.PeriodResults;
import vn.kehoachxa.service.reporting.PeriodsToday;
import vn.kehoachxa.service.reporting.ProgressEntry;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.service.reporting.TaskEvaluation;
import vn.kehoachxa.service.reporting.UnitReportStatus;
import vn.kehoachxa.testsupport.QueryCounts;
import vn.kehoachxa.testsupport.TestPlans;

class ReportingServiceTest {
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

    private ReportingService at(LocalDate today) {
        return new ReportingService(db, Clock.fixed(today.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
    }

    @Test
    void muongLaGetsOneYearlyPeriodPerYearDueTheNinthOfNovemberMovedOffTheWeekend() {
        long planId = new PlanService(db).create(PlanFiles.readBundledSample("muong-la"));
        List<PeriodOverview> periods = at(LocalDate.of(2026, 1, 5)).generatePeriods(planId);
        assertThat(periods).extracting(p -> p.period().kind()).containsOnly(PeriodKind.YEAR);
        assertThat(periods).extracting(PeriodOverview::name)
                .containsExactly("năm 2026", "năm 2027", "năm 2028", "năm 2029", "năm 2030");
        assertThat(periods).extracting(p -> p.period().dueDate()).containsExactly(LocalDate.of(2026, 11, 9),
                LocalDate.of(2027, 11, 9), LocalDate.of(2028, 11, 9), LocalDate.of(2029, 11, 9),
                LocalDate.of(2030, 11, 8));
        assertThat(periods.getLast().period().dueNote()).contains("9/11/2030").contains("Thứ Bảy")
                .contains("Thứ Sáu 8/11/2030");
        assertThat(periods.getFirst().daysLeft()).isEqualTo(308);
    }

    @Test
    void aQuarterlyPlanMovesDueDatesOffWeekendsAndHolidaysAndRegeneratingIsIdempotent() {
        long planId = new PlanService(db).create(TestPlans.muongLa());
        ReportingService service = at(LocalDate.of(2026, 1, 5));
        List<PeriodOverview> first = service.generatePeriods(planId);
        assertThat(first).hasSize(5 * (4 + 2 + 1));
        PeriodOverview q3 = first.stream().filter(p -> p.code().equals("Q3-2026")).findFirst().orElseThrow();
        assertThat(q3.period().dueDate()).isEqualTo(LocalDate.of(2026, 9, 18));
        assertThat(q3.period().dueNote()).isEqualTo("Ngày 19/9/2026 là Thứ Bảy nên hạn chuyển sang Thứ Sáu 18/9/2026");
        PeriodOverview q1 = first.getFirst();
        assertThat(q1.code()).isEqualTo("Q1-2026");
        assertThat(q1.period().cutoffStart()).isEqualTo(LocalDate.of(2025, 12, 15));

        List<PeriodOverview> again = service.generatePeriods(planId);
        assertThat(again).extracting(p -> p.period().id()).isEqualTo(first.stream().map(p -> p.period().id())
                .toList());

        // A holiday the user adds moves the due date; a seeded holiday the user deletes stays deleted.
        service.saveHoliday(new Holiday(LocalDate.of(2026, 3, 19), "Nghỉ bù"));
        service.deleteHoliday(LocalDate.of(2026, 5, 1));
        List<PeriodOverview> moved = service.generatePeriods(planId);
        assertThat(moved.getFirst().period().dueDate()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(moved.getFirst().period().id()).isEqualTo(q1.period().id());
        assertThat(service.holidays()).extracting(Holiday::date).doesNotContain(LocalDate.of(2026, 5, 1))
                .contains(LocalDate.of(2027, 5, 1));
    }

    @Test
    void statusGridShowsOnTimeLateMissingAndNotYetDue() {
        long planId = new PlanService(db).create(TestPlans.muongLa());
        ReportingService service = at(LocalDate.of(2026, 3, 25));
        List<PeriodOverview> periods = service.generatePeriods(planId);
        long q1 = periods.getFirst().period().id();
        List<Unit> units = service.reportingUnits(planId);
        assertThat(units).extracting(Unit::name)
                .containsExactly("Phòng Văn hoá - Xã hội", "Trạm Y tế", "Công an xã");
        PlanDocument doc = new PlanService(db).load(planId);
        long quánTriệt = doc.taskGroups().getFirst().items().getFirst().id();
        service.submit(SubmissionDraft.byHand(q1, units.get(2).id(), LocalDate.of(2026, 3, 18),
                SubmissionSource.PAPER, "Công văn giấy", List.of(new ProgressEntry(quánTriệt,
                        ProgressStatus.IN_PROGRESS, "Đã họp", null, null)), List.of()));
        long ml01 = doc.indicators().getFirst().id();
        service.submit(SubmissionDraft.byHand(q1, units.get(1).id(), LocalDate.of(2026, 3, 22),
                SubmissionSource.MANUAL, null, List.of(), List.of(new ResultEntry(ml01, new BigDecimal("96"),
                        null, null))));

        List<UnitReportStatus> grid = service.statusGrid(q1);
        assertThat(grid).extracting(g -> g.timeliness().label())
                .containsExactly("Chưa nộp (quá hạn 6 ngày)", "Chậm 3 ngày", "Đúng hạn");
        assertThat(grid.get(2).latestSource()).isEqualTo(SubmissionSource.PAPER);
        assertThat(service.statusGrid(periods.get(1).period().id()))
                .allSatisfy(g -> assertThat(g.timeliness().status()).isEqualTo(Timeliness.Status.NOT_YET_DUE));
        assertThat(service.overduePeriods(planId)).extracting(PeriodOverview::code).containsExactly("Q1-2026");
        assertThat(service.currentPeriod(planId)).get().extracting(PeriodOverview::code).isEqualTo("Q2-2026");
        assertThat(service.period(q1)).extracting(PeriodOverview::reportedUnits, PeriodOverview::lateUnits,
                PeriodOverview::missingUnits).containsExactly(2, 1, 1);
    }

    @Test
    void resultsEvaluateTheLeadUnitsFigureAgainstTheTargetInForceAndDeriveTaskStatus() {
        long planId = new PlanService(db).create(TestPlans.muongLa());
        ReportingService service = at(LocalDate.of(2026, 6, 10));
        long q2 = service.generatePeriods(planId).stream().filter(p -> p.code().equals("Q2-2026")).findFirst()
                .orElseThrow().period().id();
        PlanDocument doc = new PlanService(db).load(planId);
        List<Unit> units = service.reportingUnits(planId);
        long vhxh = units.get(0).id();
        long tramYTe = units.get(1).id();
        long ml01 = doc.indicators().get(0).id();
        long ml02 = doc.indicators().get(1).id();
        long six = doc.taskGroups().getFirst().items().get(1).id();
        service.submit(SubmissionDraft.byHand(q2, tramYTe, LocalDate.of(2026, 6, 5), SubmissionSource.MANUAL, null,
                List.of(new ProgressEntry(six, ProgressStatus.DONE, "Đã khám cho 80% dân", null, "Thêm kinh phí")),
                List.of(new ResultEntry(ml01, new BigDecimal("96.5"), null, null))));
        service.submit(SubmissionDraft.byHand(q2, vhxh, LocalDate.of(2026, 6, 8), SubmissionSource.MANUAL, null,
                List.of(new ProgressEntry(six, ProgressStatus.IN_PROGRESS, "Đang tuyên truyền", "Thiếu người",
                        null)), List.of(new ResultEntry(ml02, new BigDecimal("3"), null, "2 bác sĩ đang học"))));

        PeriodResults results = service.results(q2);
        IndicatorEvaluation vaccination = results.indicators().get(0);
        assertThat(vaccination.target().year()).isEqualTo(2030);
        assertThat(vaccination.consolidated()).isEqualByComparingTo("96.5");
        assertThat(vaccination.consolidatedFrom()).isEqualTo("Trạm Y tế");
        assertThat(vaccination.evaluation()).isEqualTo(Evaluation.DAT);
        IndicatorEvaluation doctors = results.indicators().get(1);
        assertThat(doctors.evaluation()).isEqualTo(Evaluation.CHUA_DAT);
        assertThat(doctors.results()).singleElement().satisfies(r -> assertThat(r.note())
                .isEqualTo("2 bác sĩ đang học"));

        TaskEvaluation task = results.tasks().stream().filter(t -> t.item().item().id() == six).findFirst()
                .orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.DANG_THUC_HIEN_TRONG_HAN);
        assertThat(task.reports()).extracting(r -> r.unit().name(), r -> r.resultText()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Phòng Văn hoá - Xã hội", "Đang tuyên truyền"),
                org.assertj.core.groups.Tuple.tuple("Trạm Y tế", "Đã khám cho 80% dân"));

        service.submit(SubmissionDraft.byHand(q2, vhxh, LocalDate.of(2026, 6, 9), SubmissionSource.PAPER, null,
                List.of(new ProgressEntry(six, ProgressStatus.DONE, "Xong", null, null)), List.of()));
        TaskEvaluation done = service.results(q2).tasks().stream().filter(t -> t.item().item().id() == six)
                .findFirst().orElseThrow();
        assertThat(done.status()).isEqualTo(TaskStatus.HOAN_THANH_DUNG_HAN);
        assertThat(service.submissions(q2, vhxh)).extracting(s -> s.submission().version()).containsExactly(1, 2);
    }

    @Test
    void aReportOnARowTheUnitIsNotAssignedIsRefusedAndNothingIsStored() {
        long planId = new PlanService(db).create(TestPlans.muongLa());
        ReportingService service = at(LocalDate.of(2026, 3, 1));
        long q1 = service.generatePeriods(planId).getFirst().period().id();
        PlanDocument doc = new PlanService(db).load(planId);
        long police = service.reportingUnits(planId).get(2).id();
        long notTheirs = doc.taskGroups().getFirst().items().get(2).id();
        java.util.Map<String, Integer> before = db.read(store -> store.reportingCycle().rowCounts());
        assertThatThrownBy(() -> service.submit(SubmissionDraft.byHand(q1, police, LocalDate.of(2026, 3, 1),
                SubmissionSource.MANUAL, null, List.of(new ProgressEntry(notTheirs, ProgressStatus.DONE, null, null,
                        null)), List.of()))).isInstanceOf(DomainException.class).hasMessageContaining("Công an xã");
        java.util.Map<String, Integer> after = db.read(store -> store.reportingCycle().rowCounts());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theReminderIsDueWithinSevenDaysAndShownOncePerDay() {
        long planId = new PlanService(db).create(TestPlans.muongLa());
        assertThat(at(LocalDate.of(2026, 3, 1)).generatePeriods(planId)).isNotEmpty();
        ReportingService service = at(LocalDate.of(2026, 3, 13));
        assertThat(service.reminderDue(planId)).get().extracting(PeriodOverview::daysLeft).isEqualTo(6L);
        service.markReminderShown(service.reminderDue(planId).orElseThrow().period().id());
        assertThat(service.reminderDue(planId)).isEmpty();
        assertThat(at(LocalDate.of(2026, 3, 14)).reminderDue(planId)).isPresent();
        assertThat(at(LocalDate.of(2026, 3, 1)).reminderDue(planId)).isEmpty();
    }

    /**
     * The plan's periods read once for a whole screen ({@link ReportingService#periodsToday}): the same overviews
     * and status grids as the one-period reads.
     */
    @Test
    void oneReadOfThePeriodsGivesWhatThePerPeriodReadsGive() {
        long planId = new PlanService(db).create(TestPlans.muongLa());
        ReportingService service = at(LocalDate.of(2026, 7, 2));
        List<PeriodOverview> periods = service.generatePeriods(planId);
        submitSome(service, planId, periods);

        PeriodsToday today = service.periodsToday(planId);

        assertThat(today.periods()).hasSize(periods.size()).isEqualTo(service.periods(planId));
        for (PeriodOverview p : today.periods()) {
            long id = p.period().id();
            assertThat(p).as(p.code()).isEqualTo(service.period(id));
            assertThat(today.grid(id)).as(p.code()).isEqualTo(service.statusGrid(id));
        }
        // Q1 was reported by two units of three (one late), Q2 by one: both past due with units missing, as is 6T1.
        assertThat(today.find(periods.getFirst().period().id())).get()
                .extracting(PeriodOverview::reportedUnits, PeriodOverview::lateUnits, PeriodOverview::missingUnits)
                .containsExactly(2, 1, 1);
        assertThat(today.overdue()).extracting(PeriodOverview::code).containsExactly("Q1-2026", "Q2-2026", "6T1-2026");
        assertThat(today.current()).get().extracting(PeriodOverview::code).isEqualTo("Q3-2026");
        assertThat(today.next()).get().extracting(PeriodOverview::code)
                .isEqualTo(service.nextPeriod(planId).orElseThrow().code()).isNotEqualTo("Q3-2026");
        assertThat(today.collecting()).get().extracting(c -> c.period().id())
                .isEqualTo(periods.get(1).period().id());
        assertThat(today.find(-1)).isEmpty();
        assertThat(today.grid(-1)).isEmpty();
    }

    @Test
    void theUpwardLineFromOneReadEqualsThePerPeriodStatuses() {
        long planId = new PlanService(db).create(TestPlans.muongLa());
        ReportingService reporting = at(LocalDate.of(2026, 7, 2));
        List<PeriodOverview> periods = reporting.generatePeriods(planId);
        Clock clock = Clock.fixed(LocalDate.of(2026, 7, 2).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        PeriodicReportService reports = new PeriodicReportService(db, clock);
        long q2 = periods.get(1).period().id();
        reports.setUpwardDueDate(q2, LocalDate.of(2026, 7, 10));

        List<UpwardStatus> all = reports.upwardStatuses(planId, reports.periodsToday(planId));

        assertThat(all).hasSize(periods.size());
        for (UpwardStatus s : all) {
            assertThat(s).as(s.period().code()).isEqualTo(reports.upwardStatus(s.period().period().id()));
        }
        assertThat(all.get(1).upwardDue()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(all.get(1).state()).isEqualTo(UpwardStatus.State.NOT_YET_SENT);
        assertThat(all.getFirst().state()).isEqualTo(UpwardStatus.State.OVERDUE);
    }

    /** The dashboard and the deadline pane read every period's submissions in one statement, not one per period. */
    @Test
    void readingThePeriodsTakesTheSameStatementsForFewPeriodsAsForMany() throws Exception {
        // Counting from the start: H2 counts a statement a session had prepared before counting began as none.
        try (QueryCounts counts = QueryCounts.on(dir)) {
            long planId = new PlanService(db).create(TestPlans.muongLa());
            ReportingService service = at(LocalDate.of(2026, 7, 2));
            submitSome(service, planId, service.generatePeriods(planId));
            long[] many = counts.of(() -> service.periodsToday(planId));
            int manyPeriods = service.periodsToday(planId).periods().size();
            service.setFirstPeriodMonth(planId, YearMonth.of(2030, 1));
            long[] few = counts.of(() -> service.periodsToday(planId));
            int fewPeriods = service.periodsToday(planId).periods().size();

            assertThat(fewPeriods).as("periods in effect from 1/2030").isLessThan(manyPeriods / 3);
            assertThat(few[0]).as("statements for %d periods", fewPeriods).isPositive();
            assertThat(many[0]).as("statements for %d periods against %d", manyPeriods, fewPeriods)
                    .isEqualTo(few[0]);
        }
    }

    /** Q1: two of three units report (one late); Q2: one unit reports. */
    private void submitSome(ReportingService service, long planId, List<PeriodOverview> periods) {
        List<Unit> units = service.reportingUnits(planId);
        long q1 = periods.get(0).period().id();
        long q2 = periods.get(1).period().id();
        PlanDocument doc = new PlanService(db).load(planId);
        long item = doc.taskGroups().getFirst().items().getFirst().id();
        long indicator = doc.indicators().getFirst().id();
        service.submit(SubmissionDraft.byHand(q1, units.get(2).id(), LocalDate.of(2026, 3, 18),
                SubmissionSource.PAPER, "Công văn giấy", List.of(new ProgressEntry(item,
                        ProgressStatus.IN_PROGRESS, "Đã họp", null, null)), List.of()));
        service.submit(SubmissionDraft.byHand(q1, units.get(1).id(), LocalDate.of(2026, 3, 22),
                SubmissionSource.MANUAL, null, List.of(), List.of(new ResultEntry(indicator, new BigDecimal("96"),
                        null, null))));
        service.submit(SubmissionDraft.byHand(q2, units.get(1).id(), LocalDate.of(2026, 6, 15),
                SubmissionSource.MANUAL, null, List.of(), List.of(new ResultEntry(indicator, new BigDecimal("97"),
                        null, null))));
    }
}
