package vn.kehoachxa.service.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.collect.CommuneIndicatorResult;
import vn.kehoachxa.domain.collect.CommuneReceipt;
import vn.kehoachxa.domain.collect.ConsolidatedIndicator;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.exchange.collect.ResultsJson;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.service.ReportPackageService;
import vn.kehoachxa.service.report.FilledQuarter;
import vn.kehoachxa.service.report.ReportPackage;
import vn.kehoachxa.testsupport.CollectorDatabases;
import vn.kehoachxa.testsupport.CollectorTest;

/**
 * Issue 17's round trip, end to end on real parts: a commune database (Mường La with its first quarter of 2026
 * filled) builds its upward package with "Gửi báo cáo"; the province's collector — on H2 and on PostgreSQL — takes in
 * the .zip, recognises the same package sent again as an .eml, shows the commune's figures in the consolidated table,
 * and takes the commune's correction (built after the sending was confirmed) in place of the first, keeping history.
 */
class CollectorRoundTripTest {
    @TempDir
    Path dir;
    private FilledQuarter commune;
    private CollectorDatabase db;

    @BeforeEach
    void setUp(CollectorDatabases.Target target) {
        commune = new FilledQuarter(dir.resolve("xa"));
        db = target.open();
        ProvinceCommuneService communes = new ProvinceCommuneService(db, commune.clock);
        communes.setProvince("Sơn La");
        communes.add(new ProvinceCommune(FilledQuarter.ADMIN_CODE, "Mường La", "Sơn La"));
        communes.add(new ProvinceCommune("14293", "Chiềng Lao", "Sơn La"));
    }

    @AfterEach
    void close() {
        commune.db.close();
    }

    @CollectorTest
    void aCommunesPackageReachesTheProvincesTableOnceAndItsCorrectionReplacesIt() throws Exception {
        ReportPackageService packages = new ReportPackageService(commune.db, commune.clock);
        long periodId = commune.quarter.period().id();
        ReportPackage first = packages.build(periodId, dir.resolve("gui-lan-1"));
        CollectorImportService imports = new CollectorImportService(db, commune.clock);
        ProvinceViewService views = new ProvinceViewService(db, commune.clock, () -> "Sơn La");

        ImportReport taken = imports.importAll(List.of(first.zip()), progress -> { });
        assertThat(taken.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.kind()).as(o.message()).isEqualTo(ImportOutcome.Kind.IMPORTED);
            assertThat(o.packageId()).isEqualTo(first.packageId());
        });
        ImportReport again = imports.importAll(List.of(first.eml(), first.folder()), progress -> { });
        assertThat(again.outcomes()).extracting(ImportOutcome::kind)
                .containsExactly(ImportOutcome.Kind.ALREADY_HAD, ImportOutcome.Kind.ALREADY_HAD);

        ProvincePeriodSummary summary = views.summary(PeriodKind.QUARTER, 2026, 1);
        Map<String, CommuneReceipt> receipts = summary.communes().stream()
                .collect(Collectors.toMap(r -> r.commune().code(), Function.identity()));
        assertThat(receipts.get(FilledQuarter.ADMIN_CODE).state()).isNotEqualTo(ReceiptState.MISSING);
        assertThat(receipts.get(FilledQuarter.ADMIN_CODE).packageId()).isEqualTo(first.packageId());
        assertThat(receipts.get("14293").state()).isEqualTo(ReceiptState.MISSING);
        List<CommuneIndicatorResult> sent = ResultsJson.read(Files.readAllBytes(first.folder()
                .resolve("ket-qua.json")), "ket-qua.json").indicators();
        Map<String, ConsolidatedIndicator> table = summary.indicators().stream()
                .collect(Collectors.toMap(ConsolidatedIndicator::code, Function.identity()));
        assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(
                sent.stream().map(CommuneIndicatorResult::code).toList());
        long withFigures = sent.stream().filter(r -> r.value() != null).count();
        assertThat(withFigures).as("the filled quarter reports figures").isPositive();
        for (CommuneIndicatorResult line : sent) {
            ConsolidatedIndicator row = table.get(line.code());
            assertThat(row.breakdown()).singleElement().satisfies(f -> {
                assertThat(f.communeCode()).isEqualTo(FilledQuarter.ADMIN_CODE);
                assertThat(f.evaluation()).isEqualTo(line.evaluation());
                if (line.value() != null) {
                    assertThat(f.value()).isEqualByComparingTo(line.value());
                }
            });
            if (line.value() != null && row.total() != null && row.aggregation() != vn.kehoachxa.domain.collect
                    .Aggregation.COUNT) {
                assertThat(row.total()).as(line.code()).isEqualByComparingTo(line.value());
            }
            assertThat(row.met()).as(line.code()).isEqualTo(line.met() ? 1 : 0);
        }

        packages.confirmSent(periodId, first);
        ReportPackage correction = packages.build(periodId, dir.resolve("gui-lan-2"));
        assertThat(correction.packageId()).isNotEqualTo(first.packageId());
        ImportReport corrected = imports.importAll(List.of(correction.folder()), progress -> { });
        assertThat(corrected.outcomes()).singleElement()
                .satisfies(o -> assertThat(o.kind()).as(o.message()).isEqualTo(ImportOutcome.Kind.CORRECTED));
        CommuneReceipt now = views.summary(PeriodKind.QUARTER, 2026, 1).communes().stream()
                .filter(r -> r.commune().code().equals(FilledQuarter.ADMIN_CODE)).findFirst().orElseThrow();
        assertThat(now.packageId()).isEqualTo(correction.packageId());
        assertThat(now.corrections()).isEqualTo(1);
        assertThat(imports.importAll(List.of(first.zip()), progress -> { }).outcomes())
                .extracting(ImportOutcome::kind).containsExactly(ImportOutcome.Kind.ALREADY_HAD);
    }
}
