package vn.kehoachxa.exchange.planfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.PlanDocument;

/** Reading validates everything and reports every problem with line and path; writing is canonical. */
class PlanFilesTest {
    /** A small valid plan; the broken cases below replace one piece of it. */
    private static final String VALID = """
            {
              "formatVersion": 1,
              "plan": {
                "family": "ADMINISTRATIVE",
                "type": "KH",
                "symbol": "KH-UBND", "place": "Mường La", "communeName": "xã Mường La", "issuingBody": "UBND",
                "startYear": 2026,
                "endYear": 2030,
                "status": "DRAFT"
              },
              "units": [
                {"name": "Trạm Y tế xã", "shortName": "Trạm Y tế", "kind": "HEALTH"}
              ],
              "indicatorGroups": [
                {"indicators": [
                  {"code": "X-01", "numberLabel": "1", "name": "Độ bao phủ bảo hiểm y tế", "unitOfMeasure": "%",
                   "targets": [{"year": 2030, "kind": "NUMERIC", "comparator": "≥", "value": 97}]}
                ]}
              ],
              "targetGroups": [
                {"label": "I.", "title": "Bao phủ", "items": [
                  {"numberLabel": "1", "content": "Bao phủ bảo hiểm y tế", "indicatorCode": "X-01",
                   "leads": [{"unit": "TRẠM Y TẾ"}], "cooperating": [{"generic": "Các cơ quan, đơn vị"}],
                   "deadline": {"kind": "BY_YEAR", "originalText": "Năm 2030", "year": 2030}}
                ]}
              ]
            }
            """;

    private static PlanDocument read(String json) {
        return PlanFiles.read(new ByteArrayInputStream(json.getBytes(UTF_8)), "thu.kehoach.json");
    }

    private static DomainException failure(String json) {
        return catchThrowableOfType(DomainException.class, () -> read(json));
    }

    @Test
    void validPlanReadsWithAssigneesResolvedByNameOrShortNameInAnyCase() {
        PlanDocument doc = read(VALID);
        assertThat(doc.targetGroups().getFirst().items().getFirst().leads().getFirst().name()).isEqualTo("TRẠM Y TẾ");
        assertThat(doc.plan().reportingRule().deadlineDay()).isEqualTo(20);
    }

