package vn.kehoachxa.service.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.kehoachxa.testsupport.CollectorFixtures.code;
import static vn.kehoachxa.testsupport.CollectorFixtures.pkg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.kehoachxa.testsupport.CollectorDatabases;
import vn.kehoachxa.testsupport.CollectorTest;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.collect.Aggregation;
import vn.kehoachxa.domain.collect.CommuneReceipt;
import vn.kehoachxa.domain.collect.ConsolidatedIndicator;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.testsupport.CollectorFixtures;

/**
 * A quarter of 100 communes of Sơn La on a real collector database: 10 missing (every tenth), 10 late (91–99 by
 * days, commune 2 by hours in Vietnam's zone though still on the due date in UTC), commune 1 just before midnight,
 * commune 3 corrected once and commune 4 twice after the due date. Totals below are worked out by hand.
 */
class ProvinceViewServiceTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2026, 4, 15);

    @TempDir
    Path dir;
    private CollectorDatabase db;
    private ProvinceViewService view;

    @BeforeEach
    void setUp(CollectorDatabases.Target target) {
        db = target.open();
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T03:00:00Z"), VN);
        view = new ProvinceViewService(db, clock);
        CollectorFixtures.communes(db, "Sơn La", 100);
        CollectorFixtures.period(db, PeriodKind.QUARTER, 2026, 1, DUE);
        for (int n = 1; n <= 99; n++) {
            if (n % 10 == 0) {
                continue;
            }
            LocalDateTime at = n == 1 ? DUE.atTime(23, 30) : n == 2 ? DUE.plusDays(1).atTime(6, 0)
                    : n >= 91 ? DUE.plusDays(n - 89).atTime(8, 0) : DUE.minusDays(5).atTime(9, 0);
            String first = quarterPackage(n, at, n == 3 ? "10" : "2", n == 3 || n == 4 ? "0" : null).insert(db);
            if (n == 3) {
                quarterPackage(3, DUE.plusDays(5).atTime(9, 0), "5", null).replacing(first)
                        .tasks(TaskStatus.HOAN_THANH_DUNG_HAN, 4).tasks(TaskStatus.CHUA_TRIEN_KHAI, 1)
                        .tasks(TaskStatus.DANG_THUC_HIEN_TRONG_HAN, 0).insert(db);
            }
            if (n == 4) {
                String second = quarterPackage(4, DUE.plusDays(6).atTime(9, 0), "2", "1").replacing(first)
                        .insert(db);
                quarterPackage(4, DUE.plusDays(10).atTime(9, 0), "2", null).replacing(second)
                        .renameDoctors().insert(db);
            }
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** Commune n's quarter: doctors, coverage (45 × 80 below 51, 40 × 90,5 from 51, none from 95), words 1–9. */
    private QuarterPackage quarterPackage(int n, LocalDateTime localTime, String doctors, String coverage) {
        return new QuarterPackage(n, localTime.atZone(VN).toInstant(), doctors, coverage);
    }

    private final class QuarterPackage {
        private final CollectorFixtures.Package p;
        private final int n;
        private final String doctors;
        private final String coverage;
        private String doctorsName = "Số bác sĩ";
        private boolean tasksSet;

        QuarterPackage(int n, Instant at, String doctors, String coverage) {
            this.p = pkg(n, PeriodKind.QUARTER, 2026, 1, at);
            this.n = n;
            this.doctors = doctors;
            this.coverage = coverage;
        }

        QuarterPackage replacing(String id) {
            p.replacing(id);
            return this;
        }

        QuarterPackage renameDoctors() {
            doctorsName = "Số bác sĩ của trạm y tế xã";
            return this;
        }

        QuarterPackage tasks(TaskStatus status, int count) {
            p.tasks(status, count);
            tasksSet = true;
            return this;
        }

        String insert(CollectorDatabase database) {
            p.indicator("NQ72-01", doctorsName, "bác sĩ", doctors, null, Evaluation.DAT);
            String cover = coverage != null ? coverage : n < 51 ? "80" : n < 95 ? "90.5" : null;
            Evaluation e = cover == null ? Evaluation.CHUA_CO_SO_LIEU : n >= 91 ? Evaluation.VUOT
                    : new BigDecimal(cover).compareTo(new BigDecimal("85")) >= 0 ? Evaluation.DAT : Evaluation.CHUA_DAT;
            p.indicator("NQ72-02", "Tỷ lệ bao phủ bảo hiểm y tế", "% dân số", cover, null, e);
            if (n < 10) {
                p.indicator("NQ72-03", "Trạm y tế đạt chuẩn quốc gia", "", null, "Đạt chuẩn",
                        n <= 5 ? Evaluation.DAT : Evaluation.CHUA_DAT);
            }
            if (n == 5) {
                p.indicator("X-05", "Chỉ tiêu riêng của xã 5", "người", "7", null, Evaluation.KHONG_DANH_GIA);
            }
            if (!tasksSet) {
                p.tasks(TaskStatus.HOAN_THANH_DUNG_HAN, 3).tasks(TaskStatus.DANG_THUC_HIEN_TRONG_HAN, 2);
            }
            return p.insert(database);
        }
    }

    @CollectorTest
    void everyCommuneHasItsReceiptStateByItsFirstPackageAgainstTheEndOfTheDueDayInThePcsZone() {
        ProvincePeriodSummary s = view.summary(PeriodKind.QUARTER, 2026, 1);
        Map<String, CommuneReceipt> byCode = s.communes().stream()
                .collect(Collectors.toMap(r -> r.commune().code(), Function.identity()));

        assertThat(s.communes()).hasSize(100);
        assertThat(s.communes().getFirst().commune().code()).isEqualTo("10001");
        assertThat(s.count(ReceiptState.ON_TIME)).isEqualTo(80);
        assertThat(s.count(ReceiptState.LATE)).isEqualTo(10);
        assertThat(s.count(ReceiptState.MISSING)).isEqualTo(10);
        assertThat(s.dueDate()).isEqualTo(DUE);
        assertThat(s.province()).isEqualTo("Sơn La");
        assertThat(byCode.get(code(1)).state()).as("23:30 on the due day").isEqualTo(ReceiptState.ON_TIME);
        assertThat(byCode.get(code(2)).state()).as("06:00 the day after, still the 15th in UTC")
                .isEqualTo(ReceiptState.LATE);
        assertThat(byCode.get(code(93)).state()).isEqualTo(ReceiptState.LATE);
        CommuneReceipt missing = byCode.get(code(20));
        assertThat(missing.state()).isEqualTo(ReceiptState.MISSING);
        assertThat(missing.packageId()).isNull();
        assertThat(missing.firstReceivedAt()).isNull();

        CommuneReceipt twice = byCode.get(code(4));
        assertThat(twice.state()).as("corrected after the due date, first sent in time").isEqualTo(ReceiptState.ON_TIME);
        assertThat(twice.corrections()).isEqualTo(2);
        assertThat(twice.replaced()).isTrue();
        assertThat(twice.firstReceivedAt()).isEqualTo(DUE.minusDays(5).atTime(9, 0).atZone(VN).toInstant());
        assertThat(twice.receivedAt()).isEqualTo(DUE.plusDays(10).atTime(9, 0).atZone(VN).toInstant());
        assertThat(byCode.get(code(3)).corrections()).isEqualTo(1);
        assertThat(byCode.get(code(5)).corrections()).isZero();
        assertThat(s.communes().stream().filter(CommuneReceipt::replaced)).hasSize(2);
    }

    @CollectorTest
    void indicatorsAddUpOverThePackagesInForceByTheirUnit() {
        ProvincePeriodSummary s = view.summary(PeriodKind.QUARTER, 2026, 1);
        assertThat(s.indicators()).extracting(ConsolidatedIndicator::code)
                .containsExactly("NQ72-01", "NQ72-02", "NQ72-03", "X-05");

        ConsolidatedIndicator doctors = s.indicators().get(0);
        // 88 communes × 2, commune 3's correction 5 (its first package said 10), commune 4's last 2: 176 + 5 + 2.
        assertThat(doctors.aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(doctors.total()).isEqualByComparingTo("183");
        assertThat(doctors.reporting()).isEqualTo(90);
        assertThat(doctors.name()).as("as the latest package words it").isEqualTo("Số bác sĩ của trạm y tế xã");
        assertThat(doctors.breakdown()).hasSize(90);
        assertThat(doctors.breakdown()).filteredOn(f -> f.communeCode().equals(code(3)))
                .extracting(f -> f.value().intValue(), f -> f.communeName()).containsExactly(tuple(5, "Xã Thử 3"));

        ConsolidatedIndicator coverage = s.indicators().get(1);
        // 45 communes (1–49 but 10, 20, 30, 40) at 80, 40 communes (51–94 but 60…90) at 90,5; 95–99 gave none;
        // commune 4's second package said 1, its third 80 again.
        assertThat(coverage.aggregation()).isEqualTo(Aggregation.MEAN);
        assertThat(coverage.reporting()).isEqualTo(85);
        assertThat(coverage.total()).isEqualByComparingTo(new BigDecimal("7220").divide(new BigDecimal("85"),
                new MathContext(16)));
        assertThat(coverage.total().doubleValue()).isCloseTo(84.9412, org.assertj.core.data.Offset.offset(1e-4));
        // judged: 45 CHUA_DAT + 36 DAT + 4 VUOT (91–94); 95–99 have no data.
        assertThat(coverage.judged()).isEqualTo(85);
        assertThat(coverage.met()).isEqualTo(40);
        assertThat(coverage.shareMet()).isCloseTo(40.0 / 85, org.assertj.core.data.Offset.offset(1e-12));

        ConsolidatedIndicator words = s.indicators().get(2);
        assertThat(words.aggregation()).isEqualTo(Aggregation.COUNT);
        assertThat(words.total()).isEqualByComparingTo("9");
        assertThat(words.judged()).isEqualTo(9);
        assertThat(words.met()).isEqualTo(5);
        assertThat(words.breakdown()).extracting(f -> f.text()).containsOnly("Đạt chuẩn");

        ConsolidatedIndicator own = s.indicators().get(3);
        assertThat(own.breakdown()).singleElement().extracting(f -> f.communeCode()).isEqualTo(code(5));
        assertThat(own.judged()).isZero();
        assertThat(own.shareMet()).isNull();
    }

    @CollectorTest
    void taskCountsAreThePackagesInForce() {
        ProvincePeriodSummary s = view.summary(PeriodKind.QUARTER, 2026, 1);

        assertThat(s.tasks()).hasSize(90);
        // 89 communes × 3 plus commune 3's correction 4; 89 × 2; commune 3's 1 not started.
        assertThat(s.taskTotal(TaskStatus.HOAN_THANH_DUNG_HAN)).isEqualTo(271);
        assertThat(s.taskTotal(TaskStatus.DANG_THUC_HIEN_TRONG_HAN)).isEqualTo(178);
        assertThat(s.taskTotal(TaskStatus.CHUA_TRIEN_KHAI)).isEqualTo(1);
        assertThat(s.tasks().get(2).communeCode()).isEqualTo(code(3));
        assertThat(s.tasks().get(2).count(TaskStatus.HOAN_THANH_DUNG_HAN)).isEqualTo(4);
    }

    @CollectorTest
    void periodsWithAPackageOrADueDateComeNewestFirst() {
        CollectorFixtures.period(db, PeriodKind.QUARTER, 2026, 2, LocalDate.of(2026, 7, 15));
        pkg(1, PeriodKind.QUARTER, 2025, 4, Instant.parse("2026-01-10T02:00:00Z")).insert(db);
        pkg(1, PeriodKind.YEAR, 2025, 1, Instant.parse("2026-01-12T02:00:00Z")).insert(db);

        assertThat(view.periods()).containsExactly(
                new PackagePeriod(PeriodKind.QUARTER, 2026, 2, null, null),
                new PackagePeriod(PeriodKind.QUARTER, 2026, 1, null, null),
                new PackagePeriod(PeriodKind.YEAR, 2025, 1, null, null),
                new PackagePeriod(PeriodKind.QUARTER, 2025, 4, null, null));
    }

    @CollectorTest
    void aPeriodWithoutDueDateHasNobodyLateAndAnEmptyPeriodListsEveryCommuneAsMissing() {
        pkg(7, PeriodKind.QUARTER, 2026, 3, Instant.parse("2027-03-01T02:00:00Z")).insert(db);

        ProvincePeriodSummary late = view.summary(PeriodKind.QUARTER, 2026, 3);
        ProvincePeriodSummary empty = view.summary(PeriodKind.QUARTER, 2026, 4);

        assertThat(late.dueDate()).isNull();
        assertThat(late.count(ReceiptState.ON_TIME)).isEqualTo(1);
        assertThat(late.count(ReceiptState.LATE)).isZero();
        assertThat(empty.count(ReceiptState.MISSING)).isEqualTo(100);
        assertThat(empty.indicators()).isEmpty();
        assertThat(empty.tasks()).isEmpty();
    }

    @CollectorTest
    void theProvinceNameSetByTheOfficialWins() {
        var named = new ProvinceViewService(db, Clock.system(VN), () -> "Tỉnh Sơn La");

        assertThat(named.summary(PeriodKind.QUARTER, 2026, 1).province()).isEqualTo("Tỉnh Sơn La");
        assertThat(List.of(view.summary(PeriodKind.QUARTER, 2026, 1).province())).containsExactly("Sơn La");
    }
}
