package vn.kehoachxa.domain.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kehoachxa.domain.Texts;

/**
 * Vietnamese number wording (số): decimal comma and dot thousands ({@code 75,5}, {@code 1.200.000}), with the
 * dot-decimal input people also type ({@code 75.5}).
 *
 * <p>Reading rules, in order: a trailing {@code %} and surrounding spaces are dropped; spaces (also no-break) between
 * digits group thousands ({@code 1 200}); when both {@code ,} and {@code .} appear, the one that comes last is the
 * decimal separator and the other must group thousands; several dots (or several commas) group thousands; a single
 * comma is always decimal; a single dot is a thousands separator only when it follows 1–3 digits not starting with 0
 * and is followed by exactly three digits ({@code 1.200} is one thousand two hundred, as a Vietnamese reader reads
 * it), otherwise it is a decimal point ({@code 75.5}, {@code 1.25}, {@code 0.125}).
 */
public final class VietnameseNumbers {
    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(?:G\\d{3})+|\\d+");
    private static final Pattern PLAIN_DIGITS = Pattern.compile("\\d+");

    private VietnameseNumbers() {
    }

    /**
     * Reads {@code text} as a number.
     *
     * @throws IllegalArgumentException with a Vietnamese message ({@code "chín mươi" không phải là số}) that callers
     *                                  may put into a {@code DomainException} naming the cell or field
     */
    public static BigDecimal parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                Texts.get("numbers.notANumber", text == null ? "" : text.strip())));
    }

    /** Reads {@code text} as a number, or empty when it is not one (blank included). */
    public static Optional<BigDecimal> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        String sign = "";
        if (s.startsWith("-") || s.startsWith("−") || s.startsWith("+")) {
            sign = s.startsWith("+") ? "" : "-";
            s = s.substring(1).strip();
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.matches("\\d{1,3}(?: \\d{3})+(?:[.,]\\d+)?")) {
            s = s.replace(" ", "");
        }
        String canonical = canonical(s);
        return canonical == null ? Optional.empty() : Optional.of(new BigDecimal(sign + canonical));
    }

    /** {@code 75.50 → "75,5"}, {@code 1200000 → "1.200.000"}: decimal comma, dot thousands, no trailing zeros. */
    public static String format(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(integer.charAt(i));
        }
        return (v.signum() < 0 ? "-" : "") + grouped + (fraction.isEmpty() ? "" : "," + fraction);
    }

    /** The number in BigDecimal syntax, or null when the separators do not make sense. */
    private static String canonical(String s) {
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0) {
            char decimal = lastComma > lastDot ? ',' : '.';
            char thousands = decimal == ',' ? '.' : ',';
            int at = Math.max(lastComma, lastDot);
            String integer = s.substring(0, at);
            String fraction = s.substring(at + 1);
            if (integer.indexOf(decimal) >= 0 || !isGrouped(integer, thousands) || !isDigits(fraction)) {
                return null;
            }
            return integer.replace(String.valueOf(thousands), "") + "." + fraction;
        }
        char separator = lastComma >= 0 ? ',' : '.';
        long count = s.chars().filter(c -> c == separator).count();
        if (count == 0) {
            return isDigits(s) ? s : null;
        }
        if (count > 1) {
            return isGrouped(s, separator) ? s.replace(String.valueOf(separator), "") : null;
        }
        int at = s.indexOf(separator);
        String integer = s.substring(0, at);
        String fraction = s.substring(at + 1);
        if (!isDigits(integer) || !isDigits(fraction)) {
            return null;
        }
        boolean thousands = separator == '.' && fraction.length() == 3 && integer.length() <= 3
                && integer.charAt(0) != '0';
        return thousands ? integer + fraction : integer + "." + fraction;
    }

    private static boolean isGrouped(String s, char separator) {
        return GROUPED.matcher(s.replace(separator, 'G')).matches();
    }

    private static boolean isDigits(String s) {
        return PLAIN_DIGITS.matcher(s).matches();
    }
}
