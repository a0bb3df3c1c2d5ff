package vn.kehoachxa.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.exchange.planfile.PlanFiles;

/**
 * The three real plans: the workbook's rows are compared with the plan file's JSON itself (read with Jackson, not
 * through the domain), row by row and cell by cell.
 */
class AppendixWorkbookSamplesTest {
    private static final Path SAMPLES = Path.of("..", "samples");
    /** Heading lines, spacer and header row come before the first body row. */
    private static final int FIRST_BODY_ROW = 5;

    @Test
    void haDongPrintsItsElevenIndicatorsAsTheOnlyAppendix() throws IOException {
        try (XSSFWorkbook wb = export("ha-dong")) {
            assertThat(AppendixWorkbookExporterTest.sheetNames(wb)).containsExactly("Chỉ tiêu");
            XSSFSheet sheet = wb.getSheet("Chỉ tiêu");
            assertThat(AppendixWorkbookExporterTest.text(sheet, 0, 0)).isEqualTo("Phụ lục");
            assertThat(AppendixWorkbookExporterTest.text(sheet, 2, 0)).isEqualTo("(Kèm theo Chương trình hành động số "
                    + "......-CTr/ĐU ngày ...... tháng ...... năm ...... của Ban Thường vụ Đảng ủy xã Hà Đông)");
            List<List<String>> expected = new ArrayList<>();
            int place = 0;
            for (JsonNode group : json("ha-dong").get("indicatorGroups")) {
                for (JsonNode indicator : group.get("indicators")) {
                    place++;
                    expected.add(List.of(label(indicator, "numberLabel", Integer.toString(place)),
                            indicator.get("name").asText(),
                            indicator.path("unitOfMeasure").asText(),
                            indicator.get("targets").get(0).get("originalText").asText(),
                            indicator.get("targets").get(0).get("value").decimalValue().stripTrailingZeros()
                                    .toPlainString(),
                            indicator.path("note").asText()));
                }
            }
            assertThat(expected).hasSize(11);
            assertThat(bodyRows(sheet)).containsExactlyElementsOf(expected);
            assertThat(AppendixWorkbookExporterTest.text(sheet, FIRST_BODY_ROW, 3)).isEqualTo("≥ 97");
        }
    }

    @Test
    void muongLaPrintsThirteenTargetsInFiveGroupsAndSixTaskGroupsWithSubRows() throws IOException {
        JsonNode file = json("muong-la");
        try (XSSFWorkbook wb = export("muong-la")) {
            assertThat(AppendixWorkbookExporterTest.sheetNames(wb))
                    .containsExactly("Phân công mục tiêu", "Phân công nhiệm vụ");
            XSSFSheet targets = wb.getSheet("Phân công mục tiêu");
            assertThat(AppendixWorkbookExporterTest.text(targets, 0, 0)).isEqualTo("Phụ lục I");
            List<List<String>> targetRows = matrixRows(file.get("targetGroups"), true);
            assertThat(bodyRows(targets)).containsExactlyElementsOf(targetRows);
            assertThat(targetRows.stream().filter(r -> r.size() == 1)).hasSize(5);
            assertThat(targetRows.stream().filter(r -> r.size() > 1).map(r -> r.getFirst()))
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");

            XSSFSheet tasks = wb.getSheet("Phân công nhiệm vụ");
            assertThat(AppendixWorkbookExporterTest.text(tasks, 0, 0)).isEqualTo("Phụ lục II");
            List<List<String>> taskRows = matrixRows(file.get("taskGroups"), false);
            assertThat(bodyRows(tasks)).containsExactlyElementsOf(taskRows);
            assertThat(taskRows.stream().filter(r -> r.size() == 1)).hasSize(6);
            assertThat(taskRows.stream().map(r -> r.getFirst()).toList())
                    .containsSubsequence("6", "6.1", "6.2", "6.3", "6.4", "7");
        }
    }

    @Test
    void haiDuongHasNoAppendixAndIsRefused() {
        assertThatThrownBy(() -> new AppendixWorkbookExporter().toWorkbook(PlanFiles.read(file("hai-duong"))))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Kế hoạch không có phụ lục");
    }

    /**
     * Group rows as one cell (label and title), item rows as five cells, sub-rows right after their parent. Rows
     * without a label of their own are numbered by place: I., II. for groups, 1… across groups ({@code runOn}) or in
     * each, sub-rows under their parent's number.
     */
    private static List<List<String>> matrixRows(JsonNode groups, boolean runOn) {
        List<List<String>> rows = new ArrayList<>();
        int place = 0;
        int g = 0;
        for (JsonNode group : groups) {
            rows.add(List.of(label(group, "label", vn.kehoachxa.domain.text.RomanNumerals.of(++g) + ".") + " "
                    + group.get("title").asText()));
            place = runOn ? place : 0;
            for (JsonNode item : group.get("items")) {
                addItem(rows, item, Integer.toString(++place));
            }
        }
        return rows;
    }

    private static void addItem(List<List<String>> rows, JsonNode item, String byPlace) {
        String number = label(item, "numberLabel", byPlace);
        rows.add(List.of(number, item.get("content").asText(), names(item.get("leads")),
                names(item.path("cooperating")), item.path("deadline").path("originalText").asText()));
        int c = 0;
        for (JsonNode child : item.path("children")) {
            addItem(rows, child, number + "." + ++c);
        }
    }

    private static String label(JsonNode node, String key, String byPlace) {
        return node.hasNonNull(key) ? node.get(key).asText() : byPlace;
    }

    private static String names(JsonNode assignees) {
        List<String> names = new ArrayList<>();
        assignees.forEach(a -> names.add(a.has("unit") ? a.get("unit").asText() : a.get("generic").asText()));
        return String.join("\n", names);
    }

    /** Each body row's cells as text; a group row (merged) as its one cell; numbers as plain decimals. */
    private static List<List<String>> bodyRows(XSSFSheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = FIRST_BODY_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int rowNum = r;
            boolean merged = sheet.getMergedRegions().stream().anyMatch(m -> m.isInRange(rowNum, 0));
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(cell.getCellType() == CellType.NUMERIC
                        ? new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                                .toPlainString()
                        : cell.getStringCellValue());
                if (merged) {
                    break;
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static XSSFWorkbook export(String sample) throws IOException {
        byte[] bytes = new AppendixWorkbookExporter().toBytes(PlanFiles.read(file(sample)));
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static JsonNode json(String sample) throws IOException {
        return new ObjectMapper().readTree(file(sample).toFile());
    }

    private static Path file(String sample) {
        return SAMPLES.resolve(sample + ".kehoach.json");
    }
}
