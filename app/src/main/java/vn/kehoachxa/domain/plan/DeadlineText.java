package vn.kehoachxa.domain.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.RomanNumerals;

/**
 * Reads, prints and dates the wording of a deadline (thời gian hoàn thành): "Thường xuyên", "Hằng năm", "Năm 2027",
 * "Từ năm 2026", "2026-2030", "Đến tháng 9/2030", "Quý I/2026", "Trước ngày 30/6/2027", "6 tháng đầu năm 2027",
 * "Tháng 12 hằng năm", "Quý IV hằng năm", "Trước ngày 15/12 hằng năm", "Hằng quý", "Định kỳ 6 tháng", "Sau khi Chính
 * phủ ban hành Nghị định"…
 *
 * <p>Recurring, yearly and conditional wordings are recognised by how they start, so "Hằng năm và theo từng giai đoạn
 * theo hướng dẫn của tỉnh" is yearly; dated wordings must match whole, so "Năm 2027 và các năm tiếp theo" stays free
 * text rather than being half-understood. "Trước" ends the day (month, quarter) before the one named: "trước ngày
 * 30/6/2027" is due 29/6/2027, as "trước ngày 20" is in a reporting rule. A day, month, quarter or half-year named
 * without a year ("trước 15/10", "quý IV") comes back every year: a plan that does not say which year means each of
 * its years (docs/decisions/0022-dated-deadline-wordings.md).
 */
public final class DeadlineText {
    private DeadlineText() {
    }

