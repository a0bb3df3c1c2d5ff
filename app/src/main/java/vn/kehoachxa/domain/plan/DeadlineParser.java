package vn.kehoachxa.domain.plan;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the wording of a deadline (thời gian hoàn thành) into its structured form; {@link DeadlineText#parse} is the
 * entry point and documents the rules.
 *
 * <p>The wording is read in three steps: a recurrence mark ("hằng quý", "định kỳ 6 tháng", "hằng tháng", then
 * "hằng năm") is looked for anywhere and taken out; what is left must be nothing, a day of the cycle ("trước ngày
 * 20 tháng cuối quý"), or — for "hằng năm" — a point in the year without a year ("tháng 12", "quý IV", "6 tháng cuối
 * năm", "trước ngày 15/12") or a span of years. Without a mark the wording must be, whole, a year, a range of years,
 * "từ năm …", or a point in time (day, month, quarter, half-year) with or without a year; a point without a year comes
 * back every year. Anything else is free text, so a wording is never half-understood.
 */
final class DeadlineParser {
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String DASH = "\\s*(?:-|–|—|đến)\\s*";
    private static final String QUARTER = "(iv|iii|ii|i|[1-4])";
    private static final String NOT_LETTER = "(?!\\p{L})";
    /** Verbs a cell sometimes starts with ("Hoàn thành trước ngày 30/6/2027"): they change nothing. */
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?:hoàn thành|thực hiện|triển khai|tổ chức|báo cáo|xong)(?: xong)? (?=\\p{L}|\\d)");
    private static final Pattern RECURRING = Pattern.compile("^(thường xuyên|liên tục)" + NOT_LETTER + ".*");
    private static final Pattern CONDITIONAL = Pattern.compile(
            "^(sau khi|ngay sau khi|khi|theo (hướng dẫn|chỉ đạo|lộ trình|yêu cầu))" + NOT_LETTER + ".*");
    private static final Pattern HALF_YEARLY_MARK = Pattern.compile("(?:định kỳ )?(?:(?:hằng|mỗi) (?:6|sáu) tháng"
            + "|(?:6|sáu) tháng(?: một lần| 1 lần|/lần|/1 lần)|(?:hằng|mỗi) nửa năm|tháng 6 và tháng 12 hằng năm"
            + "|định kỳ (?:6|sáu) tháng)" + NOT_LETTER);
    private static final Pattern QUARTERLY_MARK = Pattern.compile(
            "(?:(?:định kỳ )?(?:hằng|mỗi|theo) quý|định kỳ quý)" + NOT_LETTER);
    private static final Pattern MONTHLY_MARK = Pattern.compile("(?:định kỳ )?(?:hằng|mỗi) tháng" + NOT_LETTER);
    private static final Pattern YEARLY_MARK = Pattern.compile("(?:định kỳ )?(?:hằng|mỗi) năm" + NOT_LETTER);
    private static final Pattern CYCLE_DAY = Pattern.compile("^(?:(trước|đến|chậm nhất|vào|hạn) )?ngày (\\d{1,2})"
            + "(?: (?:của )?tháng cuối (?:quý|kỳ|kì|tháng))?$");
    /** A span of years after a recurrence: "…, giai đoạn 2026-2030", "… từ năm 2027". */
    private static final Pattern SPAN = Pattern.compile("^(.*?)[,;]? ?(?:(?:(?:trong )?giai đoạn |từ )(?:năm )?" + YEAR + DASH
            + "(?:năm )?" + YEAR + "|từ (?:năm )?" + YEAR + "(?: trở đi)?|(?:năm )?" + YEAR + DASH + "(?:năm )?" + YEAR
            + ")$");
    private static final Pattern RANGE = Pattern.compile(
            "^(?:(?:trong )?giai đoạn |từ (?:năm )?)?(?:năm )?" + YEAR + DASH + "(?:năm )?" + YEAR + "$");
    private static final Pattern BY_YEAR = Pattern.compile("^(?:(?:trong|đến|hết|cuối|đến hết) )?(?:năm )?" + YEAR
            + "$");
    private static final Pattern FROM_YEAR = Pattern.compile("^(?:bắt đầu )?từ (?:năm )?" + YEAR
            + "(?: (?:trở đi|về sau))?$");
    /** Words before a point in time; "trước" (before) moves the point back by one day, month, quarter or half. */
    private static final Pattern POINT_PREFIX = Pattern.compile("^(?:(trước|đến hết|đến|hết|trong|chậm nhất là"
            + "|chậm nhất|muộn nhất|không quá|hạn chót|hạn|vào dịp|vào|dịp|cuối) )");
    private static final Pattern DATE = Pattern.compile("^(?:ngày )?(\\d{1,2})/(\\d{1,2})(?:/" + YEAR + ")?$");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "^ngày (\\d{1,2}) tháng (\\d{1,2})(?: năm " + YEAR + ")?$");
    private static final Pattern MONTH = Pattern.compile("^tháng (\\d{1,2})(?:(?:/| năm )" + YEAR + ")?$");
    private static final Pattern MONTH_NUMBERS = Pattern.compile("^(\\d{1,2})/" + YEAR + "$");
    private static final Pattern QUARTER_POINT = Pattern.compile("^quý " + QUARTER + "(?:(?:/| năm |\\s*-\\s*)"
            + YEAR + ")?$");
    private static final Pattern HALF = Pattern.compile("^(?:(?:6|sáu) tháng|nửa) (đầu|cuối) năm(?:(?:/| năm | )"
            + YEAR + ")?$");

    private DeadlineParser() {
    }

    private enum Shape { DATE, MONTH, QUARTER, HALF }

    /** What is left of a wording once a span of years is taken off its end; {@code from} null when none. */
    private record Spanned(String head, Integer from, Integer to) {
        static Spanned of(String rest) {
            Matcher m = SPAN.matcher(rest);
            if (!m.matches()) {
                return new Spanned(rest, null, null);
            }
            String head = m.group(1).replaceAll("[\\s,;:–—-]+$", "").strip();
            if (m.group(2) != null) {
                return new Spanned(head, year(m, 2), year(m, 3));
            }
            if (m.group(4) != null) {
                return new Spanned(head, year(m, 4), null);
            }
            return new Spanned(head, year(m, 5), year(m, 6));
        }

        boolean valid() {
            return from == null || to == null || from <= to;
        }
    }

    /** A point in time: a day, or the end of a month, quarter or half-year ({@code month} its last month). */
    private record Point(Shape shape, Integer year, int month, Integer day) {
    }

    static Deadline parse(String text) {
        String s = normalize(text);
        if (RECURRING.matcher(s).matches()) {
            return new Deadline(DeadlineKind.RECURRING, text, null, null, null);
        }
        if (CONDITIONAL.matcher(s).matches()) {
            return new Deadline(DeadlineKind.CONDITIONAL, text, null, null, null);
        }
        Deadline cycle = cycle(text, s, HALF_YEARLY_MARK, DeadlineKind.HALF_YEARLY);
        cycle = cycle != null ? cycle : cycle(text, s, QUARTERLY_MARK, DeadlineKind.QUARTERLY);
        cycle = cycle != null ? cycle : cycle(text, s, MONTHLY_MARK, DeadlineKind.MONTHLY);
        if (cycle != null) {
            return cycle;
        }
        Matcher yearly = YEARLY_MARK.matcher(s);
        if (yearly.find()) {
            return yearly(text, rest(s, yearly), yearly.start() == 0);
        }
        Matcher m = RANGE.matcher(s);
        if (m.matches() && year(m, 1) <= year(m, 2)) {
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
        Optional<Point> point = point(s);
        if (point.isPresent()) {
            Point p = point.get();
            return p.year() == null ? everyYear(text, p, null, null) : once(text, p);
        }
        return Deadline.freeText(text);
    }

    /** Lower case, one space, no trailing full stop, no brackets, "hàng năm" read as "hằng năm", "quí" as "quý". */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ').toLowerCase(Locale.ROOT)
                .replaceAll("[()\\[\\]]", " ").replaceAll("\\s+", " ").strip().replaceAll("[.;,]+$", "")
                .replaceAll("\\s*/\\s*", "/").replaceAll("(?<!\\p{L})quí(?!\\p{L})", "quý")
                .replaceAll("(?<!\\p{L})hàng (năm|quý|tháng|nửa năm|6 tháng|sáu tháng)(?!\\p{L})", "hằng $1")
                .strip();
        return LEADING_VERB.matcher(s).replaceFirst("");
    }

    /** A recurrence shorter than a year, with the day of its cycle when the wording names one. */
    private static Deadline cycle(String text, String s, Pattern mark, DeadlineKind kind) {
        Matcher m = mark.matcher(s);
        if (!m.find()) {
            return null;
        }
        Spanned spanned = Spanned.of(rest(s, m));
        String rest = spanned.head();
        if (!spanned.valid()) {
            return Deadline.freeText(text);
        }
        if (rest.isEmpty() || m.start() == 0 && !rest.contains("ngày")) {
            return new Deadline(kind, text, spanned.from(), spanned.to(), null);
        }
        Matcher day = CYCLE_DAY.matcher(rest);
        if (day.matches()) {
            int d = Integer.parseInt(day.group(2)) - ("trước".equals(day.group(1)) ? 1 : 0);
            if (d >= 1 && d <= 31) {
                return new Deadline(kind, text, spanned.from(), spanned.to(), null, d);
            }
        }
        return Deadline.freeText(text);
    }

    /** "Hằng năm" with what is left of the wording once the mark is taken out. */
    private static Deadline yearly(String text, String whole, boolean markFirst) {
        Spanned spanned = Spanned.of(whole);
        String rest = spanned.head();
        if (!spanned.valid()) {
            return Deadline.freeText(text);
        }
        if (rest.isEmpty()) {
            return new Deadline(DeadlineKind.YEARLY, text, spanned.from(), spanned.to(), null);
        }
        Optional<Point> point = point(rest);
        if (point.isPresent() && point.get().year() == null) {
            return everyYear(text, point.get(), spanned.from(), spanned.to());
        }
        // "Hằng năm và theo từng giai đoạn theo hướng dẫn của tỉnh": yearly, the rest is commentary.
        return markFirst ? new Deadline(DeadlineKind.YEARLY, text, null, null, null) : Deadline.freeText(text);
    }

    private static Deadline once(String text, Point p) {
        DeadlineKind kind = switch (p.shape()) {
            case DATE -> DeadlineKind.BY_DATE;
            case MONTH -> DeadlineKind.BY_MONTH;
            case QUARTER -> DeadlineKind.BY_QUARTER;
            case HALF -> DeadlineKind.BY_HALF_YEAR;
        };
        return new Deadline(kind, text, p.year(), null, p.month(), p.day());
    }

    private static Deadline everyYear(String text, Point p, Integer from, Integer to) {
        DeadlineKind kind = switch (p.shape()) {
            case DATE -> DeadlineKind.YEARLY_BY_DATE;
            case MONTH -> DeadlineKind.YEARLY_BY_MONTH;
            case QUARTER -> DeadlineKind.YEARLY_BY_QUARTER;
            case HALF -> DeadlineKind.YEARLY_BY_HALF_YEAR;
        };
        return new Deadline(kind, text, from, to, p.month(), p.day());
    }

    /** A day, month, quarter or half-year, with or without its year; "trước" moves it back one step. */
    private static Optional<Point> point(String s) {
        Matcher prefix = POINT_PREFIX.matcher(s);
        if (!prefix.find()) {
            return shape(s);
        }
        Optional<Point> point = shape(s.substring(prefix.end()));
        return "trước".equals(prefix.group(1)) ? point.flatMap(DeadlineParser::back) : point;
    }

    private static Optional<Point> shape(String body) {
        Matcher m = DATE.matcher(body);
        if (!m.matches()) {
            m = DATE_WORDS.matcher(body);
        }
        if (m.matches()) {
            Integer year = m.group(3) == null ? null : year(m, 3);
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            return validDate(year, month, day) ? Optional.of(new Point(Shape.DATE, year, month, day))
                    : Optional.empty();
        }
        m = MONTH.matcher(body);
        if (!m.matches()) {
            m = MONTH_NUMBERS.matcher(body);
        }
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            Integer year = m.group(2) == null ? null : year(m, 2);
            return month >= 1 && month <= 12 ? Optional.of(new Point(Shape.MONTH, year, month, null))
                    : Optional.empty();
        }
        m = QUARTER_POINT.matcher(body);
        if (m.matches()) {
            Integer year = m.group(2) == null ? null : year(m, 2);
            return Optional.of(new Point(Shape.QUARTER, year, quarter(m.group(1)) * 3, null));
        }
        m = HALF.matcher(body);
        if (m.matches()) {
            Integer year = m.group(2) == null ? null : year(m, 2);
            return Optional.of(new Point(Shape.HALF, year, "đầu".equals(m.group(1)) ? 6 : 12, null));
        }
        return Optional.empty();
    }

    /**
     * The point one step earlier: "trước ngày 30/6" is by 29/6 (as "trước ngày 20" in a reporting rule), "trước
     * tháng 9" by the end of August, "trước quý III" by the end of quarter II. Without a year a step back over New
     * Year is not a point in the same year, so it is not read.
     */
    private static Optional<Point> back(Point p) {
        if (p.shape() == Shape.DATE) {
            LocalDate d = LocalDate.of(p.year() == null ? 2024 : p.year(), p.month(), p.day()).minusDays(1);
            if (p.year() == null && d.getYear() != 2024) {
                return Optional.empty();
            }
            return Optional.of(new Point(Shape.DATE, p.year() == null ? null : d.getYear(), d.getMonthValue(),
                    d.getDayOfMonth()));
        }
        int step = switch (p.shape()) {
            case MONTH -> 1;
            case QUARTER -> 3;
            default -> 6;
        };
        if (p.year() == null) {
            return p.month() > step ? Optional.of(new Point(p.shape(), null, p.month() - step, null))
                    : Optional.empty();
        }
        YearMonth ym = YearMonth.of(p.year(), p.month()).minusMonths(step);
        return Optional.of(new Point(p.shape(), ym.getYear(), ym.getMonthValue(), null));
    }

    /** A real date; without a year, one that exists in some year (29/2 does). */
    private static boolean validDate(Integer year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= YearMonth.of(year == null ? 2024 : year, month).lengthOfMonth();
    }

    /** {@code s} without what {@code m} found, and without the commas and dashes that joined them. */
    private static String rest(String s, Matcher m) {
        String rest = (s.substring(0, m.start()) + " " + s.substring(m.end())).replaceAll("\\s+", " ").strip();
        return rest.replaceAll("^[\\s,;:–—-]+|[\\s,;:–—-]+$", "").replaceAll("^và |(?<= )và$| và$", "").strip();
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
