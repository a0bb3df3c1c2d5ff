package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.reporting.AssignedItem;
import vn.kehoachxa.service.reporting.PlanAssignments;
import vn.kehoachxa.testsupport.ScaledPlans;

/**
 * The forms' content fingerprint, stored with each period's form issue, is the same text as before it walked units ×
 * rows through a map (decision 0041): a different text would re-issue every period's forms as a new version.
 */
class FormFingerprintTest {
    @TempDir
    Path dir;

    @Test
    void theFingerprintIsTheTextOfEveryUnitsRoleOnEveryRow() {
        try (Database db = Database.open(dir)) {
            long planId = new PlanService(db).create(ScaledPlans.muongLaTimes(2));
            PlanAssignments plan = db.read(store -> ReportingService.assignments(store, planId));
            assertThat(plan.reportingUnits()).hasSizeGreaterThan(1);

            assertThat(UnitFormService.contentFingerprint(plan)).isEqualTo(byRoleOnEachPair(plan));
        }
    }

    /** The fingerprint as it was computed before: {@link PlanAssignments#roleOn} asked for every unit and row. */
    private static String byRoleOnEachPair(PlanAssignments plan) {
        StringBuilder sb = new StringBuilder();
        for (AssignedItem i : plan.allItems()) {
            sb.append(i.item().id()).append('|').append(i.item().content()).append('|')
                    .append(i.item().deadline()).append('|').append(plan.leadsOfItem(i.item().id())).append('\n');
        }
        for (Unit u : plan.reportingUnits()) {
            sb.append(u.id()).append('|').append(u.name()).append('\n');
            plan.allItems().forEach(i -> sb.append(plan.roleOn(i.item().id(), u.id())).append(','));
        }
        plan.document().indicators().forEach(ind -> sb.append(ind.id()).append('|').append(ind.code()).append('|')
                .append(ind.name()).append('|').append(ind.targets()).append('|')
                .append(plan.leadsOfIndicator(ind.id())).append('\n'));
        return Fingerprints.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
