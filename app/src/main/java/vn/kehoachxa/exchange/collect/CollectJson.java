package vn.kehoachxa.exchange.collect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.PackageRejectedException;
import vn.kehoachxa.domain.collect.PackageRejection;

/**
 * Shared JSON steps of the package files: a strict parser (duplicate keys refused, sizes capped), a stable pretty
 * printer, and field readers that fail with a {@link PackageRejection#MALFORMED} naming the file and the field.
 */
final class CollectJson {
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(PackageLayout.MAX_FILE_BYTES).maxNestingDepth(20).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private CollectJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] write(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        try {
            return (MAPPER.writer(printer).writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(byte[] bytes, String file) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw malformed(file, "/", Texts.get("collect.json.notObject"), null);
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw malformed(file, "/", Texts.get("collect.json.notJson", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr()), e);
        } catch (IOException e) {
            throw malformed(file, "/", Texts.get("collect.json.notJson", 0, 0), e);
        }
    }

    static PackageRejectedException malformed(String file, String field, String what, Throwable cause) {
        return new PackageRejectedException(PackageRejection.MALFORMED,
                Texts.get("collect.json.malformed", file, field, what), cause);
    }

    static JsonNode required(JsonNode parent, String name, String file, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw malformed(file, path + name, Texts.get("collect.json.missing"), null);
        }
        return node;
    }

    static String text(JsonNode parent, String name, String file, String path) {
        JsonNode node = required(parent, name, file, path);
        if (!node.isTextual()) {
            throw malformed(file, path + name, Texts.get("collect.json.notText"), null);
        }
        return node.textValue();
    }

    static String optionalText(JsonNode parent, String name, String file, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw malformed(file, path + name, Texts.get("collect.json.notText"), null);
        }
        return node.textValue();
    }

    static int integer(JsonNode parent, String name, String file, String path) {
        JsonNode node = required(parent, name, file, path);
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw malformed(file, path + name, Texts.get("collect.json.notInteger"), null);
        }
        return node.intValue();
    }

    static long longValue(JsonNode parent, String name, String file, String path) {
        JsonNode node = required(parent, name, file, path);
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw malformed(file, path + name, Texts.get("collect.json.notInteger"), null);
        }
        return node.longValue();
    }

    static BigDecimal optionalDecimal(JsonNode parent, String name, String file, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw malformed(file, path + name, Texts.get("collect.json.notNumber"), null);
        }
        return node.decimalValue();
    }

    static UUID uuid(String value, String file, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw malformed(file, field, Texts.get("collect.json.notUuid", value), e);
        }
    }

    static LocalDate optionalDate(JsonNode parent, String name, String file, String path) {
        String value = optionalText(parent, name, file, path);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw malformed(file, path + name, Texts.get("collect.json.notDate", value), e);
        }
    }

    static Instant instant(JsonNode parent, String name, String file, String path) {
        String value = text(parent, name, file, path);
        try {
            return Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw malformed(file, path + name, Texts.get("collect.json.notInstant", value), e);
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode parent, String name, String file, String path) {
        String value = text(parent, name, file, path);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw malformed(file, path + name, Texts.get("collect.json.badValue", value), e);
        }
    }
}
