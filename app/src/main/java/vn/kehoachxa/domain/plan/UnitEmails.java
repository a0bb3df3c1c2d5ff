package vn.kehoachxa.domain.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kehoachxa.domain.Texts;

/**
 * Địa chỉ thư điện tử của đơn vị: a unit's e-mail addresses as one text. Most units have one; a unit that wants the
 * forms in two boxes (the office's and its head's) lists them separated by ";", as Outlook's To line does
 * ("vanthu.tyt@gmail.com; truongtram@gmail.com"). A comma is taken as a separator too, since officials type it.
 */
public final class UnitEmails {
    /** The longest text the database keeps (V12): room for a handful of addresses. */
    public static final int MAX_LENGTH = 1000;
    private static final Pattern SEPARATOR = Pattern.compile("[;,]");
    // ASCII only: addresses with tone marks ("vănthư@…") are a typing slip in practice, and mail servers that
    // offices use refuse them; the message says to write without marks.
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
                    + "\\.[A-Za-z]{2,}");

    private UnitEmails() {
    }

    /** The addresses written in {@code text}, in order, without blanks or repeats (case-insensitive). */
    public static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String part : SEPARATOR.split(text)) {
            String address = part.strip();
            if (!address.isEmpty()) {
                seen.putIfAbsent(address.toLowerCase(java.util.Locale.ROOT), address);
            }
        }
        return List.copyOf(seen.values());
    }

    /** The text as stored and shown: the addresses joined by "; ", or null when there is none. */
    public static String normalize(String text) {
        List<String> addresses = split(text);
        return addresses.isEmpty() ? null : String.join("; ", addresses);
    }

    /** Whether {@code address} is one well-formed address (name@domain.tld, without tone marks or spaces). */
    public static boolean isAddress(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }

    /**
     * What is wrong with {@code text} as a unit's addresses, in Vietnamese and naming the address at fault; empty
     * when it is fine (blank means "no e-mail" and is fine too).
     */
    public static Optional<String> problem(String text) {
        List<String> bad = new ArrayList<>();
        for (String address : split(text)) {
            if (!isAddress(address)) {
                bad.add(address);
            }
        }
        if (!bad.isEmpty()) {
            return Optional.of(Texts.get("unit.email.invalid", String.join("\", \"", bad)));
        }
        String stored = normalize(text);
        if (stored != null && stored.length() > MAX_LENGTH) {
            return Optional.of(Texts.get("unit.email.tooLong", MAX_LENGTH));
        }
        return Optional.empty();
    }
}
