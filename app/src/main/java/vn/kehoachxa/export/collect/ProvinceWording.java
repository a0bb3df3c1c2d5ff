package vn.kehoachxa.export.collect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.Aggregation;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.reporting.PeriodNames;

/**
 * Wording shared by the province's workbook and report: the period's name, receipt states, how an indicator is added
 * up, times in the office's zone and figures as Vietnamese print them ("1.234,5"), so both documents say the same.
 */
final class ProvinceWording {
    private static final Locale VI = Texts.LOCALE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ProvinceWording() {
    }

    /** "quý I năm 2026". */
    static String period(PackagePeriod p) {
        return PeriodNames.name(p.kind(), p.year(), p.index());
    }

    /** "Đúng hạn", "Nộp muộn", "Chưa nộp". */
    static String state(ReceiptState state) {
        return Texts.get("provexport.state." + state.name());
    }

    /** "Tổng", "Bình quân", "Số xã báo cáo". */
    static String aggregation(Aggregation aggregation) {
        return Texts.get("provexport.aggregation." + aggregation.name());
    }

    /** "18/03/2026 09:30" in {@code zone}, or "" for no time. */
    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /**
     * A consolidated figure for a sheet cell: at most two decimals (a mean of rates has many), trailing zeros off.
     */
    static BigDecimal rounded(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal r = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** A figure in running text: "1.234,5" (Vietnamese separators), "" for none. */
    static String figure(BigDecimal value) {
        if (value == null) {
            return "";
        }
        java.text.DecimalFormat format = (java.text.DecimalFormat) java.text.NumberFormat.getNumberInstance(VI);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A share 0–1 as "85,7%", "" for none. */
    static String percent(Double share) {
        if (share == null) {
            return "";
        }
        return figure(BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP)) + "%";
    }
}
