package vn.kehoachxa.service.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.kehoachxa.service.collect.CollectorPackages.Q1_2026;
import static vn.kehoachxa.service.collect.CollectorPackages.Q2_2026;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.kehoachxa.testsupport.CollectorDatabases;
import vn.kehoachxa.testsupport.CollectorTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.collect.ImportBatchUndo;
import vn.kehoachxa.domain.collect.PackageEntry;
import vn.kehoachxa.domain.collect.PackageRejectedException;
import vn.kehoachxa.domain.collect.PackageRejection;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.collect.ReceivedPackage;
import vn.kehoachxa.exchange.collect.PackageReadResult;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.service.collect.ImportOutcome.Kind;

@org.junit.jupiter.api.extension.ExtendWith(CollectorDatabases.H2ForOtherTests.class)
class CollectorImportServiceTest {
    static final String MUONG_LA = "14290";
    static final String CHIENG_LAO = "14293";

    @TempDir
    Path dir;
    CollectorDatabase db;
    /** What the injected reader finds at each path. */
    final Map<Path, List<PackageReadResult>> files = new HashMap<>();
    CollectorImportService service;

    @BeforeEach
    void open(CollectorDatabases.Target target) {
        db = target.open();
        db.inTransaction(s -> {
            s.communeList().setProvince("Sơn La");
            s.communeList().insert(new ProvinceCommune(MUONG_LA, "Mường La", "Sơn La"), Instant.EPOCH);
            s.communeList().insert(new ProvinceCommune(CHIENG_LAO, "Chiềng Lao", "Sơn La"), Instant.EPOCH);
            return null;
        });
        service = new CollectorImportService(db, Clock.fixed(Instant.parse("2026-03-19T03:00:00Z"), ZoneOffset.UTC),
                path -> files.getOrDefault(path, List.of()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    Path file(String name, ReceivedPackage... packages) {
        Path p = dir.resolve(name);
        files.put(p, java.util.Arrays.stream(packages).map(r -> new PackageReadResult(r.sourceName(), r, null))
                .toList());
        return p;
    }

    ImportReport importing(ReceivedPackage... packages) {
        List<Path> paths = new ArrayList<>();
        for (ReceivedPackage p : packages) {
            paths.add(file(p.sourceName(), p));
        }
        return service.importAll(paths, progress -> { });
    }

    List<PackageEntry> stored() {
        return db.read(s -> {
            List<PackageEntry> all = new ArrayList<>(s.packages().ofCommune(MUONG_LA));
            all.addAll(s.packages().ofCommune(CHIENG_LAO));
            return all;
        });
    }

    int[] counts(UUID id) {
        return db.<int[]>read(s -> s.packages().childCounts(id));
    }

    java.util.Optional<PackageEntry> find(UUID id) {
        return db.<java.util.Optional<PackageEntry>>read(s -> s.packages().find(id));
    }

    java.util.Optional<PackageEntry> inForce() {
        return db.<java.util.Optional<PackageEntry>>read(s -> s.packages().inForce(MUONG_LA, Q1_2026));
    }

    static ReceivedPackage muongLa(PackagePeriodChoice period) {
        return CollectorPackages.of(MUONG_LA, "Mường La", "Sơn La", period.period, new BigDecimal("96.5"));
    }

    enum PackagePeriodChoice {
        Q1(Q1_2026), Q2(Q2_2026);
        final vn.kehoachxa.domain.collect.PackagePeriod period;

        PackagePeriodChoice(vn.kehoachxa.domain.collect.PackagePeriod period) {
            this.period = period;
        }
    }

    @CollectorTest
    void aFirstPackageForACommuneAndPeriodIsImportedWithItsFilesIndicatorsAndTaskCounts() {
        ReceivedPackage p = muongLa(PackagePeriodChoice.Q1);

        ImportReport report = importing(p);

        assertThat(report.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(Kind.IMPORTED);
            assertThat(o.packageId()).isEqualTo(p.manifest().packageId());
            assertThat(o.message()).contains("Mường La", "14290", "quý I năm 2026");
        });
        PackageEntry entry = find(p.manifest().packageId()).orElseThrow();
        assertThat(entry.inForce()).isTrue();
        assertThat(entry.receivedAt()).isEqualTo(Instant.parse("2026-03-19T03:00:00Z"));
        assertThat(entry.manifestSha256()).isEqualTo(p.manifestSha256());
        assertThat(counts(p.manifest().packageId())).containsExactly(2, 1, 2);
    }

    @CollectorTest
    void theSameManifestBytesAgainAreRecognisedAndChangeNothing() {
        ReceivedPackage p = muongLa(PackagePeriodChoice.Q1);
        importing(p);
        List<PackageEntry> before = stored();

        ImportReport again = importing(CollectorPackages.sameBytes(p, "thư Q1.eml › BaoCao.zip"));

        assertThat(again.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(Kind.ALREADY_HAD);
            assertThat(o.message()).contains("19/03/2026 03:00", p.sourceName());
        });
        assertThat(stored()).isEqualTo(before);
        assertThat(service.lastBatch()).get().extracting(b -> b.removed().size()).isEqualTo(1);
    }

    @CollectorTest
    void theSamePackageIdWithOtherBytesIsRefusedAsAConflictingDuplicate() {
        ReceivedPackage p = muongLa(PackagePeriodChoice.Q1);
        importing(p);
        List<PackageEntry> before = stored();
        ReceivedPackage tampered = CollectorPackages.build(p.manifest().packageId(), null, MUONG_LA, "Mường La",
                "Sơn La", Q1_2026, new BigDecimal("99"));

        ImportOutcome o = importing(tampered).outcomes().getFirst();

        assertThat(o.kind()).isEqualTo(Kind.REFUSED);
        assertThat(o.rejection()).isEqualTo(PackageRejection.CONFLICTING_DUPLICATE);
        assertThat(o.message()).contains(p.manifest().packageId().toString(), "nội dung khác");
        assertThat(stored()).isEqualTo(before);
    }

    @CollectorTest
    void aCorrectionOfThePackageInForceReplacesItAndKeepsItAsHistory() {
        ReceivedPackage first = muongLa(PackagePeriodChoice.Q1);
        importing(first);
        ReceivedPackage fix = CollectorPackages.correction(first.manifest().packageId(), MUONG_LA, "Mường La",
                Q1_2026, new BigDecimal("97"));

        ImportOutcome o = importing(fix).outcomes().getFirst();

        assertThat(o.kind()).isEqualTo(Kind.CORRECTED);
        assertThat(o.message()).contains(first.manifest().packageId().toString());
        PackageEntry old = find(first.manifest().packageId()).orElseThrow();
        assertThat(old.replacedBy()).isEqualTo(fix.manifest().packageId());
        assertThat(counts(first.manifest().packageId())).containsExactly(2, 1, 2);
        assertThat(inForce()).get()
                .extracting(PackageEntry::packageId).isEqualTo(fix.manifest().packageId());
    }

    @CollectorTest
    void aCorrectionOfAPackageNeverReceivedIsRefusedNamingBothPackages() {
        importing(muongLa(PackagePeriodChoice.Q1));
        List<PackageEntry> before = stored();
        UUID unknown = UUID.randomUUID();
        ReceivedPackage fix = CollectorPackages.correction(unknown, MUONG_LA, "Mường La", Q1_2026, BigDecimal.TEN);

        ImportOutcome o = importing(fix).outcomes().getFirst();

        assertThat(o.kind()).isEqualTo(Kind.REFUSED);
        assertThat(o.rejection()).isEqualTo(PackageRejection.BAD_CORRECTION);
        assertThat(o.message()).contains(fix.manifest().packageId().toString(), unknown.toString(),
                before.getFirst().packageId().toString());
        assertThat(stored()).isEqualTo(before);
    }

    @CollectorTest
    void aCorrectionOfAnAlreadyReplacedPackageIsRefusedNamingTheOneThatReplacedIt() {
        ReceivedPackage first = muongLa(PackagePeriodChoice.Q1);
        UUID firstId = first.manifest().packageId();
        ReceivedPackage fix = CollectorPackages.correction(firstId, MUONG_LA, "Mường La", Q1_2026, BigDecimal.ONE);
        importing(first, fix);
        List<PackageEntry> before = stored();
        ReceivedPackage secondFix = CollectorPackages.correction(firstId, MUONG_LA, "Mường La", Q1_2026,
                BigDecimal.TWO);

        ImportOutcome o = importing(secondFix).outcomes().getFirst();

        assertThat(o.rejection()).isEqualTo(PackageRejection.BAD_CORRECTION);
        assertThat(o.message()).contains(secondFix.manifest().packageId().toString(), firstId.toString(),
                fix.manifest().packageId().toString());
        assertThat(stored()).isEqualTo(before);
    }

    @CollectorTest
    void aCorrectionNamingAnotherCommunesPackageIsRefused() {
        ReceivedPackage chiengLao = CollectorPackages.of(CHIENG_LAO, "Chiềng Lao", "Sơn La", Q1_2026,
                BigDecimal.ONE);
        importing(chiengLao);
        ReceivedPackage fix = CollectorPackages.correction(chiengLao.manifest().packageId(), MUONG_LA, "Mường La",
                Q1_2026, BigDecimal.TEN);

        ImportOutcome o = importing(fix).outcomes().getFirst();

        assertThat(o.rejection()).isEqualTo(PackageRejection.BAD_CORRECTION);
        assertThat(o.message()).contains("Chiềng Lao", "Mường La");
    }

    @CollectorTest
    void aSecondPackageForTheSamePeriodThatNamesNothingToReplaceIsRefusedAskingForACorrection() {
        ReceivedPackage first = muongLa(PackagePeriodChoice.Q1);
        importing(first);
        List<PackageEntry> before = stored();

        ImportOutcome o = importing(muongLa(PackagePeriodChoice.Q1)).outcomes().getFirst();

        assertThat(o.kind()).isEqualTo(Kind.REFUSED);
        assertThat(o.rejection()).isEqualTo(PackageRejection.CONFLICTING_DUPLICATE);
        assertThat(o.message()).contains(first.manifest().packageId().toString(), "gói đính chính");
        assertThat(stored()).isEqualTo(before);
    }

    @CollectorTest
    void anotherPeriodOfTheSameCommuneIsAFirstPackage() {
        importing(muongLa(PackagePeriodChoice.Q1));

        assertThat(importing(muongLa(PackagePeriodChoice.Q2)).outcomes().getFirst().kind()).isEqualTo(Kind.IMPORTED);
    }

    @CollectorTest
    void aCommuneNotInTheProvincesListIsRefused() {
        ReceivedPackage p = CollectorPackages.of("14999", "Nậm Giôn", "Sơn La", Q1_2026, BigDecimal.ONE);

        ImportOutcome o = importing(p).outcomes().getFirst();

        assertThat(o.rejection()).isEqualTo(PackageRejection.UNKNOWN_COMMUNE);
        assertThat(o.message()).contains("14999", "Nậm Giôn");
        assertThat(stored()).isEmpty();
    }

    @CollectorTest
    void anotherProvincesPackageIsRefused() {
        ReceivedPackage p = CollectorPackages.of(MUONG_LA, "Mường La", "Điện Biên", Q1_2026, BigDecimal.ONE);

        ImportOutcome o = importing(p).outcomes().getFirst();

        assertThat(o.rejection()).isEqualTo(PackageRejection.OTHER_PROVINCE);
        assertThat(o.message()).contains("Điện Biên", "Sơn La");
        assertThat(stored()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tỉnh Sơn La", "SƠN LA", "son la", "  tỉnh  sơn   la ", "So\u031bn La", "TỈNH SƠN LA"})
    void theProvinceMatchesHoweverItIsWritten(String written) {
        ReceivedPackage p = CollectorPackages.of(MUONG_LA, "Mường La", written, Q1_2026, BigDecimal.ONE);

        assertThat(importing(p).outcomes().getFirst().kind()).isEqualTo(Kind.IMPORTED);
    }

    @CollectorTest
    void aRefusalFromReadingPassesThroughAndTheBatchGoesOn() {
        Path bad = dir.resolve("hong.zip");
        files.put(bad, List.of(new PackageReadResult("hong.zip", null,
                new PackageRejectedException(PackageRejection.TAMPERED, "Tệp ket-qua.json trong hong.zip bị sửa"))));
        ReceivedPackage good = muongLa(PackagePeriodChoice.Q1);

        ImportReport report = service.importAll(List.of(bad, file(good.sourceName(), good)), progress -> { });

        assertThat(report.outcomes()).extracting(ImportOutcome::kind).containsExactly(Kind.REFUSED, Kind.IMPORTED);
        assertThat(report.outcomes().getFirst().rejection()).isEqualTo(PackageRejection.TAMPERED);
        assertThat(report.outcomes().getFirst().message()).isEqualTo("Tệp ket-qua.json trong hong.zip bị sửa");
    }

    @CollectorTest
    void aFailureInTheMiddleOfAPackageLeavesNothingOfItAndTheBatchGoesOn() {
        // A figure past decimal(24, 6) fails on the indicator rows, after the package row and its files went in.
        ReceivedPackage tooBig = CollectorPackages.of(MUONG_LA, "Mường La", "Sơn La", Q1_2026,
                new BigDecimal("1E+20"));
        ReceivedPackage good = CollectorPackages.of(CHIENG_LAO, "Chiềng Lao", "Sơn La", Q1_2026, BigDecimal.TEN);

        ImportReport report = importing(tooBig, good);

        assertThat(report.outcomes()).extracting(ImportOutcome::kind).containsExactly(Kind.REFUSED, Kind.IMPORTED);
        assertThat(report.outcomes().getFirst().message()).contains(tooBig.sourceName(), "Không có gì");
        assertThat(find(tooBig.manifest().packageId())).isEmpty();
        assertThat(counts(tooBig.manifest().packageId())).containsExactly(0, 0, 0);
        assertThat(stored()).extracting(PackageEntry::communeCode).containsExactly(CHIENG_LAO);
        // The package can come in once fixed: nothing of the failed try is in its way.
        assertThat(importing(muongLa(PackagePeriodChoice.Q1)).outcomes().getFirst().kind()).isEqualTo(Kind.IMPORTED);
    }

    @CollectorTest
    void progressIsReportedPerSource() {
        ReceivedPackage a = muongLa(PackagePeriodChoice.Q1);
        ReceivedPackage b = CollectorPackages.of(CHIENG_LAO, "Chiềng Lao", "Sơn La", Q1_2026, BigDecimal.TEN);
        List<ImportProgress> seen = new ArrayList<>();

        service.importAll(List.of(file("a.zip", a), file("b.zip", b)), seen::add);

        assertThat(seen).containsExactly(new ImportProgress(0, 2, "a.zip"), new ImportProgress(1, 2, "b.zip"),
                new ImportProgress(2, 2, null));
    }

    @CollectorTest
    void readingThenStoringDoesWhatImportAllDoes() {
        ReceivedPackage a = muongLa(PackagePeriodChoice.Q1);
        PackageBatch read = service.read(List.of(file("a.zip", a), dir.resolve("empty")), progress -> { });

        ImportReport report = service.store(read, progress -> { });

        assertThat(read.size()).isEqualTo(1);
        assertThat(read.sources()).isEqualTo(2);
        assertThat(report.count(Kind.IMPORTED)).isEqualTo(1);
    }

    @CollectorTest
    void undoingTheLastBatchRemovesItsPackagesAndPutsBackTheOnesTheyReplaced() {
        ReceivedPackage first = muongLa(PackagePeriodChoice.Q1);
        importing(first);
        List<PackageEntry> afterFirst = stored();
        ReceivedPackage fix = CollectorPackages.correction(first.manifest().packageId(), MUONG_LA, "Mường La",
                Q1_2026, BigDecimal.TEN);
        ReceivedPackage other = CollectorPackages.of(CHIENG_LAO, "Chiềng Lao", "Sơn La", Q1_2026, BigDecimal.ONE);
        importing(fix, other);

        ImportBatchUndo preview = service.lastBatch().orElseThrow();
        assertThat(preview.removed()).extracting(PackageEntry::packageId)
                .containsExactlyInAnyOrder(fix.manifest().packageId(), other.manifest().packageId());
        assertThat(preview.restored()).extracting(PackageEntry::packageId)
                .containsExactly(first.manifest().packageId());

        ImportBatchUndo done = service.undoLastBatch(preview.batchId());

        assertThat(done).isEqualTo(preview);
        assertThat(stored()).isEqualTo(afterFirst);
        assertThat(counts(fix.manifest().packageId())).containsExactly(0, 0, 0);
        // The batch before is now the last; the corrected package may come again.
        assertThat(service.lastBatch()).get().extracting(ImportBatchUndo::removed).asList().hasSize(1);
        assertThat(importing(fix).outcomes().getFirst().kind()).isEqualTo(Kind.CORRECTED);
    }

    @CollectorTest
    void undoingABatchThatIsNoLongerTheLastIsRefusedAndChangesNothing() {
        importing(muongLa(PackagePeriodChoice.Q1));
        ImportBatchUndo stale = service.lastBatch().orElseThrow();
        importing(CollectorPackages.of(CHIENG_LAO, "Chiềng Lao", "Sơn La", Q1_2026, BigDecimal.ONE));
        List<PackageEntry> before = stored();

        assertThatThrownBy(() -> service.undoLastBatch(stale.batchId())).isInstanceOf(DomainException.class)
                .hasMessageContaining("gần nhất");
        assertThat(stored()).isEqualTo(before);
    }
}
