package vn.kehoachxa.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
        assertThat(confirm.getContentText()).contains("Trạm Y tế xã").contains("Có thể hoàn tác bằng Ctrl+Z");
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

    @Test
    void deletingAUnitInAMatrixNamesWhereItIsUsedOffersMergeAndCtrlZPutsEveryReferenceBack() {
        long planId = AppDriver.seedMuongLa(dataDir);
        List<String> leadsBefore = taskLeads(planId);
        assertThat(leadsBefore).contains("Trạm Y tế xã");
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Đơn vị");
        TableView<Unit> table = app.waitFor("#table");
        app.until(() -> table.getItems().stream().anyMatch(u -> u.name().equals("Trạm Y tế xã")));
        Unit health = table.getItems().stream().filter(u -> u.name().equals("Trạm Y tế xã")).findFirst()
                .orElseThrow();
        app.fx(() -> table.getSelectionModel().select(health));

        Button delete = app.lookup("#deleteButton").query();
        Platform.runLater(delete::fire);
        DialogPane inUse = app.waitFor("#unitInUse");
        Label text = app.lookup("#unitInUseText").query();
        assertThat(text.getText()).startsWith("Đơn vị \"Trạm Y tế xã\" chủ trì ").contains("nhiệm vụ",
                "có tên trong danh sách đơn vị của 1 kế hoạch", "gộp vào một đơn vị khác");
        ComboBox<Unit> target = app.lookup("#inUseMergeTarget").query();
        app.fx(() -> target.setValue(target.getItems().stream()
                .filter(u -> u.name().equals("Phòng Văn hoá - Xã hội")).findFirst().orElseThrow()));
        app.screenshotOf("units-4-delete-used-unit-offers-merge", inUse);
        Button merge = (Button) inUse.lookup("#inUseMerge");
        Platform.runLater(merge::fire);
        app.until(() -> table.getItems().stream().noneMatch(u -> u.id().equals(health.id())));
        app.screenshot("units-5-merged-from-delete");

        app.clickOn(table);
        app.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.until(() -> table.getItems().contains(health));
        Label message = app.lookup("#message").query();
        app.until(() -> message.getText().equals("Đã hoàn tác: Gộp đơn vị."));
        app.screenshot("units-6-merge-undone");
        app.stop();
        app = null;
        assertThat(taskLeads(planId)).isEqualTo(leadsBefore);
    }

    private List<String> taskLeads(long planId) {
        try (Database db = Database.open(dataDir)) {
            PlanDocument doc = new PlanService(db).load(planId);
            return PlanDocument.flatten(doc.taskGroups()).stream().flatMap(t -> t.leads().stream())
                    .map(Assignee::name).toList();
        }
    }
}
