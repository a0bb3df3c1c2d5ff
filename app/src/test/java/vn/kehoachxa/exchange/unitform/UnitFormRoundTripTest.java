package vn.kehoachxa.exchange.unitform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.SubmissionDetail;
import vn.kehoachxa.service.reporting.UnitReportStatus;

class UnitFormRoundTripTest {
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

    @Test
    void everyValueFilledInEveryMuongLaFormIsFoundInTheDatabase() throws Exception {
        List<Path> files = forms.generateAll(year2026.period().id(), dir.resolve("out"));
        assertThat(files).hasSize(reporting.reportingUnits(planId).size()).hasSizeGreaterThanOrEqualTo(5);
        Map<Long, String> expectedResults = new HashMap<>();
        Map<Long, BigDecimal> expectedValues = new HashMap<>();
        int n = 0;
        List<Path> filled = new ArrayList<>();
        for (Path file : files) {
            FormFiller f = FormFiller.open(file);
            for (long itemId : f.itemIds()) {
                String result = "Kết quả dòng " + itemId + " của tệp " + n;
                f.task(itemId, n % 2 == 0 ? "Đang thực hiện" : "Hoàn thành", result, "Khó khăn " + itemId,
                        "Đề xuất " + itemId);
                expectedResults.put(itemId * 1000 + n, result);
            }
            for (long indicatorId : f.indicatorIds()) {
                if (indicatorId % 2 == 0) {
                    f.text(indicatorId, "96,5", "ước thực hiện");
                    expectedValues.put(indicatorId, new BigDecimal("96.5"));
                } else {
                    f.number(indicatorId, 75.25, null);
                    expectedValues.put(indicatorId, new BigDecimal("75.25"));
                }
            }
            filled.add(f.save());
            n++;
        }

        // 96,5 doctors is out of range for a count: the official accepts such a figure with a note, as the preview asks.
        List<FormImportResult> outcome = forms.importPreviewed(forms.preview(year2026.period().id(), null, filled)
                .stream().map(p -> p.withNotes(p.figures().stream().collect(java.util.stream.Collectors.toMap(
                        vn.kehoachxa.service.reporting.FlaggedFigure::indicatorId, x -> "Số thử nghiệm")))).toList());

        assertThat(outcome).allSatisfy(r -> assertThat(r.errors()).isEmpty());
        List<UnitReportStatus> grid = reporting.statusGrid(year2026.period().id());
        assertThat(grid).allSatisfy(g -> assertThat(g.latestVersion()).isEqualTo(1));
        int found = 0;
        Map<Long, BigDecimal> stored = new HashMap<>();
        for (int i = 0; i < grid.size(); i++) {
            UnitReportStatus g = grid.get(i);
            SubmissionDetail d = reporting.submissions(year2026.period().id(), g.unit().id()).getFirst();
            assertThat(d.submission().source()).isEqualTo(SubmissionSource.FORM_FILE);
            int fileIndex = files.indexOf(files.stream().filter(p -> p.getFileName().toString()
                    .endsWith(g.unit().name().replaceAll("[\\\\/:*?\"<>|]", "-") + ".xlsx")).findFirst().orElseThrow());
            for (TaskProgress p : d.progress()) {
                assertThat(p.resultText()).isEqualTo(expectedResults.get(p.itemId() * 1000 + fileIndex));
                assertThat(p.status()).isEqualTo(fileIndex % 2 == 0 ? ProgressStatus.IN_PROGRESS
                        : ProgressStatus.DONE);
                assertThat(p.difficulties()).isEqualTo("Khó khăn " + p.itemId());
                assertThat(p.proposals()).isEqualTo("Đề xuất " + p.itemId());
                found++;
            }
            for (IndicatorResult r : d.results()) {
                stored.put(r.indicatorId(), r.value());
            }
        }
        assertThat(found).isEqualTo(expectedResults.size());
        assertThat(stored).hasSameSizeAs(expectedValues);
        expectedValues.forEach((id, v) -> assertThat(stored.get(id)).isEqualByComparingTo(v));
    }

