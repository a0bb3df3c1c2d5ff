package vn.kehoachxa.domain.collect;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tên tỉnh so khớp: whether two writings name the same province. Packages and lists write a province in many ways
 * ("Tỉnh Sơn La", "SƠN LA", "Son La", "TP. Hà Nội", "Thành phố Hà Nội", decomposed Unicode from some keyboards), so
 * the collector compares a folded form: NFC, lower case, without the "tỉnh" / "thành phố" / "TP." prefix, without
 * tone marks and with đ as d, spaces collapsed. No two of the 34 provinces since 2025 fold to the same key.
 */
public final class ProvinceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PREFIX = Pattern.compile("^(tinh|thanh pho|tp\\.?)\\s+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private ProvinceNames() {
    }

    /** The folded key of {@code name}: "Tỉnh Sơn La" → "son la". Blank for null. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('đ', 'd');
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String spaced = SPACES.matcher(plain.strip()).replaceAll(" ");
        return PREFIX.matcher(spaced).replaceFirst("").strip();
    }

    /** Whether {@code a} and {@code b} name the same province. */
    public static boolean same(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }
}
