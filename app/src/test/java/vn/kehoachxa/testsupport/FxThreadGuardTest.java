package vn.kehoachxa.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoachxa.service.Workspace;
import vn.kehoachxa.ui.assignments.TaskMatrixController;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.AppSettings;

/** The guard itself: it must see a change made on another thread, and stay quiet about changes on the FX thread. */
class FxThreadGuardTest {
    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Stands in for a screen's view model. */
    public static final class SampleViewModel {
        private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
        private final ObservableList<String> rows = FXCollections.observableArrayList();

        public BooleanProperty busyProperty() {
            return busy;
        }

        public ObservableList<String> rows() {
            return rows;
        }
    }

    @Test
    void aChangeOnAnotherThreadIsCaughtWithItsPropertyAndThread() throws Exception {
        FxThreadGuard guard = new FxThreadGuard();
        SampleViewModel model = new SampleViewModel();
        WaitForAsyncUtils.asyncFx(() -> guard.watchModel(model)).get();

        Thread worker = new Thread(() -> model.busyProperty().set(true), "worker-1");
        worker.start();
        worker.join();

        assertThat(guard.offThreadChanges()).singleElement().asString()
                .contains("SampleViewModel.busyProperty()").contains("worker-1");
        assertThatThrownBy(guard::assertNoOffThreadChanges).isInstanceOf(AssertionError.class)
                .hasMessageContaining("busyProperty");
    }

    @Test
    void aListChangedOffTheFxThreadIsCaught() throws Exception {
        FxThreadGuard guard = new FxThreadGuard();
        SampleViewModel model = new SampleViewModel();
        WaitForAsyncUtils.asyncFx(() -> guard.watchModel(model)).get();

        Thread worker = new Thread(() -> model.rows().add("hàng 1"), "worker-2");
        worker.start();
        worker.join();

        assertThat(guard.offThreadChanges()).singleElement().asString().contains("rows()").contains("worker-2");
    }

    @Test
    void aRealScreensViewModelAndSharedStateAreFoundThroughTheControllersFields(@TempDir Path dir)
            throws Exception {
        FxThreadGuard guard = new FxThreadGuard();
        ExecutorService executor = AppContext.newExecutor();
        ExecutorService files = AppContext.newFileExecutor();
        try (Workspace workspace = Workspace.open(dir);
             AppContext ctx = new AppContext(executor, files, AppSettings.load(dir))) {
            TaskMatrixController controller = new TaskMatrixController(ctx, workspace.assignments(),
                    workspace.plans(), workspace.units());
            WaitForAsyncUtils.asyncFx(() -> guard.watchController(controller)).get();
            assertThat(guard.watched()).contains("MatrixViewModel", "RowsState", "HistoryState", "AppContext");

            Thread worker = new Thread(() -> ctx.setCurrentPlanId(7L), "worker-3");
            worker.start();
            worker.join();

            assertThat(guard.offThreadChanges()).singleElement().asString()
                    .contains("AppContext.currentPlanIdProperty()").contains("worker-3");
        }
    }

    @Test
    void changesOnTheFxThreadPass() throws Exception {
        FxThreadGuard guard = new FxThreadGuard();
        SampleViewModel model = new SampleViewModel();
        WaitForAsyncUtils.asyncFx(() -> {
            guard.watchModel(model);
            model.busyProperty().set(true);
            model.rows().add("hàng 1");
        }).get();

        guard.assertNoOffThreadChanges();
        assertThat(guard.offThreadChanges()).isEmpty();
    }
}
