package vn.kehoachxa.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.report.PeriodicReport;
import vn.kehoachxa.domain.report.ReportPart;
import vn.kehoachxa.domain.report.ReportTable;
import vn.kehoachxa.service.PeriodicReportService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.reporting.TaskEvaluation;

/**
 * The periodic report keeps the plan's target rows and task rows apart — II.1 and II.2 each with their own groups
 * lettered a), b)…, Biểu 2 only the task rows its title names — and prints the period's data cut-off under its title
 * and on every Biểu, in Word and in Excel.
 */
class ReportTargetsAndTasksTest {
    static final String CUTOFF = "Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026";

    @TempDir
    Path dir;
    FilledQuarter q;
    PeriodicReportService reports;
    PlanDocument plan;
    List<TaskEvaluation> evaluated;

    @BeforeEach
    void setUp() {
        q = new FilledQuarter(dir);
        reports = new PeriodicReportService(q.db, q.clock);
        plan = new PlanService(q.db).load(q.planId);
        evaluated = new ReportingService(q.db, q.clock).results(q.quarter.period().id()).tasks();
    }

    @AfterEach
    void close() {
        q.db.close();
    }

    private long rows(TableKind matrix) {
        return evaluated.stream().filter(t -> t.item().matrix() == matrix).count();
    }

    private List<String> titles(List<AssignmentGroup> groups) {
        return groups.stream().map(AssignmentGroup::title).map(String::strip).toList();
    }

    @Test
    void tasksPartCountsOnlyTaskRowsAndLettersOnlyTaskGroups() {
        assertThat(rows(TableKind.TARGET_MATRIX)).as("the sample has target rows too").isPositive();
        String tasks = reports.report(q.quarter.period().id()).text(ReportPart.TASKS);

        assertThat(tasks).startsWith("Trong kỳ có " + rows(TableKind.TASK_MATRIX) + " nhiệm vụ được phân công;");
        List<String> headings = tasks.lines().filter(l -> !l.startsWith("- ") && l.endsWith(":")).toList();
        assertThat(headings).isNotEmpty();
        for (int i = 0; i < headings.size(); i++) {
            assertThat(headings.get(i)).startsWith(ReportDraftBuilder.pointLabel(i) + " ");
            String title = headings.get(i).substring(3, headings.get(i).length() - 1);
            assertThat(titles(plan.taskGroups())).anySatisfy(t -> assertThat(t).startsWith(title));
            assertThat(titles(plan.targetGroups())).noneSatisfy(t -> assertThat(t).startsWith(title));
        }
        assertThat(tasks).doesNotContainPattern("(?m)^[IVX]+\\. ");
    }

    @Test
    void targetRowsAreReportedUnderTheTargetsPartWithTheirOwnGroups() {
        PeriodicReport draft = reports.report(q.quarter.period().id());
        String targets = draft.text(ReportPart.TARGETS);

        assertThat(targets).contains("Tiến độ thực hiện " + rows(TableKind.TARGET_MATRIX)
                + " mục tiêu được phân công: ");
        List<String> headings = targets.lines().filter(l -> !l.startsWith("- ") && l.endsWith(":")).toList();
        assertThat(headings).first().asString().startsWith("a) " + titles(plan.targetGroups()).getFirst());
        assertThat(headings).allSatisfy(h -> assertThat(titles(plan.targetGroups()))
                .anySatisfy(t -> assertThat(t).startsWith(h.substring(3, h.length() - 1))));
    }

    @Test
    void bieu2ListsOnlyTaskRowsUnderTaskGroups() {
        ReportTable bieu2 = reports.document(q.quarter.period().id()).tables().get(1);

        assertThat(bieu2.title()).isEqualTo("TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ");
        assertThat(bieu2.rows().stream().filter(r -> r.group() == null)).hasSize((int) rows(TableKind.TASK_MATRIX));
        RowNumbers numbers = RowNumbers.of(plan);
        List<String> taskHeadings = plan.taskGroups().stream().map(numbers::heading).toList();
        assertThat(bieu2.rows().stream().filter(r -> r.group() != null).map(ReportTable.Row::group))
                .isNotEmpty().allSatisfy(g -> assertThat(taskHeadings).anySatisfy(h -> assertThat(
                        h.replaceFirst("^([IVX]+|\\d+)\\.?\\s+", "$1. ")).startsWith(g)));
        List<String> targetContents = evaluated.stream().filter(t -> t.item().matrix() == TableKind.TARGET_MATRIX)
                .map(t -> t.item().item().content().strip()).toList();
        assertThat(bieu2.rows()).noneSatisfy(r -> assertThat(targetContents).contains(r.cells().isEmpty() ? ""
                : r.cells().get(1)));
    }

    @Test
    void wordReportPrintsTheCutOffUnderItsTitleAndOnEveryBieu() throws IOException {
        Path docx = dir.resolve("BaoCao.docx");
        reports.exportWord(q.quarter.period().id(), docx);

        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            List<String> body = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> !t.isBlank()).toList();
            assertThat(body).containsSubsequence("BÁO CÁO", "quý I năm 2026", "(" + CUTOFF + ")", "Kính gửi:");
            assertThat(body).containsSubsequence("Biểu 1", "(" + CUTOFF + ")", "Biểu 2", "(" + CUTOFF + ")",
                    "Biểu 3", "(" + CUTOFF + ")");
            XWPFParagraph line = doc.getParagraphs().stream().filter(p -> p.getText().equals("(" + CUTOFF + ")"))
                    .findFirst().orElseThrow();
            assertThat(line.getRuns()).allSatisfy(r -> assertThat(r.isItalic()).isTrue());
            XWPFTable bieu2 = doc.getTables().get(3);
            assertThat(rowTexts(bieu2).stream().filter(r -> r.size() > 1)).hasSize(
                    (int) rows(TableKind.TASK_MATRIX) + 1);
        }
    }

    @Test
    void excelBieuCarryTheCutOffLine() throws IOException {
        Path xlsx = dir.resolve("Bieu.xlsx");
        reports.exportExcel(q.quarter.period().id(), xlsx);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int i = 0; i < 3; i++) {
                List<String> firstColumn = new ArrayList<>();
                wb.getSheetAt(i).forEach(r -> firstColumn.add(r.getCell(0) == null ? "" : r.getCell(0).toString()));
                assertThat(firstColumn).as(wb.getSheetName(i)).contains("(" + CUTOFF + ")");
            }
        }
    }

    private static List<List<String>> rowTexts(XWPFTable table) {
        List<List<String>> out = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            out.add(row.getTableCells().stream().map(c -> c.getText().strip()).toList());
        }
        return out;
    }
}
