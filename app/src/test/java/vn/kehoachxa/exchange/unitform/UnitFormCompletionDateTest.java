package vn.kehoachxa.exchange.unitform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.service.reporting.FormImportResult;
import org.junit.jupiter.api.io.TempDir;

/** The actual completion date column of a unit form: written, filled with POI, read back and stored, or refused. */
class UnitFormCompletionDateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 5);

    @TempDir
    Path dir;
    Database db;
    ReportingService reporting;
    UnitFormService forms;
    long planId;
    long periodId;
    Path form;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("db"));
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        reporting = new ReportingService(db, clock);
        forms = new UnitFormService(db, clock);
        planId = new PlanService(db).create(PlanFiles.readBundledSample("muong-la"));
        periodId = reporting.generatePeriods(planId).getFirst().period().id();
        form = forms.generateAll(periodId, dir.resolve("out")).stream()
                .filter(p -> p.toString().contains("Trạm Y tế")).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long unitId;

    private List<TaskProgress> stored() {
        return reporting.submissions(periodId, unitId).getLast().progress();
    }

    private List<String> importing(Path file) {
        FormImportResult outcome = forms.importFiles(periodId, null, List.of(file)).getFirst();
        if (outcome.submission() != null) {
            unitId = outcome.submission().unitId();
        }
        return outcome.errors();
    }

    @Test
    void theTaskSheetHasADateColumnAfterTheStatusThatTheUnitMayFill() throws Exception {
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet(FormLayout.TASK_SHEET);
            // Found by their text and id, not by position: the cut-off line and section titles sit above them.
            var header = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(FormLayout.TASK_STATUS) != null
                            && "Tình trạng (chọn)".equals(r.getCell(FormLayout.TASK_STATUS).toString()))
                    .findFirst().orElseThrow();
            assertThat(header.getCell(FormLayout.TASK_COMPLETED).getStringCellValue())
                    .isEqualTo("Ngày hoàn thành thực tế");
            var firstTask = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(FormLayout.TASK_ID) != null
                            && r.getCell(FormLayout.TASK_ID).toString().startsWith(FormLayout.ITEM_PREFIX))
                    .findFirst().orElseThrow();
            var date = firstTask.getCell(FormLayout.TASK_COMPLETED).getCellStyle();
            assertThat(date.getLocked()).isFalse();
            assertThat(date.getDataFormatString()).isEqualTo("dd/mm/yyyy");
            StringBuilder instructions = new StringBuilder();
            wb.getSheet(FormLayout.INSTRUCTIONS_SHEET).forEach(r -> instructions.append(r.getCell(0)).append('\n'));
            assertThat(instructions).contains("Ngày hoàn thành thực tế").contains("28/12/2026");
        }
    }

    @Test
    void completionDatesTypedAsDatesOrAsTextAreStored() throws Exception {
        FormFiller f = FormFiller.open(form);
        List<Long> items = f.itemIds();
        assertThat(items).hasSizeGreaterThanOrEqualTo(3);
        f.task(items.get(0), "Hoàn thành", "Đã khám cho 80% dân", null, null).completed(items.get(0),
                LocalDate.of(2026, 10, 28));
        f.task(items.get(1), "Hoàn thành", "Đã lập sổ", null, null).completedText(items.get(1), "3/11/2026");
        f.task(items.get(2), "Hoàn thành", "Xong", null, null);
        Path filled = f.saveAs(dir.resolve("filled.xlsx"));

        assertThat(importing(filled)).isEmpty();

        assertThat(stored()).extracting(TaskProgress::itemId, TaskProgress::status, TaskProgress::completedOn)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(items.get(0), ProgressStatus.DONE,
                                LocalDate.of(2026, 10, 28)),
                        org.assertj.core.groups.Tuple.tuple(items.get(1), ProgressStatus.DONE,
                                LocalDate.of(2026, 11, 3)),
                        org.assertj.core.groups.Tuple.tuple(items.get(2), ProgressStatus.DONE, null));
    }

    @Test
    void aDateThatIsNotADateIsRefusedNamingFileSheetCellAndWhatToDo() throws Exception {
        FormFiller f = FormFiller.open(form);
        long item = f.itemIds().getFirst();
        String cell = f.completedCell(item);
        Path filled = f.task(item, "Hoàn thành", "Xong", null, null).completedText(item, "cuối tháng 10")
                .saveAs(dir.resolve("chữ.xlsx"));

        List<String> errors = importing(filled);

        assertThat(cell).startsWith("Nhiệm vụ!F");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).contains("chữ.xlsx").contains("chưa nhập gì");
        assertThat(errors.get(1)).isEqualTo(cell + ": \"cuối tháng 10\" không phải là ngày; hãy ghi ngày hoàn thành"
                + " thực tế theo dạng ngày/tháng/năm, ví dụ 28/12/2026, hoặc để trống");
    }

    @Test
    void aDateAfterTheReportOrWithAStatusOtherThanDoneIsRefusedAtItsCell() throws Exception {
        FormFiller f = FormFiller.open(form);
        List<Long> items = f.itemIds();
        String future = f.completedCell(items.get(0));
        String notDone = f.completedCell(items.get(1));
        f.task(items.get(0), "Hoàn thành", "Xong", null, null).completed(items.get(0), TODAY.plusDays(1));
        f.task(items.get(1), "Đang thực hiện", "Đang làm", null, null).completedText(items.get(1), "01/11/2026");
        Path filled = f.saveAs(dir.resolve("sai.xlsx"));

        List<String> errors = importing(filled);

        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("sai.xlsx").contains("2 lỗi");
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith(future + ": ngày hoàn thành thực tế 06/11/2026"
                + " sau ngày báo cáo 05/11/2026"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith(notDone + ": ngày hoàn thành thực tế 01/11/2026"
                + " chỉ ghi khi tình trạng là \"Hoàn thành\""));
        assertThat(reporting.reportingUnits(planId)).allSatisfy(u ->
                assertThat(reporting.submissions(periodId, u.id())).isEmpty());
    }

    @Test
    void aFormMadeBeforeTheDateColumnStillImportsWithoutDates() throws Exception {
        FormFiller f = FormFiller.open(form);
        long item = f.itemIds().getFirst();
        Path old = f.task(item, "Hoàn thành", "Đã khám", "Thiếu máy", "Thêm máy").asFirstLayout()
                .saveAs(dir.resolve("mẫu cũ.xlsx"));

        assertThat(importing(old)).isEmpty();

        assertThat(stored()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProgressStatus.DONE);
            assertThat(p.resultText()).isEqualTo("Đã khám");
            assertThat(p.difficulties()).isEqualTo("Thiếu máy");
            assertThat(p.proposals()).isEqualTo("Thêm máy");
            assertThat(p.completedOn()).isNull();
        });
    }
}
