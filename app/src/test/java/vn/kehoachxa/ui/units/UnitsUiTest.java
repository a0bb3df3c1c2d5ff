package vn.kehoachxa.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.testsupport.AppDriver;

class UnitsUiTest {
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
    void mergingTwoUnitsMovesEveryAssignmentToTheRemainingOne() {
        long planId = AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Đơn vị");
        TableView<Unit> table = app.waitFor("#table");
        app.until(() -> table.getItems().stream().anyMatch(u -> u.name().equals("Trạm Y tế xã")));
        javafx.scene.control.TextField newName = app.lookup("#newNameField").query();
        app.fx(() -> newName.setText("Trạm Y tế"));
        app.clickOn("#addButton");
        app.until(() -> table.getItems().stream().anyMatch(u -> u.name().equals("Trạm Y tế")));
        app.fx(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(u -> u.name().equals("Trạm Y tế xã")).findFirst().orElseThrow()));
        ComboBox<Unit> target = app.lookup("#mergeTarget").query();
        app.fx(() -> target.setValue(target.getItems().stream().filter(u -> u.name().equals("Trạm Y tế"))
                .findFirst().orElseThrow()));
        app.screenshot("units-1-before-merge");

        app.clickOn("#mergeButton");
        javafx.scene.control.DialogPane confirm = app.waitFor("#mergeConfirm");
        assertThat(confirm.getContentText()).contains("Trạm Y tế xã").contains("không hoàn tác");
        app.screenshotOf("units-2a-merge-confirmation", confirm);
        app.clickOn((javafx.scene.Node) confirm.lookupButton(confirm.getButtonTypes().getFirst()));
        app.until(() -> table.getItems().stream().noneMatch(u -> u.name().equals("Trạm Y tế xã")));
        app.screenshot("units-2-after-merge");

        app.fx(() -> newName.setText("Phòng Văn hóa - Xã hội"));
        javafx.scene.control.Label message = app.lookup("#message").query();
        assertThat(message.getText()).contains("Phòng Văn hoá - Xã hội");
        app.screenshot("units-3-same-name-by-tone-mark");
        app.stop();
        app = null;
        try (Database db = Database.open(dataDir)) {
            PlanDocument doc = new PlanService(db).load(planId);
            var leads = PlanDocument.flatten(doc.taskGroups()).stream()
                    .flatMap(t -> t.leads().stream()).map(Assignee::name).toList();
            assertThat(leads).contains("Trạm Y tế").doesNotContain("Trạm Y tế xã");
        }
    }
}