    @Test
    void everyProblemIsReportedTogetherWithItsLineAndPath() {
        String broken = VALID.replace("\"comparator\": \"≥\"", "\"comparator\": \"≈\"")
                .replace("\"status\": \"DRAFT\"", "\"status\": \"FINISHED\"")
                .replace("{\"unit\": \"TRẠM Y TẾ\"}", "{\"unit\": \"Phòng Tư pháp\"}")
                .replace("\"indicatorCode\": \"X-01\"", "\"indicatorCode\": \"X-99\"")
                .replace("\"startYear\": 2026", "\"startYear\": \"2026\"");
        DomainException e = failure(broken);
        assertThat(e.getMessage()).contains("thu.kehoach.json").contains("5 lỗi");
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "Dòng 7, $.plan.startYear: phải là một số nguyên",
                "Dòng 9, $.plan.status: \"FINISHED\" không phải là giá trị hợp lệ; các giá trị được phép: "
                        + "DRAFT, ISSUED, SUPERSEDED",
                "Dòng 17, $.indicatorGroups[0].indicators[0].targets[0].comparator: \"≈\" không phải là dấu so sánh "
                        + "hợp lệ (≥, >, =, ≤, <)",
                "Dòng 22, $.targetGroups[0].items[0].indicatorCode: mã chỉ tiêu \"X-99\" không có trong danh mục "
                        + "chỉ tiêu (indicatorGroups) của tệp",
                "Dòng 23, $.targetGroups[0].items[0].leads[0].unit: đơn vị \"Phòng Tư pháp\" không có trong danh "
                        + "sách đơn vị (units) của tệp");
    }

    @Test
    void missingRequiredFieldsAndUnknownFieldsAreNamed() {
        String broken = VALID.replace("\"symbol\": \"KH-UBND\",", "\"symbl\": \"KH-UBND\",")
                .replace("\"content\": \"Bao phủ bảo hiểm y tế\",", "");
        assertThat(failure(broken).problems()).containsExactlyInAnyOrder(
                "Dòng 6, $.plan.symbl: trường này không có trong định dạng tệp kế hoạch (có thể gõ sai tên trường)",
                "Dòng 3, $.plan.symbol: thiếu trường bắt buộc",
                "Dòng 22, $.targetGroups[0].items[0].content: thiếu trường bắt buộc");
    }

    @Test
    void duplicateUnitNamesCodesAndNumberLabelsAreReported() {
        String broken = VALID.replace("\"kind\": \"HEALTH\"}", "\"kind\": \"HEALTH\"}, {\"name\": \"trạm y tế\"}")
                .replace("\"targets\": [{\"year\"", "\"targets\": []}, {\"code\": \"X-01\", \"numberLabel\": \"1\","
                        + " \"name\": \"Trùng\", \"targets\": [{\"year\"");
        assertThat(failure(broken).problems()).containsExactlyInAnyOrder(
                "Dòng 12, $.units[1].name: tên đơn vị \"trạm y tế\" bị trùng với đơn vị ở dòng 12, $.units[0]",
                "Dòng 17, $.indicatorGroups[0].indicators[1].code: mã chỉ tiêu \"X-01\" bị trùng với chỉ tiêu ở "
                        + "dòng 16, $.indicatorGroups[0].indicators[0].code",
                "Dòng 17, $.indicatorGroups[0].indicators[1].numberLabel: số thứ tự \"1\" bị lặp lại trong cùng "
                        + "một nhóm (đã dùng ở dòng 16, $.indicatorGroups[0].indicators[0].numberLabel)");
    }

    @Test
    void matrixRowNumberRepeatedInAGroupOrAmongSubRowsIsReported() {
        String row = "{\"numberLabel\": \"1\", \"content\": \"Một\", \"children\": ["
                + "{\"numberLabel\": \"1.1\", \"content\": \"a\"},\n"
                + "{\"numberLabel\": \"1.1\", \"content\": \"b\"}]},\n";
        String broken = VALID.replace("\"items\": [\n", "\"items\": [\n" + row);
        assertThat(failure(broken).problems()).containsExactlyInAnyOrder(
                "Dòng 23, $.targetGroups[0].items[0].children[1].numberLabel: số thứ tự \"1.1\" bị lặp lại trong "
                        + "cùng một nhóm (đã dùng ở dòng 22, $.targetGroups[0].items[0].children[0].numberLabel)",
                "Dòng 24, $.targetGroups[0].items[1].numberLabel: số thứ tự \"1\" bị lặp lại trong cùng một nhóm "
                        + "(đã dùng ở dòng 22, $.targetGroups[0].items[0].numberLabel)");
    }

    @Test
    void unknownBundledSampleIsAClearError() {
        assertThat(catchThrowableOfType(DomainException.class, () -> PlanFiles.readBundledSample("../secret")))
                .hasMessage("Không có kế hoạch mẫu \"../secret\" trong ứng dụng.");
    }

    @Test
    void assigneeNeedsExactlyOneOfUnitOrGeneric() {
        String broken = VALID.replace("{\"generic\": \"Các cơ quan, đơn vị\"}", "{\"unit\": \"Trạm Y tế\", "
                + "\"generic\": \"Các cơ quan, đơn vị\"}");
        assertThat(failure(broken).problems()).singleElement().asString()
                .startsWith("Dòng 23, $.targetGroups[0].items[0].cooperating[0]: mỗi đơn vị được giao");
    }

    @Test
    void newerFormatVersionAsksToUpdateTheApp() {
        DomainException e = failure(VALID.replace("\"formatVersion\": 1", "\"formatVersion\": 7")
                .replace("\"status\": \"DRAFT\"", "\"status\": \"SOMETHING_NEW\""));
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("Dòng 2, $.formatVersion: tệp dùng định dạng phiên bản 7, mới hơn phiên bản 1 mà ứng "
                        + "dụng này đọc được; hãy cập nhật Kế hoạch Xã lên bản mới nhất rồi mở lại tệp");
    }

    @Test
    void badDateAndIncompleteRangeTargetAreReported() {
        String broken = VALID.replace("\"status\": \"DRAFT\"", "\"status\": \"DRAFT\", \"issueDate\": \"05/01/2026\"")
                .replace("\"kind\": \"NUMERIC\", \"comparator\": \"≥\", \"value\": 97", "\"kind\": \"RANGE\", "
                        + "\"value\": \"4,5\"");
        assertThat(failure(broken).problems()).containsExactlyInAnyOrder(
                "Dòng 9, $.plan.issueDate: \"05/01/2026\" không phải là ngày hợp lệ; hãy ghi theo dạng "
                        + "năm-tháng-ngày, ví dụ 2026-01-05",
                "Dòng 17, $.indicatorGroups[0].indicators[0].targets[0].upperValue: chỉ tiêu loại RANGE thiếu giá "
                        + "trị ở trường này");
    }

    @Test
    void reportingDataIsCheckedAgainstThePlan() {
        String withReporting = VALID.replace("\"formatVersion\": 1,", "\"formatVersion\": 1, "
                + "\"reportingPeriods\": [{\"kind\": \"QUARTER\", \"year\": 2026, \"index\": 1}],");
        assertThatThrownBy(() -> read(withReporting)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).anyMatch(p -> p.contains("cutoffStart")));
    }

    @Test
    void writingIsCanonicalNfcWithLfAndAFinalNewline(@TempDir Path dir) throws Exception {
        String decomposed = Normalizer.normalize("Trạm Y tế xã", Normalizer.Form.NFD);
        String input = VALID.replace("\"Trạm Y tế xã\"", "\"" + decomposed + "\"")
                .replace("\"value\": 97", "\"value\": 97.00").replace("\n", "\r\n");
        PlanDocument doc = read(input);
        Path file = dir.resolve("a.kehoach.json");
        PlanFiles.write(doc, file);
        byte[] first = Files.readAllBytes(file);
        String text = new String(first, UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("}\n").contains("\"Trạm Y tế xã\"")
                .contains("\"value\": 97\n").startsWith("{\n  \"formatVersion\": 1,\n  \"plan\": {\n");
        assertThat(PlanFiles.toBytes(PlanFiles.read(file))).isEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
