package vn.kehoachxa.ui.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.AssignmentService;
import vn.kehoachxa.testsupport.AppDriver;

class TaskMatrixUiTest {
    @TempDir
    Path dataDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void newTaskWithTwoLeadUnitsAndMonthDeadlineIsSavedAndSurvivesRestart() {
        long planId = AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Phân công nhiệm vụ");
        TreeTableView<MatrixRow> table = app.waitFor("#table");
        app.until(() -> table.getRoot() != null && !table.getRoot().getChildren().isEmpty());
        app.fx(() -> table.getSelectionModel().select(table.getRoot().getChildren().getFirst()));
        app.clickOn("#addRowButton");
        app.until(() -> selected(table) != null && "Nội dung mới".equals(selected(table).content()));
        long id = selected(table).id();

        CheckComboBox<String> leads = app.lookup("#leadUnits").query();
        List<String> two = List.of(leads.getItems().get(0), leads.getItems().get(1));
        app.fx(() -> {
            leads.getCheckModel().check(two.get(0));
            leads.getCheckModel().check(two.get(1));
        });
        app.clickOn("#wordingField").write("Đến tháng 9/2030").type(KeyCode.ENTER);
        app.until(() -> selected(table) != null && selected(table).deadline() != null
                && selected(table).leads().size() == 2);
        app.screenshot("taskmatrix-1-new-task");
        app.stop();

        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Phân công nhiệm vụ");
        TreeTableView<MatrixRow> again = app.waitFor("#table");
        app.until(() -> again.getRoot() != null && !again.getRoot().getChildren().isEmpty());
        app.screenshot("taskmatrix-2-after-restart");
        app.stop();
        app = null;

        try (Database db = Database.open(dataDir)) {
            AssignmentItem saved = PlanDocument.flatten(new AssignmentService(db).groups(planId,
                    TableKind.TASK_MATRIX)).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
            assertThat(saved.leads()).containsExactly(Assignee.unit(two.get(0)), Assignee.unit(two.get(1)));
            assertThat(saved.deadline().kind()).isEqualTo(DeadlineKind.BY_MONTH);
            assertThat(saved.deadline().year()).isEqualTo(2030);
            assertThat(saved.deadline().month()).isEqualTo(9);
            assertThat(saved.deadline().originalText()).isEqualTo("Đến tháng 9/2030");
        }
    }

    private static AssignmentItem selected(TreeTableView<MatrixRow> table) {
        TreeItem<MatrixRow> s = table.getSelectionModel().getSelectedItem();
        return s == null ? null : s.getValue().item();
    }
}
