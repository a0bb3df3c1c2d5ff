package vn.kehoachxa.domain.text;

import java.text.Normalizer;
import java.util.Locale;

/** Matching of unit names (tên đơn vị) that differ only in case, spacing or Unicode form. */
public final class UnitNames {
    private UnitNames() {
    }

    /** The key two names share when they name the same unit. */
    public static String matchKey(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\s*-\\s*", " - ").replaceAll("\\s+", " ").strip();
        return s.replaceAll("[.,;:]+$", "");
    }

    /** Whether the two names name the same unit. */
    public static boolean sameUnit(String a, String b) {
        return matchKey(a).equals(matchKey(b));
    }
}
