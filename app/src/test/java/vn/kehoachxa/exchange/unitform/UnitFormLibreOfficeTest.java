package vn.kehoachxa.exchange.unitform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.SubmissionDetail;

/** A form that went through LibreOffice (saved as .ods and back to .xlsx) still imports whole. */
class UnitFormLibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void aFormSavedByLibreOfficeImportsWithEveryValue() throws Exception {
        assumeTrue(soffice() != null, "LibreOffice (soffice) is not installed");
        try (Database db = Database.open(dir.resolve("db"))) {
            Clock clock = Clock.fixed(LocalDate.of(2026, 11, 5).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                    ZoneId.systemDefault());
            ReportingService reporting = new ReportingService(db, clock);
            UnitFormService forms = new UnitFormService(db, clock);
            long planId = new PlanService(db).create(PlanFiles.readBundledSample("muong-la"));
            long periodId = reporting.generatePeriods(planId).getFirst().period().id();
            Path form = forms.generateAll(periodId, dir.resolve("out")).stream()
                    .filter(p -> p.toString().contains("Trạm Y tế")).findFirst().orElseThrow();
            FormFiller f = FormFiller.open(form);
            long item = f.itemIds().getFirst();
            long indicator = f.indicatorIds().getFirst();
            f.task(item, "Hoàn thành", "Đã khám sàng lọc 1.200 người", "Thiếu máy siêu âm", "Cấp thêm máy")
                    .text(indicator, "1,7", "đo tại trường").save();

            Path ods = convert(form, "ods", dir.resolve("ods"));
            Path back = convert(ods, "xlsx", dir.resolve("back"));

            List<FormImportResult> result = forms.importFiles(periodId, null, List.of(back));
            assertThat(result.getFirst().errors()).isEmpty();
            long unitId = result.getFirst().submission().unitId();
            SubmissionDetail d = reporting.submissions(periodId, unitId).getFirst();
            assertThat(d.progress()).singleElement().satisfies(p -> {
                assertThat(p.itemId()).isEqualTo(item);
                assertThat(p.status()).isEqualTo(ProgressStatus.DONE);
                assertThat(p.resultText()).isEqualTo("Đã khám sàng lọc 1.200 người");
                assertThat(p.difficulties()).isEqualTo("Thiếu máy siêu âm");
                assertThat(p.proposals()).isEqualTo("Cấp thêm máy");
            });
            assertThat(d.results()).singleElement().satisfies(r -> {
                assertThat(r.indicatorId()).isEqualTo(indicator);
                assertThat(r.value()).isEqualByComparingTo("1.7");
                assertThat(r.note()).isEqualTo("đo tại trường");
            });
        }
    }

    private Path convert(Path source, String format, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        Process p = new ProcessBuilder(soffice(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", outDir.toString(), source.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String name = source.getFileName().toString();
        Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        assertThat(out).exists();
        return out;
    }

    private static String soffice() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/local/bin/soffice",
                "/Applications/LibreOffice.app/Contents/MacOS/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
