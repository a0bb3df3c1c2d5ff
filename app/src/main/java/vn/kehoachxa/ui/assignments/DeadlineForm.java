package vn.kehoachxa.ui.assignments;

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
            case CONDITIONAL, FREE_TEXT -> throw new IllegalArgumentException(
                    Texts.get("deadline.form.needsWording"));
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
        return String.valueOf(deadline.kind() == DeadlineKind.BY_QUARTER ? deadline.month() / 3 : deadline.month());
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
            throw new IllegalArgumentException(Texts.get(max == 12 ? "deadline.form.badMonth"
                    : "deadline.form.badQuarter", s));
        }
        return Integer.parseInt(s);
    }
}
