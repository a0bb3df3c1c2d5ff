package vn.kehoachxa.persistence;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.exception.DataAccessException;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;

/**
 * Turns a database constraint violation into a Vietnamese message the user can act on. A missing or too long value
 * names the field (from the column H2 reports and the table of the statement), never just "a required field".
 */
final class ConstraintMessages {
    private static final Pattern NAME = Pattern.compile("\\b((?:UK|FK|CK)_[A-Z_]+)\\b");
    private static final Pattern NULL_COLUMN = Pattern.compile("NULL NOT ALLOWED FOR COLUMN \"([A-Z_0-9]+)\"");
    private static final Pattern LONG_COLUMN = Pattern.compile("VALUE TOO LONG FOR COLUMN \"([A-Z_0-9]+)");
    private static final Pattern TABLE = Pattern.compile(
            "(?:INSERT\\s+INTO|UPDATE|MERGE\\s+INTO)\\s+(?:\"?PUBLIC\"?\\.)?\"?([A-Z_0-9]+)\"?");

    private ConstraintMessages() {
    }

    static RuntimeException translate(DataAccessException e) {
        if (e.getCause() instanceof DomainException domain) {
            return domain;
        }
        String text = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
        Matcher m = NAME.matcher(text);
        if (m.find()) {
            String key = "db.constraint." + m.group(1).toLowerCase(Locale.ROOT);
            if (Texts.bundle().containsKey(key)) {
                return new DomainException(Texts.get(key), e);
            }
            return new DomainException(Texts.get("db.constraint.other", m.group(1)), e);
        }
        Matcher missing = NULL_COLUMN.matcher(text);
        if (missing.find()) {
            return new DomainException(Texts.get("db.constraint.notNull", field(text, missing.group(1))), e);
        }
        Matcher tooLong = LONG_COLUMN.matcher(text);
        if (tooLong.find()) {
            return new DomainException(Texts.get("db.constraint.tooLong", field(text, tooLong.group(1))), e);
        }
        return e;
    }

    /** The Vietnamese name of {@code column} of the statement's table, else the table and column as stored. */
    static String field(String message, String column) {
        Matcher t = TABLE.matcher(message);
        String table = t.find() ? t.group(1).toLowerCase(Locale.ROOT) : "";
        String col = column.toLowerCase(Locale.ROOT);
        String key = "db.column." + table + "." + col;
        return Texts.bundle().containsKey(key) ? Texts.get(key) : Texts.get("db.column", table, col);
    }
}
