package vn.kehoachxa.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.export.excel.AppendixWorkbookExporter;
import vn.kehoachxa.export.word.PlanWordExporter;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.AssignmentService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.ui.assignments.MatrixRows;
import vn.kehoachxa.ui.assignments.MatrixViewModel;
import vn.kehoachxa.ui.assignments.RowFilter;
import vn.kehoachxa.ui.print.AppendixPrintTables;
import vn.kehoachxa.ui.print.PrintTable;

/**
 * One STT everywhere (issue 14, point 4): Mường La stored, its first task row deleted, a row added and another
 * moved, then the task matrix read back from the screen's lines, the .docx, the .xlsx, the print preview and a
 * unit's form. The original printed 1…10 with 6.1–6.4 in its first group; after the edits every output must say the
 * same, fresh numbers, and a filter must show the kept rows' own numbers.
 */
class RowNumbersEverywhereTest {
    /** The first task group after deleting row 1, adding "Nhiệm vụ mới" and moving it above the old row 10. */
    private static final List<String> FIRST_GROUP = List.of("1", "2", "3", "4", "5", "5.1", "5.2", "5.3", "5.4",
            "6", "7", "8", "9", "10");
    private static final String NEW_ROW = "Nhiệm vụ mới thêm trong ứng dụng";

    @TempDir
    Path dir;
    Database db;
    AssignmentService matrices;
    long planId;
    long newRowId;

    @BeforeEach
    void editTheTaskMatrix() {
        db = Database.open(dir.resolve("db"));
        planId = new PlanService(db).create(PlanFiles.readBundledSample("muong-la"));
        matrices = new AssignmentService(db);
        AssignmentGroup first = groups().getFirst();
        AssignmentItem last = first.items().getLast();
        matrices.delete(first.items().getFirst().id());
        newRowId = matrices.add(first.id(), null, new AssignmentItem(null, null, NEW_ROW, null,
                List.of(Assignee.unit("Trạm Y tế")), List.of(), null, null, List.of()));
        assertThat(matrices.move(newRowId, -1)).isTrue();
        assertThat(groups().getFirst().items().getLast().id()).isEqualTo(last.id());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theScreenNumbersTheEditedMatrixAfresh() {
        assertThat(screenNumbers(RowFilter.NONE).subList(0, FIRST_GROUP.size())).isEqualTo(FIRST_GROUP);
        assertThat(line(RowFilter.NONE, newRowId).row().number()).isEqualTo("9");
    }

    @Test
    void aFilterShowsThePrintedNumbersOfTheRowsItKeeps() {
        RowFilter filter = new RowFilter(NEW_ROW, null);

        assertThat(MatrixViewModel.lines(groups(), filter, TableKind.TASK_MATRIX)).filteredOn(l -> !l.row().isGroup())
                .extracting(l -> l.row().number()).containsExactly("9");
        // A sub-row kept with its parent keeps "5.x", not "1.x".
        RowFilter subRows = new RowFilter("", "Công an xã");
        List<String> kept = MatrixViewModel.lines(groups(), subRows, TableKind.TASK_MATRIX).stream()
                .filter(l -> !l.row().isGroup()).map(l -> l.row().number()).toList();
        assertThat(kept).isNotEmpty().contains("5", "5.1").doesNotContain("1.1");
        assertThat(screenNumbers(RowFilter.NONE)).containsAll(kept);
    }

    @Test
    void wordPrintsTheSameNumbers() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(new PlanWordExporter().toBytes(doc())))) {
            XWPFTable tasks = docx.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().strip()
                    .equals("STT") && t.getText().contains(NEW_ROW)).findFirst().orElseThrow();
            List<String> numbers = new ArrayList<>();
            for (XWPFTableRow row : tasks.getRows().subList(1, tasks.getRows().size())) {
                if (row.getTableCells().size() > 1) {
                    numbers.add(row.getCell(0).getText().strip());
                }
            }
            assertThat(numbers.subList(0, FIRST_GROUP.size())).isEqualTo(FIRST_GROUP);
            assertThat(numbers).isEqualTo(screenNumbers(RowFilter.NONE));
        }
    }

    @Test
    void excelPrintsTheSameNumbers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                new AppendixWorkbookExporter().toBytes(doc())))) {
            XSSFSheet sheet = wb.getSheet("Phân công nhiệm vụ");
            List<String> numbers = new ArrayList<>();
            DataFormatter format = new DataFormatter();
            boolean body = false;
            for (Row row : sheet) {
                String first = format.formatCellValue(row.getCell(0)).strip();
                boolean group = sheet.getMergedRegions().stream().anyMatch(m -> m.isInRange(row.getRowNum(), 0)
                        && m.getLastColumn() > 0);
                if (body && !group && !first.isEmpty()) {
                    numbers.add(first);
                }
                body |= first.equals("STT");
            }
            assertThat(numbers).isEqualTo(screenNumbers(RowFilter.NONE));
        }
    }

    @Test
    void thePrintPreviewPrintsTheSameNumbers() {
        PrintTable table = AppendixPrintTables.of(doc(), TableKind.TASK_MATRIX);

        assertThat(table.rows()).filteredOn(l -> !l.group()).extracting(l -> l.cells().getFirst())
                .containsExactlyElementsOf(screenNumbers(RowFilter.NONE));
    }

    @Test
    void theUnitFormNumbersARowAddedInTheApp() throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 5).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        ReportingService reporting = new ReportingService(db, clock);
        long period = reporting.generatePeriods(planId).getFirst().period().id();
        long unitId = reporting.reportingUnits(planId).stream().filter(u -> u.name().startsWith("Trạm Y tế"))
                .findFirst().orElseThrow().id();

        Path form = new UnitFormService(db, clock).generate(period, unitId, dir.resolve("forms"));

        try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet tasks = wb.getSheet("Nhiệm vụ");
            DataFormatter format = new DataFormatter();
            PlanDocument doc = doc();
            RowNumbers printed = RowNumbers.of(doc);
            List<AssignmentItem> all = new ArrayList<>(PlanDocument.flatten(doc.targetGroups()));
            all.addAll(PlanDocument.flatten(doc.taskGroups()));
            int rows = 0;
            String newRowNumber = null;
            for (Row row : tasks) {
                String id = format.formatCellValue(row.getCell(9));
                if (id.startsWith("item:")) {
                    long itemId = Long.parseLong(id.substring("item:".length()));
                    String number = format.formatCellValue(row.getCell(0)).strip();
                    AssignmentItem item = all.stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
                    assertThat(number).as("STT of %s", item.content()).isNotEmpty().isEqualTo(printed.of(item));
                    rows++;
                    if (itemId == newRowId) {
                        newRowNumber = number;
                    }
                }
            }
            assertThat(rows).isGreaterThan(1);
            assertThat(newRowNumber).isEqualTo("9");
        }
    }

    private List<String> screenNumbers(RowFilter filter) {
        return MatrixViewModel.lines(groups(), filter, TableKind.TASK_MATRIX).stream()
                .filter(l -> !l.row().isGroup()).map(l -> l.row().number()).toList();
    }

    private MatrixRows.Line line(RowFilter filter, long itemId) {
        return MatrixViewModel.lines(groups(), filter, TableKind.TASK_MATRIX).stream()
                .filter(l -> !l.row().isGroup() && l.row().id() == itemId).findFirst().orElseThrow();
    }

    private List<AssignmentGroup> groups() {
        return matrices.groups(planId, TableKind.TASK_MATRIX);
    }

    private PlanDocument doc() {
        return new PlanService(db).load(planId);
    }
}
