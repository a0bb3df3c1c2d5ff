package vn.kehoachxa.persistence;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.exception.DataAccessException;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;

/** Turns a database constraint violation into a Vietnamese message the user can act on. */
final class ConstraintMessages {
    private static final Pattern NAME = Pattern.compile("\\b((?:UK|FK|CK)_[A-Z_]+)\\b");

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
        if (text.contains("NULL NOT ALLOWED")) {
            return new DomainException(Texts.get("db.constraint.notNull"), e);
        }
        return e;
    }
}
