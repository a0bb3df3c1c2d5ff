package vn.kehoachxa.ui.main;

import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanSummary;

/** How a plan is named in the plan switcher: number-and-symbol, summary, status. */
public final class PlanLabels {
    private static final int SUMMARY_CHARS = 70;

    private PlanLabels() {
    }

    /** "12/KH-UBND — Thực hiện Nghị quyết … — Dự thảo"; a draft without a number says so. */
    public static String of(PlanSummary plan) {
        String number = plan.numberAndSymbol() == null ? "" : plan.numberAndSymbol();
        if (number.startsWith("/") || number.startsWith("-")) {
            number = Texts.get("plan.switcher.noNumber") + number;
        }
        String summary = plan.summary() == null ? "" : plan.summary().strip();
        if (summary.length() > SUMMARY_CHARS) {
            summary = summary.substring(0, SUMMARY_CHARS - 1).strip() + "…";
        }
        return Texts.get("plan.switcher.item", number, summary, Texts.get("plan.status." + plan.status().name()));
    }
}
