package vn.kehoachxa.domain.collect;

import java.math.BigDecimal;
import java.util.List;

/**
 * Chỉ tiêu tổng hợp toàn tỉnh: one indicator (by code) over the communes whose package in force reports it —
 * {@code total} by {@link Aggregation} (null when no commune gave a figure), how many communes gave a figure
 * ({@code reporting}), how many were judged against a target ({@code judged}: DAT, VUOT or CHUA_DAT) and how many
 * met it ({@code met}), and the per-commune breakdown in commune order.
 */
public record ConsolidatedIndicator(String code, String name, String unitOfMeasure, Aggregation aggregation,
                                    BigDecimal total, int reporting, int judged, int met,
                                    List<CommuneFigure> breakdown) {
    public ConsolidatedIndicator {
        breakdown = List.copyOf(breakdown);
    }

    /** The share of judged communes that met the target, 0–1; null when none was judged. */
    public Double shareMet() {
        return judged == 0 ? null : (double) met / judged;
    }
}
