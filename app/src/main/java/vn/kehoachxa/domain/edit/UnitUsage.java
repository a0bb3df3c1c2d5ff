package vn.kehoachxa.domain.edit;

import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.Texts;

/**
 * Where a unit (đơn vị) is used, counted per place, so that deleting it can be refused with a sentence naming each
 * place ("chủ trì 3 nhiệm vụ, phối hợp 5 nhiệm vụ, có 4 lần báo cáo trong 3 kỳ…") instead of a constraint error.
 *
 * @param unitName    the unit's name, for the sentence
 * @param tasks       rows of the task matrix (Phân công nhiệm vụ) it leads or cooperates on
 * @param targets     rows of the target matrix (Phân công thực hiện các mục tiêu)
 * @param indicators  indicators (chỉ tiêu) it leads or cooperates on
 * @param plans       plans that list it among their units
 * @param submissions its reports (each version counts), in {@code periods} reporting periods
 * @param periods     distinct reporting periods of those reports
 * @param results     indicator results in those reports
 * @param progress    task progress entries in those reports
 */
public record UnitUsage(String unitName, Roles tasks, Roles targets, Roles indicators, int plans, int submissions,
                        int periods, int results, int progress) {
    /** How many rows name the unit as lead (chủ trì) and as cooperating (phối hợp). */
    public record Roles(int lead, int cooperating) {
        /** Nowhere. */
        public static final Roles NONE = new Roles(0, 0);
    }

    /** Whether anything refers to the unit, so it cannot simply be deleted. */
    public boolean any() {
        return tasks.lead() + tasks.cooperating() + targets.lead() + targets.cooperating() + indicators.lead()
                + indicators.cooperating() + plans + submissions > 0;
    }

    /** The places in one Vietnamese sentence: "Đơn vị "X" chủ trì 3 nhiệm vụ, phối hợp 5 nhiệm vụ, …". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        roles(parts, tasks, "tasks");
        roles(parts, targets, "targets");
        roles(parts, indicators, "indicators");
        if (submissions > 0) {
            parts.add(Texts.get("unit.usage.reports", submissions, periods, results, progress));
        }
        if (plans > 0) {
            parts.add(Texts.get("unit.usage.plans", plans));
        }
        return Texts.get("unit.usage", unitName, String.join(", ", parts));
    }

    private static void roles(List<String> parts, Roles roles, String what) {
        if (roles.lead() > 0) {
            parts.add(Texts.get("unit.usage.lead." + what, roles.lead()));
        }
        if (roles.cooperating() > 0) {
            parts.add(Texts.get("unit.usage.cooperating." + what, roles.cooperating()));
        }
    }
}
