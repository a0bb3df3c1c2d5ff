package vn.kehoachxa.export.excel;

import java.math.BigDecimal;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineText;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.IssuerNames;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.TypeNames;
import vn.kehoachxa.domain.text.RomanNumerals;
import vn.kehoachxa.domain.text.VietnameseDates;

/**
 * The printed wording of targets, deadlines and the "(Kèm theo …)" line. A target or deadline prints its original
 * wording when the plan has one; the simple forms here only cover values typed into the app without wording.
 */
final class FallbackWording {
    private static final String DOTS = "......";

    private FallbackWording() {
    }

    /** The target as printed: the plan's wording, else the domain's printed form ("≥ 97", "4–6"). */
    static String target(IndicatorTarget target) {
        return TargetText.printed(target);
    }

    /** The deadline as printed: the plan's wording, else the domain's printed form ("Quý I/2026"). */
    static String deadline(Deadline deadline) {
        return DeadlineText.format(deadline);
    }

    /**
     * "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân xã Mường La)"; a draft's
     * missing number and date print as dotted blanks that are filled in by hand when the plan is issued.
     */
    static String attachedTo(Plan plan) {
        String separator = plan.family() == DocumentFamily.PARTY ? "-" : "/";
        String number = hasText(plan.number()) ? plan.number().strip() : DOTS;
        String date = plan.issueDate() != null ? VietnameseDates.longDate(plan.issueDate(), null)
                : "ngày " + DOTS + " tháng " + DOTS + " năm " + DOTS;
        return "(Kèm theo " + TypeNames.inWords(plan) + " số " + number + separator + plan.symbol()
                + " " + date + " của " + issuer(plan) + ")";
    }

    /** The issuer in running text: "Ủy ban nhân dân xã Mường La" (see {@link IssuerNames#inWords}). */
    static String issuer(Plan plan) {
        return IssuerNames.inWords(plan);
    }

    /** Vietnamese decimal comma, no trailing zeros: 75.50 → "75,5". */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
