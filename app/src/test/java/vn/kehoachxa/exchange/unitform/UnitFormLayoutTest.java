package vn.kehoachxa.exchange.unitform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.SubmissionDetail;

/**
 * What a unit form says around its rows: the data cut-off, the section titles that keep target rows and task rows
 * apart, the due-date wording and the instructions' print setup; and that a form written before these changes
 * (kept as a test resource, filled by a unit) still imports.
 */
class UnitFormLayoutTest {
    /** A Trạm Y tế xã form for năm 2026 of the Mường La sample, written by the writer before the cut-off change. */
    static final String OLD_FORM = "/unitform/old-layout-tram-y-te-2026.xlsx";

    @TempDir
    Path dir;
    Database db;
    ReportingService reporting;
    UnitFormService forms;
    long planId;
    PeriodOverview year2026;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("db"));
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 5).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        reporting = new ReportingService(db, clock);
        forms = new UnitFormService(db, clock);
        planId = new PlanService(db).create(PlanFiles.readBundledSample("muong-la"));
        year2026 = reporting.generatePeriods(planId).getFirst();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path tramYTe() {
        return forms.generateAll(year2026.period().id(), dir.resolve("out")).stream()
                .filter(p -> p.toString().contains("Trạm Y tế")).findFirst().orElseThrow();
    }

    private static List<String> column(XSSFSheet sheet, int column) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            var cell = row.getCell(column);
            out.add(cell == null ? "" : cell.toString());
        }
        return out;
    }

    @Test
    void everySheetOfTheFormStatesTheDataCutOffOfItsPeriod() throws Exception {
        assertThat(year2026.period().cutoffStart()).isEqualTo(LocalDate.of(2025, 12, 15));
        String line = "Số liệu tính từ ngày 15/12/2025 đến ngày 14/12/2026";
        try (InputStream in = Files.newInputStream(tramYTe()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String name : List.of(FormLayout.INSTRUCTIONS_SHEET, FormLayout.TASK_SHEET,
                    FormLayout.INDICATOR_SHEET)) {
                assertThat(column(wb.getSheet(name), 0)).as(name).anySatisfy(t -> assertThat(t).startsWith(line));
            }
        }
    }

    @Test
    void dueLineSaysChamNhatNgayInsteadOfTruocHetNgay() throws Exception {
        try (InputStream in = Files.newInputStream(tramYTe()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> lines = column(wb.getSheet(FormLayout.INSTRUCTIONS_SHEET), 0);
            assertThat(lines).contains("Hạn gửi: chậm nhất ngày 09/11/2026. Gửi về: UBND xã Mường La (qua Phòng "
                    + "Văn hóa - Xã hội).");
            assertThat(String.join("\n", lines)).doesNotContain("trước hết");
        }
    }

    @Test
    void targetRowsAndTaskRowsSitUnderTheirOwnSectionTitles() throws Exception {
        PlanDocument doc = new PlanService(db).load(planId);
        Map<Long, Boolean> isTarget = PlanDocument.flatten(doc.targetGroups()).stream()
                .collect(Collectors.toMap(AssignmentItem::id, i -> true));
        PlanDocument.flatten(doc.taskGroups()).forEach(i -> isTarget.put(i.id(), false));
        try (InputStream in = Files.newInputStream(tramYTe()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet(FormLayout.TASK_SHEET);
            List<String> firstColumn = column(sheet, 0);
            List<String> ids = column(sheet, FormLayout.TASK_ID);
            int targets = firstColumn.indexOf("A. THỰC HIỆN CÁC MỤC TIÊU");
            int tasks = firstColumn.indexOf("B. THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP");
            assertThat(targets).isPositive();
            assertThat(tasks).isGreaterThan(targets);
            // The group title right under each section is the plan's own group heading.
            assertThat(firstColumn.get(targets + 1))
                    .isEqualTo("I. Nâng cao thể trạng, trí lực, tầm vóc và tuổi thọ của Nhân dân");
            assertThat(firstColumn.get(tasks + 1)).startsWith("1. Đổi mới mạnh mẽ tư duy");
            int rowsSeen = 0;
            for (int r = 0; r < ids.size(); r++) {
                if (ids.get(r).startsWith(FormLayout.ITEM_PREFIX)) {
                    long id = Long.parseLong(ids.get(r).substring(FormLayout.ITEM_PREFIX.length()));
                    assertThat(isTarget.get(id)).as("row %d", r).isEqualTo(r < tasks);
                    rowsSeen++;
                }
            }
            assertThat(rowsSeen).isGreaterThan(2);
        }
    }

    @Test
    void instructionsWrapInsideAnA4PortraitPage() throws Exception {
        try (InputStream in = Files.newInputStream(tramYTe()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet(FormLayout.INSTRUCTIONS_SHEET);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isFalse();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            // 16.5 cm between the margins holds about 78 digits of Times New Roman 12.
            assertThat(sheet.getColumnWidth(0) / 256).isLessThanOrEqualTo(78);
            for (Row row : sheet) {
                var cell = row.getCell(0);
                assertThat(cell.getCellStyle().getWrapText()).isTrue();
                // A long line gets the height of its wrapped lines (~15 pt each); 130 characters never fit on one.
                int atLeastLines = cell.getStringCellValue().length() / 130 + 1;
                assertThat(row.getHeightInPoints()).as(cell.getStringCellValue())
                        .isGreaterThanOrEqualTo(15f * atLeastLines);
            }
        }
    }

    @Test
    void aFormWrittenBeforeTheSectionTitlesStillImportsEveryFilledRow() throws Exception {
        long periodId = year2026.period().id();
        // Forms for the period are made again with today's writer (same rows, so the same form version 1).
        Path current = tramYTe();
        Path old = dir.resolve("returned-old-form.xlsx");
        try (InputStream in = UnitFormLayoutTest.class.getResourceAsStream(OLD_FORM)) {
            Files.copy(in, old);
        }
        FormFiller oldForm = FormFiller.open(old);
        assertThat(oldForm.itemIds()).isEqualTo(FormFiller.open(current).itemIds());
        try (InputStream in = Files.newInputStream(old); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(column(wb.getSheet(FormLayout.TASK_SHEET), 0)).as("the old layout")
                    .noneMatch(t -> t.contains("THỰC HIỆN CÁC MỤC TIÊU"));
        }

        List<FormImportResult> result = forms.importFiles(periodId, null, List.of(old));

        assertThat(result.getFirst().errors()).isEmpty();
        SubmissionDetail d = reporting.submissions(periodId, result.getFirst().submission().unitId()).getFirst();
        assertThat(d.progress()).hasSameSizeAs(oldForm.itemIds()).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
            assertThat(p.resultText()).isEqualTo("Kết quả cũ " + p.itemId());
        });
        assertThat(d.results()).hasSameSizeAs(oldForm.indicatorIds())
                .allSatisfy(r -> assertThat(r.value()).isEqualByComparingTo("96.5"));
        assertThat(d.results().stream().collect(Collectors.toMap(r -> r.indicatorId(), Function.identity())))
                .containsOnlyKeys(oldForm.indicatorIds());
    }
}
