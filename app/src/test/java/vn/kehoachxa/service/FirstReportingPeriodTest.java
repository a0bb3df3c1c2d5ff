package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.CollectingPeriod;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.report.UpwardStatus;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.ProgressEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.testsupport.TestPlans;

/** Periods from the plan's life: the issue date or the official's first period, on a real database. */
class FirstReportingPeriodTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Clock clock(LocalDate today) {
        return Clock.fixed(today.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    private ReportingService at(LocalDate today) {
        return new ReportingService(db, clock(today));
    }

    private static List<String> codes(List<PeriodOverview> periods) {
        return periods.stream().map(PeriodOverview::code).toList();
    }

    /** Mường La's quarterly plan, its periods made while a draft, then issued on {@code date}. */
    private long issuedOn(LocalDate date) {
        long planId = new PlanService(db).create(TestPlans.muongLa());
        at(LocalDate.of(2026, 1, 5)).generatePeriods(planId);
        new PlanVersionService(db).issue(planId, "12", date, null);
        return planId;
    }

    @Test
    void aPlanIssuedInMidDecemberHasNoOverduePeriodEarlierInTheYear() {
        long planId = issuedOn(LocalDate.of(2026, 12, 15));
        ReportingService service = at(LocalDate.of(2026, 12, 16));

        // Periods stored while a draft are out of every list even before they are generated again.
        assertThat(codes(service.periods(planId))).startsWith("Q4-2026", "6T2-2026", "N-2026", "Q1-2027");
        assertThat(service.overduePeriods(planId)).isEmpty();
        assertThat(service.collecting(planId)).get().extracting(CollectingPeriod::label)
                .isEqualTo("Kỳ đang thu: quý IV năm 2026, hạn 18/12/2026 (còn 2 ngày).");
        assertThat(new PeriodicReportService(db, clock(LocalDate.of(2026, 12, 16))).upwardStatuses(planId))
                .noneMatch(s -> s.state() == UpwardStatus.State.OVERDUE);

        assertThat(codes(service.generatePeriods(planId))).startsWith("Q4-2026");
        List<ReportingPeriod> stored = db.read(store -> store.reporting().periods(planId));
        assertThat(stored).noneMatch(p -> p.year() == 2026
                && p.dueDate().isBefore(LocalDate.of(2026, 12, 15)));
    }

    @Test
    void theOfficialsFirstPeriodIsKeptAfterIssueAndCanBeSetBack() {
        long planId = issuedOn(LocalDate.of(2026, 12, 15));
        ReportingService service = at(LocalDate.of(2026, 12, 21));
        assertThat(service.overduePeriods(planId)).extracting(PeriodOverview::code)
                .containsExactly("Q4-2026", "6T2-2026", "N-2026");

        assertThat(service.setFirstPeriodMonth(planId, YearMonth.of(2027, 1))).isNull();
        assertThat(codes(service.periods(planId))).startsWith("Q1-2027", "Q2-2027");
        assertThat(service.overduePeriods(planId)).isEmpty();
        assertThat(service.collecting(planId)).get().extracting(c -> c.state(), c -> c.days())
                .containsExactly(CollectingPeriod.State.DUE, 88L);
        assertThat(new PlanService(db).load(planId).plan().reportingRule().firstPeriodMonth())
                .isEqualTo(YearMonth.of(2027, 1));

        // Undo puts back what was there: the period of the issue date.
        assertThat(service.setFirstPeriodMonth(planId, null)).isEqualTo(YearMonth.of(2027, 1));
        assertThat(codes(service.periods(planId))).startsWith("Q4-2026");
    }

    @Test
    void aPeriodWithReportsBeforeTheFirstIsKeptButInNoList() {
        long planId = new PlanService(db).create(TestPlans.muongLa());
        ReportingService service = at(LocalDate.of(2026, 3, 25));
        PeriodOverview q1 = service.generatePeriods(planId).getFirst();
        Unit unit = service.reportingUnits(planId).get(2);
        long item = new PlanService(db).load(planId).taskGroups().getFirst().items().getFirst().id();
        service.submit(SubmissionDraft.byHand(q1.period().id(), unit.id(), LocalDate.of(2026, 3, 18),
                SubmissionSource.PAPER, null, List.of(new ProgressEntry(item, ProgressStatus.IN_PROGRESS, "Đã họp",
                        null, null)), List.of()));

        service.setFirstPeriodMonth(planId, YearMonth.of(2026, 7));

        assertThat(codes(service.periods(planId))).startsWith("Q3-2026").doesNotContain("Q1-2026", "Q2-2026");
        List<ReportingPeriod> stored = db.read(store -> store.reporting().periods(planId));
        assertThat(stored).extracting(ReportingPeriod::id).contains(q1.period().id());
        assertThat(service.submissions(q1.period().id(), unit.id())).hasSize(1);
    }

    @Test
    void aFirstPeriodOutsideThePlansYearsIsRefusedNamingThem() {
        long planId = new PlanService(db).create(TestPlans.muongLa());
        assertThatThrownBy(() -> at(LocalDate.of(2026, 1, 5)).setFirstPeriodMonth(planId, YearMonth.of(2031, 1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("1/2031").hasMessageContaining("2026–2030");
    }

    @Test
    void thePlanFileCarriesTheFirstPeriodAndAHalfYearAfterTheQuarterDueTheSameDay() throws Exception {
        long planId = new PlanService(db).create(TestPlans.muongLa());
        ReportingService service = at(LocalDate.of(2026, 1, 5));
        service.setFirstPeriodMonth(planId, YearMonth.of(2026, 4));
        Path file = dir.resolve("plan.kehoach.json");
        new PlanExportService(db).toPlanFile(planId, file, true);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"firstPeriodMonth\": \"2026-04\"");
        // Q2 and 6 tháng đầu năm 2026 are both due 19/6/2026: the quarter is written first, as documented.
        int quarter = text.indexOf("\"kind\": \"QUARTER\",\n      \"year\": 2026,\n      \"index\": 2");
        int half = text.indexOf("\"kind\": \"HALF_YEAR\",\n      \"year\": 2026,\n      \"index\": 1");
        assertThat(quarter).isPositive();
        assertThat(half).isGreaterThan(quarter);

        try (Database other = Database.open(dir.resolve("other"))) {
            long copy = new PlanImportService(other).importFile(file, ClashPolicy.REFUSE);
            assertThat(new PlanService(other).load(copy).plan().reportingRule().firstPeriodMonth())
                    .isEqualTo(YearMonth.of(2026, 4));
        }
    }
}
