package vn.kehoachxa.service.reporting;

import java.math.BigDecimal;

/** A unit's figure the official accepted with a note; it holds while the unit's figure is still {@code value}. */
public record AcceptedFigure(BigDecimal value, String note) {
    /** Whether this acceptance covers {@code figure} (the same number, whatever its scale). */
    public boolean covers(BigDecimal figure) {
        return figure != null && value.compareTo(figure) == 0;
    }
}
