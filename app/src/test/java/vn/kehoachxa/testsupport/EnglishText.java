package vn.kehoachxa.testsupport;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English left in text the user reads: whole words from a list of common English words, and the texts JavaFX
 * and picocli print on their own ("No content in table", "Unmatched argument", "Cancel"). Names that stay as they
 * are in Vietnamese offices (Word, Excel, PDF, USB, email) and the command names the user types are not English
 * prose and are not on the list.
 */
public final class EnglishText {
    private static final Set<String> WORDS = Set.of("the", "and", "of", "is", "are", "not", "no", "yes", "ok",
            "cancel", "close", "content", "table", "warning", "confirmation", "message", "information", "error",
            "unknown", "option", "options", "missing", "required", "parameter", "argument", "arguments",
            "unmatched", "index", "usage", "command", "commands", "invalid", "value", "please", "select", "save",
            "delete", "open", "apply", "show", "print", "exit", "from", "with", "for", "this", "that", "mean",
            "did", "you", "your", "file", "folder", "name", "new", "edit", "undo", "redo", "search", "replace",
            "settings", "loading", "done", "failed", "success", "mutually", "exclusive", "specify", "only", "one");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    /** Option names the user types ("--replace", "--with-reports") are not prose. */
    private static final Pattern CLI_OPTION = Pattern.compile("--[\\w-]+");

    private EnglishText() {
    }

    /** The English words in {@code text}, in order (empty when there are none). */
    public static List<String> in(String raw) {
        if (raw == null) {
            return List.of();
        }
        String text = CLI_OPTION.matcher(raw).replaceAll(" ");
        Matcher m = WORD.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            // Only pure ASCII words: "OK" inside Vietnamese words cannot match because a word next to a letter
            // with a diacritic is not a whole ASCII word.
            int start = m.start();
            int end = m.end();
            boolean whole = (start == 0 || !Character.isLetter(text.charAt(start - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)));
            if (whole && WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                found.add(m.group());
            }
        }
        return found;
    }
}
