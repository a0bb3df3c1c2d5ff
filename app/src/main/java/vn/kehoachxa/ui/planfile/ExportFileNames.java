package vn.kehoachxa.ui.planfile;

import java.text.Normalizer;
import java.util.Locale;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.TypeNames;

/** Meaningful default names for exported files, e.g. {@code KH-12-UBND-Muong-La.docx}. */
public final class ExportFileNames {
    private ExportFileNames() {
    }

    /**
     * Type, number, the rest of the symbol, then the issuer's area without its kind word, in plain ASCII so the name
     * survives e-mail and USB sticks: {@code KH-12-UBND-Muong-La} + {@code extension}; a printed type name of its own
     * leads: {@code Chuong-trinh-hanh-dong-CTr-TU-03-Thai-Nguyen}.
     */
    public static String forPlan(Plan plan, String extension) {
        StringBuilder name = new StringBuilder();
        if (plan.typeName() != null && !plan.typeName().isBlank()) {
            // A printed name that says more than the type ("Chương trình hành động") leads the file name.
            name.append(TypeNames.inWords(plan).replaceAll("\\s+", "-")).append('-');
        }
        String symbol = plan.symbol() == null ? plan.type().abbreviation() : plan.symbol().strip();
        int dash = symbol.indexOf('-');
        String head = dash < 0 ? symbol : symbol.substring(0, dash);
        String tail = dash < 0 ? "" : symbol.substring(dash + 1);
        name.append(head);
        if (plan.number() != null && !plan.number().isBlank()) {
            name.append('-').append(plan.number().strip());
        }
        if (!tail.isBlank()) {
            name.append('-').append(tail.replace('/', '-'));
        }
        String commune = plan.communeName() == null ? "" : plan.communeName().strip();
        for (String kind : new String[] {"xã ", "phường ", "đặc khu ", "thị trấn ", "tỉnh ", "thành phố ", "huyện ",
            "quận ", "thị xã "}) {
            if (commune.toLowerCase(Locale.ROOT).startsWith(kind)) {
                commune = commune.substring(kind.length());
            }
        }
        if (!commune.isBlank()) {
            name.append('-').append(commune.strip().replaceAll("\\s+", "-"));
        }
        return ascii(name.toString()) + extension;
    }

    /** Vietnamese letters without their marks; đ becomes d; anything unsafe in a file name becomes a dash. */
    static String ascii(String text) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("-{2,}", "-");
    }
}
