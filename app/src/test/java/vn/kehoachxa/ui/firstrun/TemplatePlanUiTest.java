package vn.kehoachxa.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.testsupport.AppDriver;

class TemplatePlanUiTest {
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
    void firstRunCreatesTheResolution72PlanForTheCommuneAndShowsItsSixTaskGroups() {
        app = new AppDriver(dataDir).start();
        app.waitFor("#nameField");
        app.fx(() -> {
            ((TextInputControl) app.lookup("#nameField").query()).setText("Tân Lập");
            ((TextInputControl) app.lookup("#provinceField").query()).setText("Phú Thọ");
        });
        app.clickOn("#saveProfileButton");
        app.until(() -> app.lookup("#planStep").query().isVisible());
        Label intro = app.lookup("#templateIntro").query();
        app.until(() -> intro.getText().contains("xã Tân Lập"));
        app.screenshot("template-1-plan-choice");
        app.clickOn("#templateButton");

        ComboBox<PlanSummary> switcher = app.waitFor("#planSwitcher");
        app.until(() -> switcher.getValue() != null);
        assertThat(switcher.getValue().communeName()).isEqualTo("xã Tân Lập");
        ListView<String> groups = app.waitFor("#taskGroups");
        app.until(() -> groups.getItems().size() == 6);
        assertThat(groups.getItems().getFirst()).startsWith("I. Đổi mới mạnh mẽ tư duy");
        assertThat(groups.getItems().getLast()).startsWith("VI. Đẩy mạnh phát triển y tế tư nhân");
        assertThat(((Label) app.lookup("#planTitle").query()).getText()).startsWith("xã Tân Lập: ");
        app.screenshot("template-2-dashboard");

        app.stop();
        app = null;
        try (Database db = Database.open(dataDir)) {
            PlanService plans = new PlanService(db);
            PlanDocument doc = plans.load(plans.list().getFirst().id());
            assertThat(doc.plan().issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP");
            assertThat(doc.recipients().getFirst().name()).isEqualTo("UBND tỉnh Phú Thọ");
        }
    }

    @Test
    void newPlanFromTheMenuCopiesTheOpenPlanAsARevision() {
        long original = AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        ComboBox<PlanSummary> switcher = app.waitFor("#planSwitcher");
        app.until(() -> switcher.getValue() != null);
        app.clickOn("Tệp").clickOn("Kế hoạch mới…");
        ComboBox<PlanSummary> source = app.waitFor("#copySource");
        app.until(() -> source.getValue() != null && app.lookup("#copyChoice").query().isVisible());
        app.screenshotOf("template-3-new-plan-dialog", source);
        app.clickOn("#reviseButton");

        app.until(() -> switcher.getItems().size() == 2 && switcher.getValue() != null
                && switcher.getValue().id() != original);
        app.screenshot("template-4-revision-open");
        app.stop();
        app = null;
        try (Database db = Database.open(dataDir)) {
            PlanService plans = new PlanService(db);
            long copy = plans.list().stream().mapToLong(PlanSummary::id).filter(id -> id != original).findFirst()
                    .orElseThrow();
            assertThat(plans.load(copy).plan().revisesPlanId()).isEqualTo(original);
            assertThat(contents(plans.load(copy))).isNotEmpty().isEqualTo(contents(plans.load(original)));
        }
    }

    private static java.util.List<String> contents(PlanDocument doc) {
        return PlanDocument.flatten(doc.taskGroups()).stream().map(t -> t.content()).toList();
    }
}
