package vn.kehoachxa.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.OutlineService;
import vn.kehoachxa.testsupport.Ids;
import vn.kehoachxa.testsupport.ReportedPlans;

/** The outline's edit history: steps recorded before a delete still find their section after it is undone. */
class OutlineViewModelTest {
    @TempDir
    Path dir;
    Database db;
    OutlineService outline;
    OutlineViewModel model;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        planId = ReportedPlans.muongLaWithReports(db);
        outline = new OutlineService(db);
        model = new OutlineViewModel(outline);
        model.open(planId);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void renameThenDeleteThenUndoTwiceGivesBackTheOutline() throws Exception {
        List<Section> before = outline.tree(planId);
        long id = before.get(1).id();

        model.rename(id, "Tên mới");
        model.delete(id);
        model.undoLast();
        model.undoLast();

        assertThat(strip(outline.tree(planId))).isEqualTo(strip(before));
    }

    @Test
    void moveThenDeleteThenUndoTwiceThenRedoTwice() throws Exception {
        List<Section> before = outline.tree(planId);
        long id = before.get(0).id();

        assertThat(model.moveDown(id)).isTrue();
        model.delete(id);
        model.undoLast();
        model.undoLast();
        assertThat(strip(outline.tree(planId))).isEqualTo(strip(before));
        model.redoLast();
        model.redoLast();

        assertThat(outline.tree(planId)).hasSize(before.size() - 1);
    }

    private static List<Section> strip(List<Section> tree) {
        return Ids.sections(tree);
    }
}
