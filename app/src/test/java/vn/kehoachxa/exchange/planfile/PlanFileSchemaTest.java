package vn.kehoachxa.exchange.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema describes what the app writes: every sample validates, a broken plan does not. */
class PlanFileSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = PlanFiles.class.getResourceAsStream(PlanFiles.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static JsonNode sample(String name) throws Exception {
        return MAPPER.readTree(Path.of("../samples", name + PlanFiles.EXTENSION).toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-dong", "hai-duong", "muong-la"})
    void sampleValidatesAgainstTheSchema(String name) throws Exception {
        assertThat(schema.validate(sample(name))).isEmpty();
    }

    @Test
    void schemaRejectsUnknownEnumAndIncompleteTarget() throws Exception {
        ObjectNode doc = (ObjectNode) sample("ha-dong");
        ((ObjectNode) doc.get("plan")).put("status", "FINISHED");
        ObjectNode target = (ObjectNode) doc.at("/indicatorGroups/0/indicators/0/targets/0");
        target.remove("comparator");
        Set<ValidationMessage> errors = schema.validate(doc);
        assertThat(errors).extracting(ValidationMessage::getInstanceLocation).extracting(Object::toString)
                .contains("$.plan.status", "$.indicatorGroups[0].indicators[0].targets[0]");
    }
}
