package vn.kehoachxa.exchange.planfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import vn.kehoachxa.domain.plan.Figures;

/**
 * Typed access to the fields of one JSON object of the file. Every wrong type, missing required field or unknown
 * value becomes a problem at its path and the accessor returns {@code null}, so reading goes on and finds the rest.
 */
final class Fields {
    private final ParsedFile file;
    private final JsonNode node;
    private final JsonPath path;

    private Fields(ParsedFile file, JsonNode node, JsonPath path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    /**
     * The object at {@code path}, or {@code null} (with a problem) when it is not an object. Fields that the DTO
     * {@code shape} does not declare are reported, except those in {@code ignored}.
     */
    static Fields of(ParsedFile file, JsonNode node, JsonPath path, Class<? extends Record> shape,
                     Set<String> ignored) {
        if (node == null || !node.isObject()) {
            file.problem(path, "planfile.expectedObject");
            return null;
        }
        Set<String> known = Arrays.stream(shape.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet());
        for (String name : (Iterable<String>) node::fieldNames) {
            if (!known.contains(name) && !ignored.contains(name)) {
                file.problem(path.field(name), "planfile.unknownField");
            }
        }
        return new Fields(file, node, path);
    }

    static Fields of(ParsedFile file, JsonNode node, JsonPath path, Class<? extends Record> shape) {
        return of(file, node, path, shape, Set.of());
    }

    ParsedFile file() {
        return file;
    }

    JsonPath path() {
        return path;
    }

    JsonPath at(String name) {
        return path.field(name);
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    private JsonNode value(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                file.problem(at(name), "planfile.missing");
            }
            return null;
        }
        return value;
    }

    /** Optional text; blank text counts as absent. */
    String text(String name) {
        JsonNode value = value(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            file.problem(at(name), "planfile.expectedString");
            return null;
        }
        String text = PlanFileWriter.nfc(value.textValue());
        return text.isBlank() ? null : text;
    }

    /** Required, non-blank text. */
    String requiredText(String name) {
        JsonNode value = value(name, true);
        if (value == null) {
            return null;
        }
        String text = text(name);
        if (text == null && value.isTextual()) {
            file.problem(at(name), "planfile.blank");
        }
        return text;
    }

    Integer integer(String name, boolean required, int min, int max) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            file.problem(at(name), "planfile.expectedInteger");
            return null;
        }
        int i = value.intValue();
        if (i < min || i > max) {
            file.problem(at(name), "planfile.outOfRange", String.valueOf(i), String.valueOf(min),
                    String.valueOf(max));
            return null;
        }
        return i;
    }

    Boolean bool(String name, boolean fallback) {
        JsonNode value = value(name, false);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            file.problem(at(name), "planfile.expectedBoolean");
            return fallback;
        }
        return value.booleanValue();
    }

    /**
     * A decimal as a JSON number or as text with a decimal comma or point ({@code 75,5}, {@code "75.5"}), within
     * {@link Figures} (what the database stores exactly); {@code 1e400} is a problem here, not a failure on insert.
     */
    BigDecimal decimal(String name) {
        JsonNode value = value(name, false);
        if (value == null) {
            return null;
        }
        BigDecimal number = null;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isTextual()) {
            try {
                number = new BigDecimal(value.textValue().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (number == null) {
            file.problem(at(name), "planfile.expectedNumber");
            return null;
        }
        if (!Figures.fits(number)) {
            file.problem(at(name), "planfile.figureOutOfRange", value.isTextual() ? value.textValue() : value.asText(),
                    Figures.MAX_INTEGER_DIGITS, Figures.MAX_FRACTION_DIGITS);
            return null;
        }
        return PlanFileWriter.decimal(number);
    }

    LocalDate date(String name) {
        JsonNode value = value(name, false);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            try {
                return LocalDate.parse(value.textValue().strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        file.problem(at(name), "planfile.badDate", value.isTextual() ? value.textValue() : value.toString());
        return null;
    }

    YearMonth yearMonth(String name) {
        JsonNode value = value(name, false);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            try {
                return YearMonth.parse(value.textValue().strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        file.problem(at(name), "planfile.badYearMonth", value.isTextual() ? value.textValue() : value.toString());
        return null;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
        String text = required ? requiredText(name) : text(name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            file.problem(at(name), "planfile.unknownEnum", text, allowed);
            return null;
        }
    }

    /** The nested object {@code name}, or {@code null} when absent (a problem when required) or not an object. */
    Fields object(String name, Class<? extends Record> shape, boolean required) {
        JsonNode value = value(name, required);
        return value == null ? null : of(file, value, at(name), shape, Set.of());
    }

    /** Each element of the array {@code name} read by {@code reader}; elements that fail are left out. */
    <T> List<T> list(String name, boolean required, BiFunction<JsonNode, JsonPath, T> reader) {
        JsonNode value = value(name, required);
        List<T> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!value.isArray()) {
            file.problem(at(name), "planfile.expectedArray");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            T item = reader.apply(value.get(i), at(name).index(i));
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }
}
