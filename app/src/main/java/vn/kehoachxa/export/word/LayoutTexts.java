package vn.kehoachxa.export.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.kehoachxa.domain.plan.IssuerNames;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.TypeNames;
import vn.kehoachxa.domain.text.VietnameseDates;

/** Wording shared by both layouts: draft blanks, the place-date line, names in running text. */
public final class LayoutTexts {

    public static final Locale VI = Locale.of("vi", "VN");
    /** What an official fills in by hand where the number is still blank. */
    static final String NUMBER_BLANK = "      ";

    private LayoutTexts() {
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static String upper(String s) {
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
    public static List<String> lines(String text) {
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

    /** "Kế hoạch", "Chương trình hành động": the plan's printed type name as a running-text noun. */
    static String typeInWords(Plan plan) {
        return TypeNames.inWords(plan);
    }

    /** An UPPER body name in running text (see {@link IssuerNames#properCase}). */
    static String properCase(String upperName) {
        return IssuerNames.properCase(upperName);
    }
}
