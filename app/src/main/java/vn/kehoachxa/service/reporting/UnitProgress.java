package vn.kehoachxa.service.reporting;

import java.time.LocalDate;
import vn.kehoachxa.domain.plan.AssigneeRole;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.ProgressStatus;

/**
 * One unit's latest word on a matrix row in a period, from submission version {@code version}; {@code completedOn}
 * is the actual completion date it gave (null: not given).
 */
public record UnitProgress(Unit unit, AssigneeRole role, int version, LocalDate receivedDate, ProgressStatus status,
                           String resultText, String difficulties, String proposals, LocalDate completedOn) {
}
