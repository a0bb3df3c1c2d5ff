package vn.kehoachxa.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.testsupport.AppDriver;

class FirstRunUiTest {
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
    void newcomerFillsProfileOpensSamplePlanAndSeesItsOverview() {
        app = new AppDriver(dataDir).start();
        TextField name = app.waitFor("#nameField");
        app.screenshot("firstrun-1-profile-empty");

        app.clickOn("#saveProfileButton");
        Label problems = app.lookup("#profileProblems").query();
        assertThat(problems.getText()).contains("Hãy nhập tên xã");
        app.screenshot("firstrun-2-profile-validation");

        app.clickOn(name).write("Muong La");
        app.fx(() -> name.setText("Mường La"));
        app.fx(() -> ((TextInputControl) app.lookup("#provinceField").query()).setText("Sơn La"));
        app.fx(() -> ((TextInputControl) app.lookup("#adminSignerNameField").query()).setText("Trần Hải Sơn"));
        app.fx(() -> ((TextInputControl) app.lookup("#recipientsArea").query())
                .setText("Sở Y tế tỉnh Sơn La; syt@sonla.gov.vn"));
        app.clickOn("#provinceField");
        assertThat(((TextInputControl) app.lookup("#peopleCommitteeField").query()).getText())
                .isEqualTo("ỦY BAN NHÂN DÂN XÃ MƯỜNG LA");
        assertThat(problems.getText()).isEmpty();
        app.screenshot("firstrun-3-profile-filled");
        app.clickOn("#saveProfileButton");

        app.until(() -> app.lookup("#planStep").query().isVisible());
        app.clickOn("Kế hoạch của UBND xã Mường La (Sơn La)");
        app.screenshot("firstrun-4-plan-choice");
        app.clickOn("#openSampleButton");

        ComboBox<PlanSummary> switcher = app.waitFor("#planSwitcher");
        app.until(() -> switcher.getValue() != null);
        assertThat(switcher.getValue().communeName()).isEqualTo("xã Mường La");
        Label sections = app.waitFor("#sectionsCount");
        app.until(() -> !sections.getText().isEmpty());
        assertThat(Integer.parseInt(sections.getText())).isGreaterThan(5);
        app.screenshot("firstrun-5-main-dashboard");

        app.stop();
        app = null;
        try (Database db = Database.open(dataDir)) {
            assertThat(new CommuneService(db).profile()).hasValueSatisfying(p -> {
                assertThat(p.displayName()).isEqualTo("xã Mường La");
                assertThat(p.upwardRecipients().getFirst().email()).isEqualTo("syt@sonla.gov.vn");
            });
            // The sample opened as a demo: its units are not the office's (decision 0036).
            assertThat(new vn.kehoachxa.service.UnitService(db).all()).isEmpty();
            assertThat(new vn.kehoachxa.service.PlanService(db).list()).singleElement()
                    .satisfies(plan -> assertThat(plan.demo()).isTrue());
        }
    }
}
