package vn.kehoachxa.export.excel;

import java.math.BigDecimal;
import java.util.Locale;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.Plan;
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

    /** "≥ 97", "> 75,5", "100" (an exact target prints without "="), "4–6", "tăng thêm 10", "toàn dân". */
    static String target(IndicatorTarget target) {
        if (hasText(target.originalText())) {
            return target.originalText().strip();
        }
        return switch (target.kind()) {
            case NUMERIC -> switch (target.comparator()) {
                case EQ -> number(target.value());
                default -> target.comparator().sign() + " " + number(target.value());
            };
            case RANGE -> number(target.value()) + "–" + number(target.upperValue());
            case RELATIVE -> "tăng thêm " + number(target.value());
            case QUALITATIVE -> target.qualitativeText().strip();
        };
    }

    /** "Thường xuyên", "Năm 2027", "Quý I/2026", "Đến tháng 9/2030", "2026-2030"… */
    static String deadline(Deadline deadline) {
        if (hasText(deadline.originalText())) {
            return deadline.originalText().strip();
        }
        Integer year = deadline.year();
        return switch (deadline.kind()) {
            case RECURRING -> "Thường xuyên";
            case YEARLY -> "Hằng năm";
            case BY_YEAR -> year == null ? "" : "Năm " + year;
            case FROM_YEAR -> year == null ? "" : "Từ năm " + year;
            case BY_MONTH -> year == null || deadline.month() == null ? ""
                    : "Đến tháng " + deadline.month() + "/" + year;
            case BY_QUARTER -> year == null || deadline.month() == null ? ""
                    : "Quý " + RomanNumerals.of((deadline.month() + 2) / 3) + "/" + year;
            case YEAR_RANGE -> year == null ? "" : year + (deadline.endYear() == null ? "" : "-" + deadline.endYear());
            case CONDITIONAL, FREE_TEXT -> "";
        };
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
        return "(Kèm theo " + sentenceCase(plan.type().title()) + " số " + number + separator + plan.symbol()
                + " " + date + " của " + issuer(plan) + ")";
    }

    /**
     * The issuing body in running text: "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA" → "Ủy ban nhân dân xã Mường La". Lower-cases
     * everything, then restores the commune's name as the plan spells it and the words official style capitalises.
     */
    static String issuer(Plan plan) {
        String commune = bareCommuneName(plan.communeName());
        if (!hasText(plan.issuingBody())) {
            return commune;
        }
        String text = plan.issuingBody().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (!commune.isEmpty()) {
            text = text.replace(commune.toLowerCase(Locale.ROOT), commune);
        }
        text = text.replace("ban thường vụ", "Ban Thường vụ").replace("đảng", "Đảng");
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String bareCommuneName(String name) {
        if (!hasText(name)) {
            return "";
        }
        String stripped = name.strip();
        for (String word : new String[] {"xã ", "phường ", "đặc khu "}) {
            if (stripped.toLowerCase(Locale.ROOT).startsWith(word)) {
                return stripped.substring(word.length()).strip();
            }
        }
        return stripped;
    }

    /** Vietnamese decimal comma, no trailing zeros: 75.50 → "75,5". */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String sentenceCase(String upper) {
        String lower = upper.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