    /** The structured deadline for {@code text}, keeping the wording; FREE_TEXT when not understood; null if blank. */
    public static Deadline parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return DeadlineParser.parse(text);
    }

    /**
     * {@code deadline} as this version of the app reads it: a FREE_TEXT deadline (stored, or written in a plan file,
     * by a version that could not date its wording) whose wording now reads as a dated or recurring one comes back
     * structured, the wording kept; any other deadline is returned as it is.
     */
    public static Deadline reread(Deadline deadline) {
        if (deadline == null || deadline.kind() != DeadlineKind.FREE_TEXT || deadline.originalText() == null
                || PlanFields.hasField(deadline.originalText())) {
            return deadline;
        }
        Deadline parsed = parse(deadline.originalText());
        return parsed == null ? deadline : parsed;
    }

    /** The wording to print: the original when there is one, else one generated from the structured form. */
    public static String format(Deadline deadline) {
        if (deadline.originalText() != null && !deadline.originalText().isBlank()) {
            return deadline.originalText();
        }
        String year = deadline.year() == null ? "" : String.valueOf(deadline.year());
        return switch (deadline.kind()) {
            case RECURRING -> Texts.get("deadline.recurring");
            case BY_YEAR -> Texts.get("deadline.byYear", year);
            case FROM_YEAR -> Texts.get("deadline.fromYear", year);
            case BY_MONTH -> Texts.get("deadline.byMonth", String.valueOf(deadline.month()), year);
            case BY_QUARTER -> Texts.get("deadline.byQuarter", RomanNumerals.of((deadline.month() + 2) / 3), year);
            case YEAR_RANGE -> Texts.get("deadline.yearRange", year, String.valueOf(deadline.endYear()));
            case CONDITIONAL, FREE_TEXT -> "";
            case BY_DATE -> Texts.get("deadline.byDate", day(deadline), String.valueOf(deadline.month()), year);
            case BY_HALF_YEAR -> Texts.get(deadline.month() == 6 ? "deadline.byFirstHalf" : "deadline.bySecondHalf",
                    year);
            default -> DeadlineText.repeating(deadline);
        };
    }

    /** The generated wording of a deadline that comes back every year or more often, with its span of years. */
    private static String repeating(Deadline d) {
        String month = String.valueOf(d.month());
        String base = switch (d.kind()) {
            case YEARLY -> Texts.get("deadline.yearly");
            case YEARLY_BY_DATE -> Texts.get("deadline.yearlyByDate", day(d), month);
            case YEARLY_BY_MONTH -> Texts.get("deadline.yearlyByMonth", month);
            case YEARLY_BY_QUARTER -> Texts.get("deadline.yearlyByQuarter", RomanNumerals.of((d.month() + 2) / 3));
            case YEARLY_BY_HALF_YEAR -> Texts.get(d.month() == 6 ? "deadline.yearlyFirstHalf"
                    : "deadline.yearlySecondHalf");
            case MONTHLY -> d.day() == null ? Texts.get("deadline.monthly") : Texts.get("deadline.monthlyByDay", day(d));
            case QUARTERLY -> d.day() == null ? Texts.get("deadline.quarterly")
                    : Texts.get("deadline.quarterlyByDay", day(d));
            case HALF_YEARLY -> d.day() == null ? Texts.get("deadline.halfYearly")
                    : Texts.get("deadline.halfYearlyByDay", day(d));
            default -> "";
        };
        if (d.year() == null) {
            return base;
        }
        return d.endYear() == null ? Texts.get("deadline.spanFrom", base, String.valueOf(d.year()))
                : Texts.get("deadline.spanRange", base, String.valueOf(d.year()), String.valueOf(d.endYear()));
    }

    private static String day(Deadline d) {
        return String.valueOf(d.day());
    }

    /**
     * The last day by which the work is due: 31/12 for a year or the end of a range of years, the month's, the
     * quarter's or the half-year's last day, or the day named; none for deadlines that recur (see
     * {@link #dueDateInPeriod}), from-a-year (ongoing), conditional and free-text deadlines.
     */
    public static Optional<LocalDate> dueDate(Deadline deadline) {
        return switch (deadline.kind()) {
            case BY_YEAR -> endOfYear(deadline.year());
            case YEAR_RANGE -> endOfYear(deadline.endYear() != null ? deadline.endYear() : deadline.year());
            case BY_MONTH, BY_QUARTER, BY_HALF_YEAR, BY_DATE -> deadline.year() == null || deadline.month() == null
                    ? Optional.empty() : Optional.of(day(deadline.year(), deadline.month(), deadline.day()));
            default -> Optional.empty();
        };
    }

    /**
     * The due date that applies when judging work in {@code year}: for a deadline that recurs, its last due date in
     * that year (31/12 for "hằng năm", 15/12 for "trước ngày 16/12 hằng năm"), none for recurring and from-a-year
     * deadlines (never overdue), and {@link #dueDate(Deadline)} for the others.
     */
    public static Optional<LocalDate> dueDateInYear(Deadline deadline, int year) {
        return dueDateInPeriod(deadline, YearMonth.of(year, 12));
    }

    /**
     * The due date that applies to a reporting period ending in {@code lastMonth}: a deadline that recurs each year
     * is due on its day in that year; one that recurs each month, quarter or half-year on its day in the month,
     * quarter or half-year that holds {@code lastMonth}; a recurring deadline limited to a span of years has no due
     * date outside it. Deadlines that do not recur are due on {@link #dueDate(Deadline)} whatever the period.
     */
    public static Optional<LocalDate> dueDateInPeriod(Deadline deadline, YearMonth lastMonth) {
        if (!deadline.kind().repeats()) {
            return dueDate(deadline);
        }
        int year = lastMonth.getYear();
        if (deadline.year() != null && year < deadline.year()
                || deadline.endYear() != null && year > deadline.endYear()) {
            return Optional.empty();
        }
        int m = lastMonth.getMonthValue();
        int month = switch (deadline.kind()) {
            case YEARLY -> 12;
            case MONTHLY -> m;
            case QUARTERLY -> (m + 2) / 3 * 3;
            case HALF_YEARLY -> m <= 6 ? 6 : 12;
            default -> deadline.month() == null ? 12 : deadline.month();
        };
        return Optional.of(day(year, month, deadline.day()));
    }

    /** The day in a month: the month's last day when none is named, or when the month is shorter (29/2 in 2027). */
    private static LocalDate day(int year, int month, Integer day) {
        YearMonth ym = YearMonth.of(year, month);
        return day == null ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    private static Optional<LocalDate> endOfYear(Integer year) {
        return year == null ? Optional.empty() : Optional.of(LocalDate.of(year, 12, 31));
    }
}
