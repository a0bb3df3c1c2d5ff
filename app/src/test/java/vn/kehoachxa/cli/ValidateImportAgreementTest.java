package vn.kehoachxa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code validate} and {@code import} apply the same rules (issue 14.9): for each change to a real plan file both
 * accept it, or both refuse it naming the same field; a Party programme without a summary line imports.
 */
class ValidateImportAgreementTest extends CommandTestBase {
    static final Path HA_DONG = Path.of("..", "samples", "ha-dong.kehoach.json");

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(nullValues = "NULL", textBlock = """
            # field,     value,  accepted, the problem names
            summary,     DELETE, true,     ''
            summary,     NULL,   true,     ''
            summary,     '',     true,     ''
            place,       DELETE, false,    plan.place
            place,       '',     false,    plan.place
            communeName, NULL,   false,    plan.communeName
            issuingBody, DELETE, false,    plan.issuingBody
            symbol,      DELETE, false,    plan.symbol
            startYear,   1999,   false,    plan.startYear
            endYear,     2025,   false,    plan.endYear
            visionYear,  2029,   false,    plan.visionYear
            """)
    void validateAndImportAgreeAndNameTheField(String field, String value, boolean accepted, String named)
            throws Exception {
        Path file = changed(field, value);

        int validated = run("validate", file.toString());
        String validateErr = err;
        int imported = run("--data-dir", data(), "import", file.toString());
        String importErr = err;

        assertThat(validated).as("validate: %s", validateErr).isEqualTo(accepted ? 0 : 1);
        assertThat(imported).as("import: %s", importErr).isEqualTo(validated);
        assertThat(importErr).isEqualTo(validateErr);
        if (!accepted) {
            assertThat(validateErr).contains(named).doesNotContain("Thiếu một thông tin bắt buộc");
        }
    }

    @org.junit.jupiter.api.Test
    void aPartyProgrammeWithoutSummaryImportsAndKeepsNone() throws Exception {
        Path file = changed("summary", "DELETE");

        assertThat(run("--data-dir", data(), "import", file.toString())).as(err).isZero();
        assertThat(run("--data-dir", data(), "list")).isZero();
        assertThat(out).contains("Dự thảo").contains("xã Hà Đông");
    }

    private Path changed(String field, String value) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(HA_DONG.toFile());
        ObjectNode plan = (ObjectNode) root.get("plan");
        if ("DELETE".equals(value)) {
            plan.remove(field);
        } else if (value == null) {
            plan.putNull(field);
        } else if (value.matches("\\d+")) {
            plan.put(field, Integer.parseInt(value));
        } else {
            plan.put(field, value);
        }
        Path file = dir.resolve(field + ".kehoach.json");
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return file;
    }
}
