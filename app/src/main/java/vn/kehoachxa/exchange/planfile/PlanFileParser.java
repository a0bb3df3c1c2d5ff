package vn.kehoachxa.exchange.planfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;

/**
 * Parses the bytes of a plan file in two passes: a streaming pass under tight limits that records the line of every
 * value and turns every low-level failure (truncated, not UTF-8, too deep, too many elements) into a Vietnamese
 * message, then a tree pass over bytes already known to be sound and small.
 */
final class PlanFileParser {
    /** A real plan is tens of KB; anything near this is not a plan. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    /** Tokens (values, names, brackets): a large plan has about 20 000. */
    static final long MAX_TOKENS = 500_000;
    static final int MAX_STRING = 200_000;
    static final int MAX_NUMBER = 40;
    static final int MAX_NAME = 200;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxTokenCount(MAX_TOKENS)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .maxNameLength(MAX_NAME)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private PlanFileParser() {
    }

    static ParsedFile parse(byte[] bytes, String fileName) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw fail(Texts.get("planfile.empty", fileName), null);
        }
        Map<String, Integer> lines = new HashMap<>();
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(bytes);
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw fail(Texts.get("planfile.notObject", fileName), null);
            }
            recordLine(parser, first, lines);
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                recordLine(parser, token, lines);
                if (token == JsonToken.VALUE_STRING) {
                    // Jackson skips unread strings lazily; reading the length applies the string limit here.
                    parser.getTextLength();
                }
            }
            return new ParsedFile(fileName, MAPPER.readTree(bytes), lines);
        } catch (JsonProcessingException e) {
            throw fail(describe(e, parser, fileName), e);
        } catch (CharConversionException e) {
            throw fail(Texts.get("planfile.badEncoding", fileName, "?"), e);
        } catch (IOException e) {
            throw fail(Texts.get("planfile.cannotRead", fileName, e.getMessage()), e);
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser == null) {
            return;
        }
        try {
            parser.close();
        } catch (IOException ignored) {
            // reading bytes from memory: nothing to release
        }
    }

    private static void recordLine(JsonParser parser, JsonToken token, Map<String, Integer> lines) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            return;
        }
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        String pointer = context.pathAsPointer().toString();
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
    }

    private static String describe(JsonProcessingException e, JsonParser parser, String fileName) {
        JsonLocation at = e.getLocation() != null ? e.getLocation()
                : parser == null ? null : parser.currentLocation();
        String line = at == null || at.getLineNr() < 1 ? "?" : String.valueOf(at.getLineNr());
        String column = at == null || at.getColumnNr() < 1 ? "?" : String.valueOf(at.getColumnNr());
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return Texts.get("planfile.tooDeep", fileName, line, String.valueOf(MAX_DEPTH));
            }
            if (message.contains("Token count")) {
                return Texts.get("planfile.tooManyElements", fileName, String.valueOf(MAX_TOKENS));
            }
            if (message.contains("Document length")) {
                return Texts.get("planfile.tooLarge", fileName, "?", String.valueOf(MAX_BYTES / 1024 / 1024));
            }
            return Texts.get("planfile.valueTooLong", fileName, line);
        }
        if (e instanceof JsonEOFException) {
            return Texts.get("planfile.truncated", fileName, line);
        }
        if (message.contains("UTF-8") || message.contains("UTF8")) {
            return Texts.get("planfile.badEncoding", fileName, line);
        }
        if (message.startsWith("Duplicate field")) {
            return Texts.get("planfile.duplicateField", fileName, line, fieldName(message));
        }
        return Texts.get("planfile.syntax", fileName, line, column);
    }

    private static String fieldName(String message) {
        int start = message.indexOf('\'');
        int end = message.indexOf('\'', start + 1);
        return start >= 0 && end > start ? message.substring(start + 1, end) : "?";
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static DomainException fail(String message, Throwable cause) {
        return new DomainException(message, java.util.List.of(message), cause);
    }
}
