package vn.kehoachxa.ui.plan;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Optional;
import vn.kehoachxa.domain.Texts;

/**
 * What the Thông tin kế hoạch form accepts, as Vietnamese problems naming the field (empty when the input is fine).
 * Pure, so it is tested without the FX toolkit.
 */
public final class PlanFieldRules {
    /** The earliest and latest years a plan may name. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private PlanFieldRules() {
    }

    /** A document number is digits only ("12"); blank is allowed in a draft. */
    public static Optional<String> number(String number) {
        return number == null || number.isBlank() || number.strip().matches("\\d{1,6}") ? Optional.empty()
                : Optional.of(Texts.get("planinfo.error.number", number.strip()));
    }

    /** A year typed into {@code field} ("Từ năm"), or the problem with it. */
    public static Optional<String> year(String field, String text) {
        Integer year = parse(text);
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            return Optional.of(Texts.get("planinfo.error.year", field, text == null ? "" : text.strip(),
                    String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR)));
        }
        return Optional.empty();
    }

    /** The period's end is not before its start; the vision year (optional) is not before the end. */
    public static Optional<String> years(String start, String end, String vision) {
        Integer s = parse(start);
        Integer e = parse(end);
        Integer v = parse(vision);
        if (s != null && e != null && e < s) {
            return Optional.of(Texts.get("planinfo.error.endBeforeStart", String.valueOf(e), String.valueOf(s)));
        }
        if (vision != null && !vision.isBlank() && (v == null || v < MIN_YEAR || v > MAX_YEAR)) {
            return Optional.of(Texts.get("planinfo.error.vision", vision.strip()));
        }
        if (v != null && e != null && v < e) {
            return Optional.of(Texts.get("planinfo.error.visionBeforeEnd", String.valueOf(v), String.valueOf(e)));
        }
        return Optional.empty();
    }

    /** The reporting deadline day: a day of the month, 1 to 31. */
    public static Optional<String> deadlineDay(String text) {
        Integer day = parse(text);
        return day == null || day < 1 || day > 31
                ? Optional.of(Texts.get("planinfo.error.deadlineDay", text == null ? "" : text.strip()))
                : Optional.empty();
    }

    /** The yearly report's own date: both day and month, or neither; a real day of the year. */
    public static Optional<String> yearlyDate(String day, String month) {
        boolean noDay = day == null || day.isBlank();
        boolean noMonth = month == null || month.isBlank();
        if (noDay && noMonth) {
            return Optional.empty();
        }
        Integer d = parse(day);
        Integer m = parse(month);
        if (d == null || m == null) {
            return Optional.of(Texts.get("planinfo.error.yearlyBoth"));
        }
        try {
            MonthDay.of(m, d);
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of(Texts.get("planinfo.error.yearlyDate", day.strip(), month.strip()));
        }
    }

    /** The whole number in {@code text}, or null. */
    static Integer parse(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }
}
