package vn.kehoachxa.domain.collect;

import java.time.LocalDate;
import vn.kehoachxa.domain.reporting.PeriodKind;

/**
 * Kỳ báo cáo của gói: the period a package reports on, as the commune's plan defines it — kind, year, index (quarter
 * 1–4, half 1–2, 1 for nine months and year) and the data cut-off dates ("số liệu tính từ … đến …", Decree 09), which
 * may be null in a package from a plan without cut-offs. {@link #iso()} writes it as an ISO 8601 start/duration the way
 * ADX and DHIS2 do, e.g. {@code 2025-12-15/P3M}.
 */
public record PackagePeriod(PeriodKind kind, int year, int index, LocalDate cutoffStart, LocalDate cutoffEnd) {
    public PackagePeriod {
        if (kind == null || year < 2000 || year > 2100 || index < 1 || index > maxIndex(kind)) {
            throw new IllegalArgumentException("bad period " + kind + " " + year + "/" + index);
        }
        if (cutoffStart != null && cutoffEnd != null && cutoffEnd.isBefore(cutoffStart)) {
            throw new IllegalArgumentException("cut-off ends before it starts");
        }
    }

    /** How many months the period spans: 3, 6, 9 or 12. */
    public int months() {
        return switch (kind) {
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case NINE_MONTH -> 9;
            case YEAR -> 12;
        };
    }

    /**
     * The period as ISO 8601 start/duration: the cut-off start when known, else the calendar start of the period
     * (1 April for the second quarter), then {@code /P3M}, {@code /P6M}, {@code /P9M} or {@code /P1Y}.
     */
    public String iso() {
        LocalDate start = cutoffStart != null ? cutoffStart : calendarStart();
        return start + "/" + (kind == PeriodKind.YEAR ? "P1Y" : "P" + months() + "M");
    }

    /** The first day of the period in the calendar (ignoring cut-offs). */
    public LocalDate calendarStart() {
        int firstMonth = switch (kind) {
            case QUARTER -> 3 * (index - 1) + 1;
            case HALF_YEAR -> 6 * (index - 1) + 1;
            case NINE_MONTH, YEAR -> 1;
        };
        return LocalDate.of(year, firstMonth, 1);
    }

    /** The same period identity (kind, year, index) regardless of cut-offs. */
    public boolean samePeriodAs(PackagePeriod other) {
        return other != null && kind == other.kind && year == other.year && index == other.index;
    }

    private static int maxIndex(PeriodKind kind) {
        return switch (kind) {
            case QUARTER -> 4;
            case HALF_YEAR -> 2;
            case NINE_MONTH, YEAR -> 1;
        };
    }
}
