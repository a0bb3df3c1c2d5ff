package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.edit.Reported;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.testsupport.ReportedPlans;
import vn.kehoachxa.testsupport.Reports;
import vn.kehoachxa.testsupport.Rows;

class AssignmentServiceTest {
    @TempDir
    Path dir;
    Database db;
    AssignmentService assignments;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        assignments = new AssignmentService(db);
        planId = ReportedPlans.muongLaWithReports(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void deletingARowWithProgressReturnsItAndRestoringBringsBackTheSameIds() {
        PlanDocument before = document();
        var progress = Reports.progress(db, planId);
        long sixOne = rowLabelled("6.1").id();

        Removal removal = assignments.delete(sixOne);
        assertThat(removal.reported()).isEqualTo(new Reported(2, 1, 1));
        assertThat(Reports.progress(db, planId)).isEmpty();
        assignments.restore(removal);

        assertThat(document()).isEqualTo(before);
        assertThat(Reports.progress(db, planId)).isEqualTo(progress).hasSize(2);
    }

    @Test
    void deletingTheParentRowTakesTheSubRowsProgressAndGivesItBack() {
        PlanDocument before = document();
        long six = rowLabelled("6").id();

        assertThat(assignments.reported(six)).isEqualTo(new Reported(2, 1, 1));
        Removal removal = assignments.delete(six);
        assignments.restore(removal);

        assertThat(document()).isEqualTo(before);
        assertThat(Reports.progress(db, planId)).hasSize(2);
    }

    @Test
    void restoringADeletedGroupPutsItBackInItsPlace() {
        PlanDocument before = document();
        AssignmentGroup second = assignments.groups(planId, TableKind.TASK_MATRIX).get(1);

        assignments.restore(assignments.deleteGroup(second.id()));

        assertThat(document()).isEqualTo(before);
    }

    private AssignmentItem rowLabelled(String label) {
        return Rows.task(document(), label);
    }

    private PlanDocument document() {
        return db.read(store -> store.documents().load(planId));
    }
}
