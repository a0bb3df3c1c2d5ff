package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.report.UpwardStatus;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.PeriodsToday;
import vn.kehoachxa.service.reporting.ProgressEntry;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.testsupport.QueryCounts;
import vn.kehoachxa.testsupport.TestPlans;

/**
 * The plan's periods read once for a whole screen ({@link ReportingService#periodsToday}): the same overviews and
 * status grids as the one-period reads, and a fixed number of statements whatever the number of periods (the
 * dashboard and the deadline pane read every period's submissions with one statement each, not one per period).
 */
class PeriodsTodayTest {
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
    void oneReadGivesWhatThePerPeriodReadsGive() {
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
