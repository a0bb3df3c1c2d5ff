package vn.kehoachxa.domain.plan;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.RomanNumerals;

/**
 * Reads, prints and dates the wording of a deadline (thời gian hoàn thành): "Thường xuyên", "Hằng năm", "Năm 2027",
 * "Từ năm 2026", "2026-2030", "Đến tháng 9/2030", "Quý I/2026", "Sau khi Chính phủ ban hành Nghị định"…
 *
 * <p>Recurring, yearly and conditional wordings are recognised by how they start, so "Hằng năm và theo từng giai đoạn
 * theo hướng dẫn của tỉnh" is yearly; dated wordings must match whole, so "Năm 2027 và các năm tiếp theo" stays free
 * text rather than being half-understood. A specific day ("trước ngày 30/6/2026") is free text: the model has no
 * day-level kind, and a month-end due date would be wrong.
 */
public final class DeadlineText {
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String DASH = "\\s*(?:-|–|—|đến)\\s*";
    private static final Pattern RECURRING = Pattern.compile("^(thường xuyên|liên tục)(?!\\p{L}).*");
    private static final Pattern YEARLY = Pattern.compile("^(hằng|hàng) năm(?!\\p{L}).*");
    private static final Pattern CONDITIONAL = Pattern.compile(
            "^(sau khi|ngay sau khi|khi|theo (hướng dẫn|chỉ đạo|lộ trình|yêu cầu))(?!\\p{L}).*");
    private static final Pattern RANGE = Pattern.compile(
            "^(?:(?:trong )?giai đoạn |từ (?:năm )?)?(?:năm )?" + YEAR + DASH + "(?:năm )?" + YEAR + "$");
    private static final Pattern BY_YEAR = Pattern.compile("^(?:(?:trong|đến|hết|cuối|đến hết) )?(?:năm )?" + YEAR
            + "$");
    private static final Pattern FROM_YEAR = Pattern.compile("^(?:bắt đầu )?từ (?:năm )?" + YEAR
            + "(?: (?:trở đi|về sau))?$");
    private static final Pattern BY_MONTH = Pattern.compile("^(?:(trước|đến|trong|hết|đến hết|cuối) )?tháng "
            + "(\\d{1,2})(?:/| năm )" + YEAR + "$");
    private static final Pattern BY_QUARTER = Pattern.compile("^(?:(?:trước|đến|trong|hết|đến hết|cuối) )?quý "
            + "(iv|iii|ii|i|[1-4])(?:/| năm )" + YEAR + "$");

    private DeadlineText() {
    }

    /** The structured deadline for {@code text}, keeping the wording; FREE_TEXT when not understood; null if blank. */
    public static Deadline parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ').replaceAll("\\s+", " ")
                .strip().replaceAll("[.;]+$", "").replaceAll("\\s*/\\s*", "/").toLowerCase(Locale.ROOT);
        if (RECURRING.matcher(s).matches()) {
            return new Deadline(DeadlineKind.RECURRING, text, null, null, null);
        }
        if (YEARLY.matcher(s).matches()) {
            return new Deadline(DeadlineKind.YEARLY, text, null, null, null);
        }
        if (CONDITIONAL.matcher(s).matches()) {
            return new Deadline(DeadlineKind.CONDITIONAL, text, null, null, null);
        }
        Matcher m = RANGE.matcher(s);
        if (m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
            return new Deadline(DeadlineKind.YEAR_RANGE, text, year(m, 1), year(m, 2), null);
        }
        m = FROM_YEAR.matcher(s);
        if (m.matches()) {
            return new Deadline(DeadlineKind.FROM_YEAR, text, year(m, 1), null, null);
        }
        m = BY_YEAR.matcher(s);
        if (m.matches()) {
            return new Deadline(DeadlineKind.BY_YEAR, text, year(m, 1), null, null);
        }
        m = BY_MONTH.matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                YearMonth due = YearMonth.of(year(m, 3), month).minusMonths("trước".equals(m.group(1)) ? 1 : 0);
                return new Deadline(DeadlineKind.BY_MONTH, text, due.getYear(), null, due.getMonthValue());
            }
        }
        m = BY_QUARTER.matcher(s);
        if (m.matches()) {
            int quarter = quarter(m.group(1));
            return new Deadline(DeadlineKind.BY_QUARTER, text, year(m, 2), null, quarter * 3);
        }
        return Deadline.freeText(text);
    }

    /** The wording to print: the original when there is one, else one generated from the structured form. */
    public static String format(Deadline deadline) {
        if (deadline.originalText() != null && !deadline.originalText().isBlank()) {
            return deadline.originalText();
        }
        String year = deadline.year() == null ? "" : String.valueOf(deadline.year());
        return switch (deadline.kind()) {
            case RECURRING -> Texts.get("deadline.recurring");
            case YEARLY -> Texts.get("deadline.yearly");
            case BY_YEAR -> Texts.get("deadline.byYear", year);
            case FROM_YEAR -> Texts.get("deadline.fromYear", year);
            case BY_MONTH -> Texts.get("deadline.byMonth", String.valueOf(deadline.month()), year);
            case BY_QUARTER -> Texts.get("deadline.byQuarter", RomanNumerals.of((deadline.month() + 2) / 3), year);
            case YEAR_RANGE -> Texts.get("deadline.yearRange", year, String.valueOf(deadline.endYear()));
            case CONDITIONAL, FREE_TEXT -> "";
        };
    }

    /**
     * The last day by which the work is due: 31/12 for a year or the end of a range of years, the month's or the
     * quarter's last day; none for recurring, yearly, from-a-year (ongoing), conditional and free-text deadlines.
     */
    public static Optional<LocalDate> dueDate(Deadline deadline) {
        return switch (deadline.kind()) {
            case BY_YEAR -> endOfYear(deadline.year());
            case YEAR_RANGE -> endOfYear(deadline.endYear() != null ? deadline.endYear() : deadline.year());
            case BY_MONTH, BY_QUARTER -> deadline.year() == null || deadline.month() == null ? Optional.empty()
                    : Optional.of(YearMonth.of(deadline.year(), deadline.month()).atEndOfMonth());
            case RECURRING, YEARLY, FROM_YEAR, CONDITIONAL, FREE_TEXT -> Optional.empty();
        };
    }

    /**
     * The due date that applies when judging work in {@code year}: 31/12 of that year for a yearly deadline, none for
     * recurring and from-a-year deadlines (never overdue), and {@link #dueDate(Deadline)} for the others.
     */
    public static Optional<LocalDate> dueDateInYear(Deadline deadline, int year) {
        return deadline.kind() == DeadlineKind.YEARLY ? endOfYear(year) : dueDate(deadline);
    }

    private static Optional<LocalDate> endOfYear(Integer year) {
        return year == null ? Optional.empty() : Optional.of(LocalDate.of(year, 12, 31));
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
