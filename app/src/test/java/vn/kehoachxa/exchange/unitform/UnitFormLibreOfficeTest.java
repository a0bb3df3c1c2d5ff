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

    @Test
    void everyInstructionLinePrintsWholeOnTheFirstPage() throws Exception {
        assumeTrue(soffice() != null, "LibreOffice (soffice) is not installed");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "pdftotext is not installed");
        Path form;
        try (Database db = Database.open(dir.resolve("db"))) {
            Clock clock = Clock.fixed(LocalDate.of(2026, 11, 5).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                    ZoneId.systemDefault());
            long planId = new PlanService(db).create(PlanFiles.readBundledSample("muong-la"));
            long periodId = new ReportingService(db, clock).generatePeriods(planId).getFirst().period().id();
            form = new UnitFormService(db, clock).generateAll(periodId, dir.resolve("out")).stream()
                    .filter(p -> p.toString().contains("Trạm Y tế")).findFirst().orElseThrow();
        }
        List<String> lines = new java.util.ArrayList<>();
        try (var in = Files.newInputStream(form); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            wb.getSheet(FormLayout.INSTRUCTIONS_SHEET).forEach(r -> lines.add(r.getCell(0).getStringCellValue()));
        }
        Path pdf = convert(form, "pdf", dir.resolve("pdf"));
        Path kept = Path.of("target", "rendering", "unitform");
        Files.createDirectories(kept);
        Files.copy(pdf, kept.resolve("form-tram-y-te.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(form, kept.resolve("form-tram-y-te.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Process p = new ProcessBuilder("pdftotext", "-f", "1", "-l", "1", pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String firstPage = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // Wrapped lines come back as separate text lines: compare with whitespace collapsed.
        String printed = firstPage.replaceAll("\\s+", " ");
        assertThat(lines).hasSizeGreaterThan(5).allSatisfy(line ->
                assertThat(printed).contains(line.replaceAll("\\s+", " ")));
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
