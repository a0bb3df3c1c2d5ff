package vn.kehoachxa.ui.main;

import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanSummary;

/** How a plan is named in the plan switcher: type, number-and-symbol, commune, summary, status. */
public final class PlanLabels {
    /** The longest line: what fits the switcher at 1024 px wide with the largest text. */
    private static final int LINE_CHARS = 93;
    /** The summary keeps at least this much, however long the rest of the line. */
    private static final int MIN_SUMMARY_CHARS = 24;

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
        String status = Texts.get("plan.status." + plan.status().name());
        if (plan.typeName() == null || plan.communeName() == null || plan.communeName().isBlank()) {
            String line = Texts.get("plan.switcher.item", number, "", status);
            return Texts.get("plan.switcher.item", number, shortened(summary, line), status);
        }
        // After the type name the number reads on in the sentence: "Kế hoạch số …/KH-UBND".
        String inLine = number.startsWith(Texts.get("plan.switcher.noNumber"))
                ? number.substring(0, 1).toLowerCase(Texts.LOCALE) + number.substring(1) : number;
        String commune = plan.communeName().strip();
        String line = Texts.get("plan.switcher.line", plan.typeName(), inLine, commune, "", status);
        return Texts.get("plan.switcher.line", plan.typeName(), inLine, commune, shortened(summary, line), status);
    }

    /** {@code summary} cut with "…" so that the whole line (the rest of it is {@code rest}) fits. */
    private static String shortened(String summary, String rest) {
        int room = Math.max(MIN_SUMMARY_CHARS, LINE_CHARS - rest.length());
        return summary.length() <= room ? summary : summary.substring(0, room - 1).strip() + "…";
    }
}
