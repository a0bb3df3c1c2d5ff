package vn.kehoachxa.service.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PACKAGE_INDICATOR;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.Timeliness.Status;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.persistence.collector.CollectorTestAccess;
import vn.kehoachxa.service.reporting.IndicatorEvaluation;
import vn.kehoachxa.service.reporting.PeriodHistory;
import vn.kehoachxa.testsupport.CollectorDatabases;
import vn.kehoachxa.testsupport.CollectorFixtures;
import vn.kehoachxa.testsupport.CollectorTest;

/**
 * The province's history for the charts on a real collector database (H2 and PostgreSQL): five communes over four
 * quarters of 2026 judged on 1 August — Q1 all in (commune 5 late, commune 2 corrected), Q2 commune 4 late and 5
 * missing, Q3 only commune 1 so far (due 15 October), and the first quarter of 2027 only a due date. Doctors (bác sĩ) are summed, coverage (%)
 * averaged, the health-station verdict (no unit) counted; every commune's target is 2 doctors and 90 %. The values
 * below are worked out by hand.
 */
class ProvinceHistoryTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private CollectorDatabase db;
    private ProvinceViewService view;

    @BeforeEach
    void setUp(CollectorDatabases.Target target) {
        db = target.open();
        view = new ProvinceViewService(db, Clock.fixed(Instant.parse("2026-08-01T03:00:00Z"), VN));
        CollectorFixtures.communes(db, "Sơn La", 5);
        CollectorFixtures.period(db, PeriodKind.QUARTER, 2026, 1, LocalDate.of(2026, 4, 15));
        CollectorFixtures.period(db, PeriodKind.QUARTER, 2026, 2, LocalDate.of(2026, 7, 15));
        CollectorFixtures.period(db, PeriodKind.QUARTER, 2026, 3, LocalDate.of(2026, 10, 15));
        CollectorFixtures.period(db, PeriodKind.QUARTER, 2027, 1, LocalDate.of(2027, 4, 15));
        for (int n = 1; n <= 5; n++) {
            String first = quarter(n, 1, n == 5 ? "2026-04-18T02:00:00Z" : "2026-04-10T02:00:00Z", n).insert(db);
            if (n == 2) {
                quarter(2, 1, "2026-04-20T02:00:00Z", 7).replacing(first).insert(db);
            }
            if (n <= 4) {
                quarter(n, 2, n == 4 ? "2026-07-20T02:00:00Z" : "2026-07-10T02:00:00Z", n + 1).insert(db);
            }
        }
        quarter(1, 3, "2026-07-31T02:00:00Z", 5).insert(db);
        // The fixture's lines carry no target: every commune's are set here, as their packages would state them.
        db.inTransaction(store -> {
            var dsl = CollectorTestAccess.dsl(store);
            dsl.update(PACKAGE_INDICATOR).set(PACKAGE_INDICATOR.TARGET_VALUE, new BigDecimal("2"))
                    .set(PACKAGE_INDICATOR.TARGET_TEXT, "≥ 2").where(PACKAGE_INDICATOR.CODE.eq("NQ72-01")).execute();
            dsl.update(PACKAGE_INDICATOR).set(PACKAGE_INDICATOR.TARGET_VALUE, new BigDecimal("90"))
                    .set(PACKAGE_INDICATOR.TARGET_TEXT, "≥ 90").where(PACKAGE_INDICATOR.CODE.eq("NQ72-02")).execute();
            return dsl.update(PACKAGE_INDICATOR).set(PACKAGE_INDICATOR.TARGET_TEXT, "Đạt chuẩn")
                    .where(PACKAGE_INDICATOR.CODE.eq("NQ72-03")).execute();
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** Commune n's quarter: {@code doctors} doctors, coverage 80 + 2n %, the station "Đạt". */
    private static CollectorFixtures.Package quarter(int n, int quarter, String at, int doctors) {
        return CollectorFixtures.pkg(n, PeriodKind.QUARTER, 2026, quarter, Instant.parse(at))
                .indicator("NQ72-01", "Số bác sĩ", "bác sĩ", String.valueOf(doctors), null, Evaluation.DAT)
                .indicator("NQ72-02", "Tỷ lệ bao phủ bảo hiểm y tế", "%", String.valueOf(80 + 2 * n), null,
                        Evaluation.CHUA_DAT)
                .indicator("NQ72-03", "Trạm y tế đạt chuẩn", "", null, "Đạt", Evaluation.DAT);
    }

    private static IndicatorEvaluation indicator(PeriodHistory h, String code) {
        return h.results().indicators().stream().filter(e -> e.indicator().code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static List<Status> statuses(PeriodHistory h) {
        return h.grid().stream().map(g -> g.timeliness().status()).toList();
    }

    @CollectorTest
    void everyPeriodInOrderWithTheCommunesAsItsUnits() {
        List<PeriodHistory> history = view.history();

        assertThat(view.today()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(history).extracting(h -> h.results().period().period().year(),
                h -> h.results().period().period().index()).containsExactly(tuple(2026, 1), tuple(2026, 2),
                tuple(2026, 3), tuple(2027, 1));
        assertThat(history).allSatisfy(h -> {
            assertThat(h.results().period().period().kind()).isEqualTo(PeriodKind.QUARTER);
            assertThat(h.grid()).extracting(g -> g.unit().name())
                    .containsExactly("Xã Thử 1", "Xã Thử 2", "Xã Thử 3", "Xã Thử 4", "Xã Thử 5");
            // The same indicators in every period, in the communes' row order.
            assertThat(h.results().indicators()).extracting(e -> e.indicator().code())
                    .containsExactly("NQ72-01", "NQ72-02", "NQ72-03");
        });
        // No package yet: the calendar quarter stands for the cut-off.
        assertThat(history.get(2).results().period().period().cutoffStart()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @CollectorTest
    void communesAreOnTimeLateMissingOrNotYetDue() {
        List<PeriodHistory> history = view.history();

        assertThat(statuses(history.get(0))).containsExactly(Status.ON_TIME, Status.ON_TIME, Status.ON_TIME,
                Status.ON_TIME, Status.LATE);
        // Commune 2's correction came after the due date, but its first package was on time.
        assertThat(history.get(0).grid().get(1).latestVersion()).isEqualTo(2);
        assertThat(history.get(0).grid().get(4).timeliness().daysLate()).isEqualTo(3);
        assertThat(statuses(history.get(1))).containsExactly(Status.ON_TIME, Status.ON_TIME, Status.ON_TIME,
                Status.LATE, Status.MISSING);
        assertThat(history.get(1).grid().get(4).timeliness().daysLate()).isEqualTo(17);
        assertThat(statuses(history.get(2))).containsExactly(Status.ON_TIME, Status.NOT_YET_DUE,
                Status.NOT_YET_DUE, Status.NOT_YET_DUE, Status.NOT_YET_DUE);
        assertThat(statuses(history.get(3))).containsOnly(Status.NOT_YET_DUE);
        assertThat(history).extracting(h -> h.results().period().reportedUnits(),
                h -> h.results().period().lateUnits(), h -> h.results().period().missingUnits())
                .containsExactly(tuple(5, 1, 0), tuple(4, 1, 1), tuple(1, 0, 0), tuple(0, 0, 0));
    }

    @CollectorTest
    void indicatorsAreConsolidatedAsTheTableDoesAgainstTheCommunesTargets() {
        List<PeriodHistory> history = view.history();

        // Doctors summed: Q1 1 + 7 (commune 2's correction) + 3 + 4 + 5; Q2 2 + 3 + 4 + 5; Q3 commune 1 alone.
        assertThat(history.subList(0, 3)).extracting(h -> indicator(h, "NQ72-01").consolidated().intValue())
                .containsExactly(20, 14, 5);
        // The target adds up the same way: 2 doctors for each commune whose package is in force.
        assertThat(history.subList(0, 3)).extracting(h -> indicator(h, "NQ72-01").target().value().intValue())
                .containsExactly(10, 8, 2);
        assertThat(indicator(history.get(0), "NQ72-01").target().kind()).isEqualTo(TargetKind.NUMERIC);
        assertThat(indicator(history.get(0), "NQ72-01").target().year()).isEqualTo(2026);
        // Coverage averaged: (82 + 84 + 86 + 88 + 90) / 5 and (82 + 84 + 86 + 88) / 4; the target too.
        assertThat(indicator(history.get(0), "NQ72-02").consolidated()).isEqualByComparingTo("86");
        assertThat(indicator(history.get(1), "NQ72-02").consolidated()).isEqualByComparingTo("85");
        assertThat(indicator(history.get(1), "NQ72-02").target().value()).isEqualByComparingTo("90");
        // Words are counted (communes that reported), and their target is the communes' wording.
        assertThat(history.subList(0, 3)).extracting(h -> indicator(h, "NQ72-03").consolidated().intValue())
                .containsExactly(5, 4, 1);
        IndicatorTarget words = indicator(history.get(0), "NQ72-03").target();
        assertThat(words.kind()).isEqualTo(TargetKind.QUALITATIVE);
        assertThat(words.qualitativeText()).isEqualTo("Đạt chuẩn");
        // 2027 has nothing yet: no value, no target; no commune lines on any chart (see ProvinceHistories).
        assertThat(indicator(history.get(3), "NQ72-01").consolidated()).isNull();
        assertThat(indicator(history.get(3), "NQ72-01").target()).isNull();
        assertThat(history).allSatisfy(h -> h.results().indicators()
                .forEach(e -> assertThat(e.results()).isEmpty()));
        // The same figures as the period's consolidated table.
        assertThat(view.summary(PeriodKind.QUARTER, 2026, 1).indicators().getFirst().total()).isEqualByComparingTo(
                indicator(history.get(0), "NQ72-01").consolidated());
    }
}
