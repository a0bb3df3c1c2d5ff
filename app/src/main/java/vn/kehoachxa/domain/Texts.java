package vn.kehoachxa.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing Vietnamese text from the {@code i18n/messages} bundle (UTF-8, dotted keys). Every message the user
 * reads comes through here, so a test can check that no key is missing or unused.
 */
public final class Texts {
    /** The bundle's base name, shared with the FXML loader. */
    public static final String BUNDLE = "i18n.messages";
    /** The app speaks Vietnamese; the base bundle is Vietnamese. */
    public static final Locale LOCALE = Locale.of("vi", "VN");

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(BUNDLE, LOCALE);

    private Texts() {
    }

    /** The bundle itself, for FXML loaders. */
    public static ResourceBundle bundle() {
        return MESSAGES;
    }

    /** The message under {@code key}, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = MESSAGES.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing message key: " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, LOCALE).format(args);
    }
}
