package vn.kehoachxa.domain.plan;

import java.util.List;
import vn.kehoachxa.domain.Texts;

/**
 * Tên loại văn bản in: the type name printed above the summary line ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), which may
 * say more than the {@link DocumentType} in the symbol (a Party "CTr" is printed "CHƯƠNG TRÌNH HÀNH ĐỘNG").
 */
public final class TypeNames {
    private static final List<String> ADMINISTRATIVE = List.of("KẾ HOẠCH", "KẾ HOẠCH TRIỂN KHAI", "CHƯƠNG TRÌNH",
            "CHƯƠNG TRÌNH HÀNH ĐỘNG");
    private static final List<String> PARTY = List.of("CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH", "CHƯƠNG TRÌNH",
            "NGHỊ QUYẾT");

    private TypeNames() {
    }

    /** The usual printed names for plans of {@code family}, most common first. */
    public static List<String> choices(DocumentFamily family) {
        return family == DocumentFamily.PARTY ? PARTY : ADMINISTRATIVE;
    }

    /** The name {@code plan} prints: its own when set, else its type's title. UPPER, stripped. */
    public static String printed(Plan plan) {
        String own = plan.typeName();
        return own == null || own.isBlank() ? plan.type().title() : own.strip().toUpperCase(Texts.LOCALE);
    }

    /** The printed name as a running-text noun: "Chương trình hành động", "Kế hoạch". */
    public static String inWords(Plan plan) {
        String lower = printed(plan).toLowerCase(Texts.LOCALE);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Texts.LOCALE) + lower.substring(1);
    }

    /** The name to store for {@code typed}: null when it is blank or just the type's own title (the default). */
    public static String stored(DocumentType type, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String upper = typed.strip().replaceAll("\\s+", " ").toUpperCase(Texts.LOCALE);
        return upper.equals(type.title()) ? null : upper;
    }
}
