package vn.kehoachxa.service.reporting;

import java.math.BigDecimal;
import java.util.List;
import vn.kehoachxa.domain.reporting.FigureChecks;
import vn.kehoachxa.domain.reporting.FigureFlag;

/**
 * A figure of a returned form that {@link FigureChecks} flags: the indicator, the cell it came from, the figure and
 * the unit's figure of the previous period, the flags, and the note accepting it (null: not accepted yet).
 */
public record FlaggedFigure(long indicatorId, String indicatorName, String unitOfMeasure, String cell,
                            BigDecimal value, BigDecimal previous, List<FigureFlag> flags, String acceptedNote) {
    public FlaggedFigure {
        flags = List.copyOf(flags);
    }

    /** Whether the figure keeps its file out until the official accepts it with a note. */
    public boolean needsNote() {
        return FigureChecks.blocking(flags) && (acceptedNote == null || acceptedNote.isBlank());
    }

    /** The same figure accepted with {@code note}. */
    public FlaggedFigure accepted(String note) {
        return new FlaggedFigure(indicatorId, indicatorName, unitOfMeasure, cell, value, previous, flags, note);
    }
}
