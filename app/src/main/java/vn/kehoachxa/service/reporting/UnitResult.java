package vn.kehoachxa.service.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.kehoachxa.domain.plan.Unit;

/** One unit's latest figure for an indicator in a period, from submission version {@code version}. */
public record UnitResult(Unit unit, boolean lead, int version, LocalDate receivedDate, BigDecimal value,
                         String text, String note) {
}
