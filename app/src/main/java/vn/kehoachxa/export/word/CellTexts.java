package vn.kehoachxa.export.word;

import java.math.BigDecimal;

import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineText;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.TargetText;


/**
 * Cell wording for targets and deadlines: the plan's own wording when it has one, else the domain's printed form.
 */
final class CellTexts {

    private CellTexts() {
    }

    static String target(IndicatorTarget t) {
        return t == null ? "" : TargetText.printed(t);
    }

    static String deadline(Deadline d) {
        return d == null ? "" : DeadlineText.format(d);
    }

    /** {@code 75.50 → "75,5"}: Vietnamese decimal comma, no trailing zeros. */
    static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
