package vn.kehoachxa.testsupport;

import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.RowNumbers;

/** Finds matrix rows by the STT they print with, as an official would name them. */
public final class Rows {
    private Rows() {
    }

    /** The first task-matrix row printed with {@code number} ("6", "6.1"). */
    public static AssignmentItem task(PlanDocument doc, String number) {
        RowNumbers numbers = RowNumbers.of(doc);
        return PlanDocument.flatten(doc.taskGroups()).stream().filter(i -> number.equals(numbers.of(i)))
                .findFirst().orElseThrow(() -> new AssertionError("no task row " + number));
    }

    /** The first target-matrix row printed with {@code number}. */
    public static AssignmentItem target(PlanDocument doc, String number) {
        RowNumbers numbers = RowNumbers.of(doc);
        return PlanDocument.flatten(doc.targetGroups()).stream().filter(i -> number.equals(numbers.of(i)))
                .findFirst().orElseThrow(() -> new AssertionError("no target row " + number));
    }
}
