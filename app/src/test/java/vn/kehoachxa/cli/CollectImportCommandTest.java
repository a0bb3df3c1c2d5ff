package vn.kehoachxa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.PackageRejection;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.service.collect.ImportOutcome;
import vn.kehoachxa.service.collect.ImportOutcome.Kind;
import vn.kehoachxa.service.collect.ImportReport;

class CollectImportCommandTest extends CommandTestBase {
    static final PackagePeriod Q1 = new PackagePeriod(PeriodKind.QUARTER, 2026, 1, null, null);

    static ImportOutcome outcome(String source, Kind kind, String message) {
        return new ImportOutcome(source, kind, UUID.randomUUID(), "14290", "Mường La", Q1, message,
                kind == Kind.REFUSED ? PackageRejection.UNKNOWN_COMMUNE : null);
    }

    @Test
    void everyOutcomeIsPrintedInVietnameseWithTheSummaryAndARefusalExitsWithOne() {
        ImportReport report = new ImportReport(List.of(outcome("a.zip", Kind.IMPORTED, "Đã nhập gói."),
                outcome("b.zip", Kind.CORRECTED, "Đã nhập gói đính chính."),
                outcome("c.zip", Kind.ALREADY_HAD, "Gói này đã được nhập."),
                outcome("d.zip", Kind.REFUSED, "Không nhập: mã xã 14999.")));
        StringWriter text = new StringWriter();

        int code = CollectImportCommand.print(report, new PrintWriter(text));

        assertThat(code).isEqualTo(KeHoachXaCommand.INPUT_ERROR);
        assertThat(text.toString().lines().toList()).containsExactly(
                "[Đã nhập] a.zip: Đã nhập gói.",
                "[Đính chính] b.zip: Đã nhập gói đính chính.",
                "[Đã có] c.zip: Gói này đã được nhập.",
                "[Từ chối] d.zip: Không nhập: mã xã 14999.",
                "Đã nhập 2 gói (1 gói đính chính), 1 gói đã có, 1 gói bị từ chối.");
    }

    @Test
    void anImportWithoutRefusalExitsWithZero() {
        ImportReport report = new ImportReport(List.of(outcome("a.zip", Kind.IMPORTED, "Đã nhập gói."),
                outcome("c.zip", Kind.ALREADY_HAD, "Gói này đã được nhập.")));

        int code = CollectImportCommand.print(report, new PrintWriter(new StringWriter()));

        assertThat(code).isEqualTo(KeHoachXaCommand.OK);
        assertThat(report.summary()).isEqualTo("Đã nhập 1 gói, 1 gói đã có, 0 gói bị từ chối.");
    }

    @Test
    void aFileThatIsNoPackageIsRefusedAndTheCollectorFolderIsCreated() throws Exception {
        Path notAPackage = Files.writeString(dir.resolve("ghi-chu.txt"), "không phải gói báo cáo");
        Path data = dir.resolve("tonghop");

        int code = run("collect", "import", "--data", data.toString(), notAPackage.toString());

        assertThat(code).isEqualTo(KeHoachXaCommand.INPUT_ERROR);
        assertThat(out).contains("[Từ chối] ghi-chu.txt").contains("0 gói, 0 gói đã có, 1 gói bị từ chối");
        assertThat(data.resolve("tonghop.mv.db")).exists();
    }

    @Test
    void theCollectorFolderIsRequired() {
        int code = run("collect", "import", "a.zip");

        assertThat(code).isEqualTo(KeHoachXaCommand.USAGE_ERROR);
        assertThat(err).contains("--data");
    }

    @Test
    void theSampleFillsAnEmptyCollectorWithAProvinceWhoseLateAndMissingCommunesShowAndNeverMixesWithRealData() {
        Path data = dir.resolve("mau");

        int code = run("collect", "sample", "--data", data.toString());

        assertThat(code).as(err).isEqualTo(KeHoachXaCommand.OK);
        assertThat(out).contains("100 xã").contains("0 gói bị từ chối").contains("--collector --data-dir " + data);
        try (var db = vn.kehoachxa.persistence.collector.CollectorDatabase.openEmbedded(data)) {
            var summary = new vn.kehoachxa.service.collect.ProvinceViewService(db, java.time.Clock.systemDefaultZone(),
                    () -> "").summary(PeriodKind.QUARTER, 2026, 1);
            assertThat(summary.communes()).hasSize(100);
            assertThat(summary.count(vn.kehoachxa.domain.collect.ReceiptState.MISSING)).isEqualTo(5);
            assertThat(summary.count(vn.kehoachxa.domain.collect.ReceiptState.LATE)).isEqualTo(10);
            assertThat(summary.communes().stream().filter(c -> c.corrections() > 0)).isNotEmpty();
            assertThat(summary.indicators()).isNotEmpty();
        }

        int again = run("collect", "sample", "--data", data.toString());

        assertThat(again).isNotEqualTo(KeHoachXaCommand.OK);
        assertThat(err).contains("đã có danh sách xã");
    }
}
