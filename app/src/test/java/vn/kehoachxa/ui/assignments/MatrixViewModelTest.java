package vn.kehoachxa.ui.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.AssignmentService;
import vn.kehoachxa.testsupport.ReportedPlans;
import vn.kehoachxa.testsupport.Reports;
import vn.kehoachxa.testsupport.Rows;

/** The Phân công nhiệm vụ screen's edit history on a real database, without JavaFX. */
class MatrixViewModelTest {
    @TempDir
    Path dir;
    Database db;
    MatrixViewModel model;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        planId = ReportedPlans.muongLaWithReports(db);
        model = new MatrixViewModel(new AssignmentService(db), TableKind.TASK_MATRIX);
        model.open(planId);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void renameThenDeleteThenUndoTwiceGivesBackTheRow() throws Exception {
        PlanDocument before = document();
        AssignmentItem six = row("6");

        model.save(MatrixViewModel.with(six, "Nội dung mới", six.leads(), six.cooperating(), six.deadline()));
        model.delete(six.id());
        model.undoLast();
        model.undoLast();

        assertThat(document()).isEqualTo(before);
    }

    @Test
    void deletingARowWithProgressThenUndoBringsBackTheProgressWithItsIds() throws Exception {
        var progress = Reports.progress(db, planId);

        model.delete(row("6").id());
        model.undoLast();

        assertThat(Reports.progress(db, planId)).isEqualTo(progress).hasSize(2);
    }

    @Test
    void moveThenDeleteThenUndoTwiceThenRedoTwice() throws Exception {
        PlanDocument before = document();
        long id = row("6.1").id();

        assertThat(model.move(id, 1)).isTrue();
        PlanDocument moved = document();
        model.delete(id);
        model.undoLast();
        model.undoLast();
        assertThat(document()).isEqualTo(before);
        model.redoLast();
        assertThat(document()).isEqualTo(moved);
        model.redoLast();

        assertThat(model.find(id)).isEmpty();
    }

    private AssignmentItem row(String label) {
        return Rows.task(document(), label);
    }

    private PlanDocument document() {
        return db.read(store -> store.documents().load(planId));
    }
}
