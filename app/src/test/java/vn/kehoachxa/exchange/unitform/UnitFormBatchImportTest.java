package vn.kehoachxa.exchange.unitform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.FormPreview;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;

/** Several returned forms at once: every file gets its own result, and one bad file never stops the others. */
class UnitFormBatchImportTest {
    @TempDir
    Path dir;
    Database db;
    UnitFormService forms;
    long planId;
    long periodId;
    List<Path> batch;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir.resolve("db"));
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 5).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        forms = new UnitFormService(db, clock);
        planId = new PlanService(db).create(PlanFiles.readBundledSample("muong-la"));
        periodId = new ReportingService(db, clock).generatePeriods(planId).getFirst().period().id();
        List<Path> generated = forms.generateAll(periodId, dir.resolve("out"));
        Path station = generated.stream().filter(p -> p.toString().contains("Trạm Y tế")).findFirst().orElseThrow();
        List<Path> others = generated.stream().filter(p -> !p.equals(station)).toList();
        batch = new ArrayList<>(List.of(filled(others.get(0)), filled(station), filled(others.get(1))));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Path filled(Path file) throws Exception {
        FormFiller f = FormFiller.open(file);
        f.task(f.itemIds().getFirst(), "Đang thực hiện", "Đã triển khai", null, null);
        return f.save();
    }

    private List<UnitSubmission> stored() {
        return db.read(store -> store.reporting().submissions(periodId));
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    @Test
    void aBadFigureInTheMiddleFileIsRefusedNamingFileAndCellAndTheFilesAroundItAreImported() throws Exception {
        FormFiller f = FormFiller.open(batch.get(1));
        long indicator = f.indicatorIds().getFirst();
        String cell = f.indicatorCell(indicator);
        f.number(indicator, 123_456_789_012_345d, null).save();

        List<FormImportResult> results = forms.importFiles(periodId, null, batch);

        assertThat(results).extracting(FormImportResult::fileName).containsExactly(name(batch.get(0)),
                name(batch.get(1)), name(batch.get(2)));
        assertThat(results.get(0).submission()).isNotNull();
        assertThat(results.get(1).submission()).isNull();
        assertThat(String.join("\n", results.get(1).errors())).contains(name(batch.get(1)), cell + ": số "
                + "123456789012345 quá lớn");
        assertThat(results.get(2).submission()).isNotNull();
        assertThat(stored()).hasSize(2);
    }

    @Test
    void aFileThatFailsWhileBeingStoredLeavesNothingAndDoesNotStopTheFilesAfterIt() {
        List<FormPreview> previews = new ArrayList<>(forms.preview(periodId, null, batch));
        assertThat(previews).allMatch(FormPreview::ok);
        // A figure no check let through, as any unforeseen failure inside the middle file's transaction would be.
        FormPreview middle = previews.get(1);
        SubmissionDraft d = middle.draft();
        long indicator = new PlanService(db).load(planId).indicators().getFirst().id();
        SubmissionDraft broken = new SubmissionDraft(d.periodId(), d.unitId(), d.receivedDate(), d.source(),
                d.fileName(), d.checksum(), d.note(), d.formVersion(), d.planFingerprint(), d.progress(),
                List.of(new ResultEntry(indicator, new BigDecimal("1e30"), null, null)));
        previews.set(1, new FormPreview(middle.file(), middle.fileName(), middle.checksum(), middle.unitId(),
                middle.unitName(), middle.periodName(), middle.nextVersion(), middle.taskCount(), 1, middle.errors(),
                broken));

        List<FormImportResult> results = forms.importPreviewed(previews);

        assertThat(results).extracting(r -> r.submission() != null).containsExactly(true, false, true);
        // The database refuses the figure; the message names the file and the field, and nothing of it was stored.
        assertThat(String.join("\n", results.get(1).errors())).startsWith("Không nhập được tệp "
                + middle.fileName()).contains("chưa nhập gì từ tệp này", "số liệu kết quả của chỉ tiêu");
        assertThat(stored()).extracting(UnitSubmission::unitId).doesNotContain(middle.unitId()).hasSize(2);
    }
}
