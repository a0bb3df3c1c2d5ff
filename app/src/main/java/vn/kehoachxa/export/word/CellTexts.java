package vn.kehoachxa.export.word;

import java.math.BigDecimal;

import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.text.RomanNumerals;

/**
 * Cell wording for targets and deadlines: the plan's own wording when it has one, else a plain form built from the
 * structured fields. Deliberately small; the full formatters live in the domain.
 */
final class CellTexts {

    private CellTexts() {
    }

    static String target(IndicatorTarget t) {
        if (t == null) {
            return "";
        }
        if (!LayoutTexts.blank(t.originalText())) {
            return t.originalText().strip();
        }
        return switch (t.kind()) {
            case NUMERIC -> t.comparator().sign() + " " + decimal(t.value());
            case RANGE -> decimal(t.value()) + " - " + decimal(t.upperValue());
            case RELATIVE -> "tăng thêm " + (t.comparator() == null ? "" : t.comparator().sign() + " ")
                    + decimal(t.value());
            case QUALITATIVE -> t.qualitativeText().strip();
        };
    }

    static String deadline(Deadline d) {
        if (d == null) {
            return "";
        }
        if (!LayoutTexts.blank(d.originalText())) {
            return d.originalText().strip();
        }
        return switch (d.kind()) {
            case RECURRING -> "Thường xuyên";
            case YEARLY -> "Hằng năm";
            case BY_YEAR -> d.year() == null ? "" : "Năm " + d.year();
            case FROM_YEAR -> d.year() == null ? "" : "Từ năm " + d.year();
            case BY_MONTH -> d.month() == null || d.year() == null ? "" : "Đến tháng " + d.month() + "/" + d.year();
            case BY_QUARTER -> d.month() == null || d.year() == null ? ""
                    : "Quý " + RomanNumerals.of((d.month() + 2) / 3) + "/" + d.year();
            case YEAR_RANGE -> d.year() == null ? "" : d.year() + (d.endYear() == null ? "" : "-" + d.endYear());
            case CONDITIONAL, FREE_TEXT -> "";
        };
    }

    /** {@code 75.50 → "75,5"}: Vietnamese decimal comma, no trailing zeros. */
    static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