    @Test
    void formIsProtectedWithoutPasswordAndOnlyInputCellsAreUnlocked() throws Exception {
        List<Path> files = forms.generateAll(year2026.period().id(), dir.resolve("out"));
        Path trạm = files.stream().filter(p -> p.toString().contains("Trạm Y tế")).findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(trạm); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(FormLayout.ID_SHEET))).isEqualTo(SheetVisibility.HIDDEN);
            XSSFSheet tasks = wb.getSheet(FormLayout.TASK_SHEET);
            assertThat(tasks.getProtect()).isTrue();
            assertThat(tasks.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            assertThat(tasks.isColumnHidden(FormLayout.TASK_ID)).isTrue();
            // Rows 0–2 titles and cut-off, 3 spacer, 4 header, 5 section title, 6 group, 7 the first row.
            assertThat(tasks.getRow(6).getCell(FormLayout.TASK_STATUS).getCellStyle().getLocked())
                    .as("group row").isTrue();
            var dataRow = tasks.getRow(7);
            assertThat(dataRow.getCell(FormLayout.TASK_ID).getStringCellValue()).startsWith("item:");
            assertThat(dataRow.getCell(1).getCellStyle().getLocked()).isTrue();
            for (int c = FormLayout.TASK_STATUS; c <= FormLayout.TASK_PROPOSALS; c++) {
                assertThat(dataRow.getCell(c).getCellStyle().getLocked()).isFalse();
            }
            List<? extends DataValidation> validations = tasks.getDataValidations();
            assertThat(validations).filteredOn(v -> v.getValidationConstraint().getExplicitListValues() != null)
                    .singleElement().satisfies(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).containsExactly(
                    "Chưa triển khai", "Đang thực hiện", "Hoàn thành", "Gặp vướng mắc"));
            assertThat(validations).filteredOn(v -> v.getValidationConstraint().getValidationType()
                    == org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DATE).singleElement()
                    .satisfies(v -> assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn())
                            .isEqualTo(FormLayout.TASK_COMPLETED));
            XSSFSheet indicators = wb.getSheet(FormLayout.INDICATOR_SHEET);
            assertThat(indicators.getProtect()).isTrue();
            assertThat(indicators.getDataValidations()).singleElement().satisfies(v -> assertThat(
                    v.getValidationConstraint().getValidationType()).isEqualTo(
                    org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DECIMAL));
            String instructions = wb.getSheet(FormLayout.INSTRUCTIONS_SHEET).getRow(3).getCell(0)
                    .getStringCellValue();
            assertThat(instructions).contains("09/11/2026").contains("UBND xã Mường La");
        }
    }

    @Test
    void aCorrectedFormBecomesVersionTwoAndVersionOneStaysReadable() throws Exception {
        long periodId = year2026.period().id();
        Path file = forms.generateAll(periodId, dir.resolve("out")).getFirst();
        FormFiller f = FormFiller.open(file);
        long item = f.itemIds().getFirst();
        Path first = f.task(item, "Đang thực hiện", "Lần đầu", null, null).saveAs(dir.resolve("v1.xlsx"));
        Path second = FormFiller.open(file).task(item, "Hoàn thành", "Đã sửa", null, null)
                .saveAs(dir.resolve("v2.xlsx"));

        assertThat(forms.importFiles(periodId, null, List.of(first)).getFirst().errors()).isEmpty();
        assertThat(forms.importFiles(periodId, null, List.of(second)).getFirst().errors()).isEmpty();

        long unitId = reporting.reportingUnits(planId).getFirst().id();
        List<SubmissionDetail> versions = reporting.submissions(periodId, unitId);
        assertThat(versions).extracting(v -> v.submission().version()).containsExactly(1, 2);
        assertThat(versions.get(0).progress().getFirst().resultText()).isEqualTo("Lần đầu");
        assertThat(versions.get(1).progress().getFirst().resultText()).isEqualTo("Đã sửa");
    }
}
