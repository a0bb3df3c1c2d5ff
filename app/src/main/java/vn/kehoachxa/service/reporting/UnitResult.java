package vn.kehoachxa.service.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.FigureChecks;
import vn.kehoachxa.domain.reporting.FigureFlag;

/**
 * One unit's latest figure for an indicator in a period, from submission version {@code version}; {@code previous}
 * is the unit's figure in the previous period of the same kind (null: none), {@code flags} what
 * {@link FigureChecks} finds odd, and {@code acceptedNote} the official's note accepting this figure (null: none).
 */
public record UnitResult(Unit unit, boolean lead, int version, LocalDate receivedDate, BigDecimal value,
                         String text, String note, BigDecimal previous, List<FigureFlag> flags,
                         String acceptedNote) {
    public UnitResult {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A figure not checked (no previous figure, no flags, nothing accepted). */
    public UnitResult(Unit unit, boolean lead, int version, LocalDate receivedDate, BigDecimal value, String text,
                      String note) {
        this(unit, lead, version, receivedDate, value, text, note, null, List.of(), null);
    }

    /** Whether the figure is out of range and nobody accepted it with a note. */
    public boolean blocked() {
        return FigureChecks.blocking(flags) && acceptedNote == null;
    }
}
