package vn.kehoachxa.export.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.text.VietnameseDates;

/** Wording shared by both layouts: draft blanks, the place-date line, names in running text. */
final class LayoutTexts {

    static final Locale VI = Locale.of("vi", "VN");
    /** What an official fills in by hand where the number is still blank. */
    static final String NUMBER_BLANK = "      ";
    private static final List<String> COMMUNE_KINDS = List.of("XÃ", "PHƯỜNG", "THỊ TRẤN", "ĐẶC KHU");

    private LayoutTexts() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(VI);
    }

    /** The bare number, or the blank officials fill in. */
    static String number(Plan plan) {
        return blank(plan.number()) ? NUMBER_BLANK : plan.number().strip();
    }

    /** The year printed in a draft's blank date: the plan's first year. */
    static Integer draftYear(Plan plan) {
        return plan.startYear() > 0 ? plan.startYear() : null;
    }

    static String placeDate(Plan plan) {
        return VietnameseDates.placeDateLine(plan.place(), plan.issueDate(), draftYear(plan));
    }

    /** Lines of a multi-line body name ("ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA"), blank lines dropped. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    /** "Kế hoạch", "Chương trình": the type as a running-text noun. */
    static String typeInWords(DocumentType type) {
        String t = type.title().toLowerCase(VI);
        return t.substring(0, 1).toUpperCase(VI) + t.substring(1);
    }

    /**
     * An UPPER body name in running text: "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA" → "Ủy ban nhân dân xã Mường La". Words up to
     * the commune kind are common nouns; the place name after it keeps a capital on each syllable.
     */
    static String properCase(String upperName) {
        String[] words = upperName.strip().split("\\s+");
        int kind = -1;
        for (int i = 0; i < words.length && kind < 0; i++) {
            String two = i + 1 < words.length ? words[i] + " " + words[i + 1] : "";
            if (COMMUNE_KINDS.contains(words[i]) || COMMUNE_KINDS.contains(two)) {
                kind = i;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(VI);
            boolean capital = i == 0 || (kind >= 0 && i > kind && !COMMUNE_KINDS.contains(words[i])
                    && !(i == kind + 1 && COMMUNE_KINDS.contains(words[kind] + " " + words[i])));
            if (capital && !w.isEmpty()) {
                w = w.substring(0, 1).toUpperCase(VI) + w.substring(1);
            }
            out.append(i == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }
}
