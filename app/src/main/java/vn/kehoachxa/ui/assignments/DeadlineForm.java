package vn.kehoachxa.ui.assignments;

import java.time.YearMonth;
import java.util.Optional;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.DeadlineText;

/**
 * Thời gian hoàn thành as the editor shows it: either typed wording ("Đến tháng 9/2030", read with
 * {@link DeadlineText#parse} and kept as written) or a kind with year, end year and month fields. Pure logic, so
 * the screen only binds fields to it.
 */
public final class DeadlineForm {
    private DeadlineForm() {
    }

    /** The deadline the wording states (kept as written); empty when blank. */
    public static Optional<Deadline> fromWording(String wording) {
        return Optional.ofNullable(DeadlineText.parse(wording));
    }

    /**
     * The deadline built from the fields, with no wording of its own (it prints from the structure).
     *
     * @throws IllegalArgumentException with a Vietnamese message naming the field that is wrong
     */
    public static Deadline fromFields(DeadlineKind kind, String year, String endYear, String month) {
        return fromFields(kind, year, endYear, month, "");
    }

    /**
     * The deadline built from the fields, {@code day} included: the month field holds the quarter (1–4) or the half
     * (1–2) for those kinds; for a deadline that recurs, the years are an optional span.
     *
     * @throws IllegalArgumentException with a Vietnamese message naming the field that is wrong
     */
    public static Deadline fromFields(DeadlineKind kind, String year, String endYear, String month, String day) {
        if (kind == null) {
            throw new IllegalArgumentException(Texts.get("deadline.form.kindMissing"));
        }
        return switch (kind) {
            case RECURRING, YEARLY -> new Deadline(kind, null, null, null, null);
            case BY_YEAR, FROM_YEAR -> new Deadline(kind, null, year(year, "deadline.form.year"), null, null);
            case YEAR_RANGE -> {
                int from = year(year, "deadline.form.year");
                int to = year(endYear, "deadline.form.endYear");
                if (to < from) {
                    throw new IllegalArgumentException(Texts.get("deadline.form.rangeBackwards", from, to));
                }
                yield new Deadline(kind, null, from, to, null);
            }
            case BY_MONTH -> new Deadline(kind, null, year(year, "deadline.form.year"), null, month(month, 12));
            case BY_QUARTER -> new Deadline(kind, null, year(year, "deadline.form.year"), null,
                    month(month, 4) * 3);
            case BY_HALF_YEAR -> new Deadline(kind, null, year(year, "deadline.form.year"), null,
                    month(month, 2) * 6);
            case BY_DATE -> {
                int y = year(year, "deadline.form.year");
                int m = month(month, 12);
                yield new Deadline(kind, null, y, null, m, day(day, YearMonth.of(y, m).lengthOfMonth()));
            }
            case CONDITIONAL, FREE_TEXT -> throw new IllegalArgumentException(
                    Texts.get("deadline.form.needsWording"));
            default -> repeating(kind, year, endYear, month, day);
        };
    }

    /** A deadline that recurs: its month (quarter, half), day, and optional span of years. */
    private static Deadline repeating(DeadlineKind kind, String year, String endYear, String month, String day) {
        Integer from = blank(year) ? null : year(year, "deadline.form.year");
        Integer to = blank(endYear) ? null : year(endYear, "deadline.form.endYear");
        if (from != null && to != null && to < from) {
            throw new IllegalArgumentException(Texts.get("deadline.form.rangeBackwards", from, to));
        }
        return switch (kind) {
            case YEARLY_BY_DATE -> {
                int m = month(month, 12);
                yield new Deadline(kind, null, from, to, m, day(day, YearMonth.of(2024, m).lengthOfMonth()));
            }
            case YEARLY_BY_MONTH -> new Deadline(kind, null, from, to, month(month, 12));
            case YEARLY_BY_QUARTER -> new Deadline(kind, null, from, to, month(month, 4) * 3);
            case YEARLY_BY_HALF_YEAR -> new Deadline(kind, null, from, to, month(month, 2) * 6);
            default -> new Deadline(kind, null, from, to, null, blank(day) ? null : day(day, 31));
        };
    }

    /** How the deadline prints in the table (its wording, else one made from the structure). */
    public static String preview(Deadline deadline) {
        return deadline == null ? "" : DeadlineText.format(deadline);
    }

    /** The month field for the editor: the quarter (1–4) for a quarter deadline, else the month. */
    public static String monthField(Deadline deadline) {
        if (deadline == null || deadline.month() == null) {
            return "";
        }
        int field = switch (deadline.kind()) {
            case BY_QUARTER, YEARLY_BY_QUARTER -> deadline.month() / 3;
            case BY_HALF_YEAR, YEARLY_BY_HALF_YEAR -> deadline.month() / 6;
            default -> deadline.month();
        };
        return String.valueOf(field);
    }

    /** The day field for the editor. */
    public static String dayField(Deadline deadline) {
        return deadline == null || deadline.day() == null ? "" : String.valueOf(deadline.day());
    }

    /**
     * The hint the editor shows under a deadline that gives no date to judge the work against (null when it does):
     * blank, free text, or depending on an event ("sau khi …").
     */
    public static String undatableHint(Deadline deadline) {
        if (deadline == null) {
            return Texts.get("matrix.deadline.missing");
        }
        return switch (deadline.kind()) {
            case FREE_TEXT -> Texts.get("matrix.deadline.undatable");
            case CONDITIONAL -> Texts.get("matrix.deadline.conditional");
            default -> null;
        };
    }

    /** The deadline's cell in the matrix table: its wording, with a mark under it when it names no date. */
    public static String cell(Deadline deadline) {
        return deadline == null || !deadline.kind().undatable() ? preview(deadline)
                : preview(deadline) + "\n" + Texts.get("matrix.deadline.undatableMark");
    }

    private static int year(String text, String fieldKey) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("(19|20)\\d\\d")) {
            throw new IllegalArgumentException(Texts.get("deadline.form.badYear", Texts.get(fieldKey), s));
        }
        return Integer.parseInt(s);
    }

    private static int month(String text, int max) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("\\d{1,2}") || Integer.parseInt(s) < 1 || Integer.parseInt(s) > max) {
            throw new IllegalArgumentException(Texts.get(switch (max) {
                case 12 -> "deadline.form.badMonth";
                case 4 -> "deadline.form.badQuarter";
                default -> "deadline.form.badHalf";
            }, s));
        }
        return Integer.parseInt(s);
    }

    private static int day(String text, int max) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("\\d{1,2}") || Integer.parseInt(s) < 1 || Integer.parseInt(s) > max) {
            throw new IllegalArgumentException(Texts.get("deadline.form.badDay", s, max));
        }
        return Integer.parseInt(s);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
