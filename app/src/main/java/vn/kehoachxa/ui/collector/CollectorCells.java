package vn.kehoachxa.ui.collector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.Aggregation;
import vn.kehoachxa.domain.collect.ConsolidatedIndicator;
import vn.kehoachxa.domain.text.VietnameseNumbers;

/** How the collector's tables write dates, times (in the PC's zone), totals and shares. */
final class CollectorCells {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private CollectorCells() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** A UTC instant of the database as the PC's local time. */
    static String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(ZoneId.systemDefault()));
    }

    /** A figure with a decimal comma; a mean to two decimals (its full digits are only a division's). */
    static String number(BigDecimal v, boolean mean) {
        return v == null ? "" : VietnameseNumbers.format(mean ? v.setScale(2, RoundingMode.HALF_UP) : v);
    }

    static String total(ConsolidatedIndicator i) {
        return number(i.total(), i.aggregation() == Aggregation.MEAN);
    }

    static String met(ConsolidatedIndicator i) {
        return i.judged() == 0 ? "" : i.met() + " / " + i.judged();
    }

    /** The share of judged communes that met the target, "47,1 %"; blank when none was judged. */
    static String share(ConsolidatedIndicator i) {
        Double share = i.shareMet();
        return share == null ? "" : VietnameseNumbers.format(BigDecimal.valueOf(share * 100)
                .setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    static String aggregation(Aggregation a) {
        return Texts.get("collectorui.aggregation." + a.name());
    }
}
