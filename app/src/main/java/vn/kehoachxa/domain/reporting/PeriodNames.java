package vn.kehoachxa.domain.reporting;

import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.RomanNumerals;

/**
 * Tên kỳ báo cáo: Vietnamese names of reporting periods ("quý I năm 2026", "6 tháng đầu năm 2026", "6 tháng cuối năm
 * 2026", "9 tháng năm 2026", "năm 2026") and short codes for file names and hidden form fields ("Q1-2026", "6T1-2026",
 * "6T2-2026", "9T-2026", "N-2026").
 */
public final class PeriodNames {
    private PeriodNames() {
    }

    /** The name as a report title uses it, lower-case first letter: "quý I năm 2026". */
    public static String name(PeriodKind kind, int year, int index) {
        ReportingCalendar.lastMonth(kind, index);
        String y = String.valueOf(year);
        return switch (kind) {
            case QUARTER -> Texts.get("period.quarter", RomanNumerals.of(index), y);
            case HALF_YEAR -> Texts.get(index == 1 ? "period.firstHalf" : "period.secondHalf", y);
            case NINE_MONTH -> Texts.get("period.nineMonths", y);
            case YEAR -> Texts.get("period.year", y);
        };
    }

    /** The name of {@code period}. */
    public static String name(ReportingPeriod period) {
        return name(period.kind(), period.year(), period.index());
    }

    /** The short code: "Q1-2026", "6T1-2026", "9T-2026", "N-2026". */
    public static String shortCode(PeriodKind kind, int year, int index) {
        ReportingCalendar.lastMonth(kind, index);
        return switch (kind) {
            case QUARTER -> "Q" + index;
            case HALF_YEAR -> "6T" + index;
            case NINE_MONTH -> "9T";
            case YEAR -> "N";
        } + "-" + year;
    }

    /** The short code of {@code period}. */
    public static String shortCode(ReportingPeriod period) {
        return shortCode(period.kind(), period.year(), period.index());
    }
}
