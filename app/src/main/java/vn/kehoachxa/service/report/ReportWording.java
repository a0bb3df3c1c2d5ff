package vn.kehoachxa.service.report;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.PeriodNames;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.text.RomanNumerals;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.domain.text.VietnameseNumbers;

/** Cách viết trong báo cáo: the small phrases a periodic report repeats (citations, figures, period names). */
public final class ReportWording {
    private static final Locale VI = Locale.of("vi", "VN");

    private ReportWording() {
    }

    /** "Kế hoạch số 12/KH-UBND ngày 05/01/2026"; a draft plan without number prints "…/KH-UBND". */
    public static String planCitation(Plan plan) {
        // The plan's printed type name ("Chương trình hành động"), as its own title and appendices say it.
        String type = vn.kehoachxa.domain.plan.TypeNames.inWords(plan);
        String number = plan.number() == null || plan.number().isBlank() ? "…" : plan.number().strip();
        String separator = plan.family() == DocumentFamily.PARTY ? "-" : "/";
        String date = plan.issueDate() == null ? "" : " ngày " + VietnameseDates.shortDate(plan.issueDate());
        return type + " số " + number + separator + plan.symbol() + date;
    }

    /** "UBND xã Mường La" or "Đảng ủy xã Mường La": who reports, in running text. */
    public static String reporter(Plan plan) {
        String commune = plan.communeName() == null ? "" : plan.communeName().strip();
        return (plan.family() == DocumentFamily.PARTY ? "Đảng ủy " : "UBND ") + commune;
    }

    /** The report's symbol from the plan's: {@code KH-UBND → BC-UBND}, {@code CTr/ĐU → BC/ĐU}. */
    public static String reportSymbol(String planSymbol) {
        if (planSymbol == null || planSymbol.isBlank()) {
            return "BC";
        }
        return planSymbol.strip().replaceFirst("^[^-/]+", "BC");
    }

    /** "quý I/2026" for a quarter, else the period's name ("6 tháng đầu năm 2026", "năm 2026"). */
    public static String shortPeriod(ReportingPeriod p) {
        return p.kind() == PeriodKind.QUARTER ? "quý " + RomanNumerals.of(p.index()) + "/" + p.year()
                : PeriodNames.name(p);
    }

    /** A figure with its unit: "96,5%", "75,5 tuổi". */
    public static String figure(BigDecimal value, String unit) {
        return VietnameseNumbers.format(value) + unit(unit);
    }

    /** A target with its unit: "> 95%", "tăng thêm 10%", "4–6 bác sĩ", the words of a qualitative target. */
    public static String target(IndicatorTarget t, String unit) {
        return TargetText.withUnit(t, unit);
    }

    private static String unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        return unit.strip().equals("%") ? "%" : " " + unit.strip();
    }

    /** Ends a sentence with a full stop unless it already ends with punctuation. */
    public static String sentence(String text) {
        String s = text.strip();
        return s.isEmpty() || ".;:!?".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".";
    }

    /** "Mường La" → "Muong-La": the name without marks, for file names any computer and mail server accept. */
    public static String ascii(String text) {
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
