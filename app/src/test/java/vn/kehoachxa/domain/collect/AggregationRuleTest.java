package vn.kehoachxa.domain.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AggregationRuleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // units of the template, the samples and the seeds
        "%|MEAN", "% dân số|MEAN", "bác sĩ|SUM", "cm|MEAN", "năm|MEAN", "tuổi|MEAN",
        // other shares and rates an office writes
        "‰|MEAN", "Tỷ lệ|MEAN", "tỉ lệ %|MEAN", "phần trăm|MEAN", "lượt/người/năm|MEAN",
        // counts
        "người|SUM", "Người|SUM", " trạm |SUM", "hộ|SUM", "lượt|SUM", "số người|SUM", "Trạm y tế|SUM",
        // words or unknown
        "|COUNT", "'   '|COUNT", "đạt/không đạt|COUNT", "chuẩn quốc gia|COUNT", "mức độ|COUNT"})
    void choosesFromTheUnit(String unit, Aggregation expected) {
        assertThat(AggregationRule.of(unit)).isEqualTo(expected);
    }

    @Test
    void everyUnitOfTheTemplateAndSamplesHasARuleThatAddsItUp() throws Exception {
        List<Path> files = new ArrayList<>(List.of(Path.of("src/main/resources/templates/nq72.kehoach.json")));
        try (var samples = Files.list(Path.of("../samples"))) {
            samples.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
        }
        TreeSet<String> units = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Path f : files) {
            json.readTree(f.toFile()).findValues("unitOfMeasure").stream().map(JsonNode::asText)
                    .filter(u -> !u.isBlank()).forEach(units::add);
        }
        assertThat(units).as("units in the template and samples").contains("%", "bác sĩ", "năm");
        // A unit the shipped plans use must never fall to COUNT: the province would lose its figure.
        assertThat(units).allSatisfy(u -> assertThat(AggregationRule.of(u)).as(u).isNotEqualTo(Aggregation.COUNT));
    }
}
