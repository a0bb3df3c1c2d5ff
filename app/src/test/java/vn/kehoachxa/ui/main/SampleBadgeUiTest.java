package vn.kehoachxa.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.UnitService;
import vn.kehoachxa.testsupport.AppDriver;

/** An opened sample is marked "Mẫu – chỉ để xem thử" beside the switcher and in the title, and goes in one step. */
class SampleBadgeUiTest {
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
    void aSampleIsMarkedAndDeletedWithoutTouchingTheOfficesPlansAndUnits() {
        long office = AppDriver.seedMuongLa(dataDir);
        long demo;
        int officeUnits;
        try (Database db = Database.open(dataDir)) {
            officeUnits = new UnitService(db).all().size();
            demo = new PlanService(db).openSample("ha-dong");
        }
        app = new AppDriver(dataDir).start();
        ComboBox<PlanSummary> switcher = app.waitFor("#planSwitcher");
        app.until(() -> switcher.getItems().size() == 2);
        app.fx(() -> app.app().context().setCurrentPlanId(demo));

        Label badge = app.waitFor("#demoBadge");
        app.until(() -> badge.isVisible() && switcher.getValue() != null && switcher.getValue().id() == demo);
        assertThat(badge.getText()).isEqualTo("Mẫu – chỉ để xem thử");
        assertThat(app.stage().getTitle()).contains("Mẫu – chỉ để xem thử");
        app.screenshot("sample-badge-1-demo-marked");

        app.fx(() -> app.app().context().setCurrentPlanId(office));
        app.until(() -> !badge.isVisible());
        assertThat(app.stage().getTitle()).doesNotContain("Mẫu");

        app.fx(() -> app.app().context().setCurrentPlanId(demo));
        app.until(badge::isVisible);
        Button delete = app.waitFor("#deleteDemoButton");
        app.clickOn(delete);
        app.waitFor("#deleteDemoConfirm");
        app.clickOn("Đồng ý");
        app.until(() -> switcher.getItems().size() == 1 && switcher.getItems().getFirst().id() == office);
        app.stop();
        app = null;
        try (Database db = Database.open(dataDir)) {
            assertThat(new UnitService(db).all()).hasSize(officeUnits);
        }
    }
}
