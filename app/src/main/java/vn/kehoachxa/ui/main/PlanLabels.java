package vn.kehoachxa.ui.main;

import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanSummary;

/** How a plan is named in the plan switcher: type, number-and-symbol, commune, summary, status. */
public final class PlanLabels {
    private static final int SUMMARY_CHARS = 70;

    private PlanLabels() {
    }

    /**
     * "Kế hoạch 12/KH-UBND (Mường La) — Thực hiện Nghị quyết … — Dự thảo": a data folder can hold several communes'
     * plans (a sample, a plan received from elsewhere), so the commune is named; a draft without a number says so.
     */
    public static String of(PlanSummary plan) {
        String number = plan.numberAndSymbol() == null ? "" : plan.numberAndSymbol();
        if (number.startsWith("/") || number.startsWith("-")) {
            number = Texts.get("plan.switcher.noNumber") + number;
        }
        String summary = plan.summary() == null ? "" : plan.summary().strip();
        if (summary.length() > SUMMARY_CHARS) {
            summary = summary.substring(0, SUMMARY_CHARS - 1).strip() + "…";
        }
        String status = Texts.get("plan.status." + plan.status().name());
        if (plan.typeName() == null || plan.communeName() == null || plan.communeName().isBlank()) {
            return Texts.get("plan.switcher.item", number, summary, status);
        }
        // After the type name the number reads on in the sentence: "Kế hoạch số …/KH-UBND".
        String inLine = number.startsWith(Texts.get("plan.switcher.noNumber"))
                ? number.substring(0, 1).toLowerCase(Texts.LOCALE) + number.substring(1) : number;
        return Texts.get("plan.switcher.line", plan.typeName(), inLine, plan.communeName().strip(), summary, status);
    }
}
