package vn.kehoachxa.domain.text;

import java.time.LocalDate;

/** Vietnamese date wording as official documents print it (Decree 30/2020, Appendix I). */
public final class VietnameseDates {
    private VietnameseDates() {
    }

    /**
     * The place-date line: "Mường La, ngày 05 tháng 01 năm 2026" — days below 10 and months 1–2 zero-padded.
     * A blank date (a draft) prints the dotted places officials fill by hand, with {@code draftYear} when known.
     */
    public static String placeDateLine(String place, LocalDate date, Integer draftYear) {
        String prefix = place == null || place.isBlank() ? "" : place.strip() + ", ";
        return prefix + longDate(date, draftYear);
    }

    /** "ngày 05 tháng 01 năm 2026", or "ngày     tháng     năm 2026" when the date is blank. */
    public static String longDate(LocalDate date, Integer draftYear) {
        if (date == null) {
            return "ngày      tháng      năm " + (draftYear == null ? "20    " : draftYear);
        }
        return "ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm " + date.getYear();
    }

    /** "05/01/2026" with the same padding rules, for citations such as "ngày 05/01/2026". */
    public static String shortDate(LocalDate date) {
        return day(date.getDayOfMonth()) + "/" + month(date.getMonthValue()) + "/" + date.getYear();
    }

    private static String day(int d) {
        return d < 10 ? "0" + d : Integer.toString(d);
    }

    private static String month(int m) {
        return m <= 2 ? "0" + m : Integer.toString(m);
    }
}
