package vn.kehoachxa.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.testsupport.AppDriver;

/**
 * Ban hành in Thông tin kế hoạch: the plan turns read-only under a banner that offers a revision, on the editing
 * screens too (issue 14.3).
 */
class IssueUiTest {
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
    void issuingShowsTheReadOnlyBannerAndARevisionOpensAsAnEditableDraft() throws Exception {
        long planId = AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Thông tin kế hoạch");
        TextField number = app.waitFor("#numberField");
        Node banner = app.lookup("#issueBanner").query();
        app.until(() -> !number.isDisabled() && !banner.isVisible());

        app.clickOn("#issueButton");
        DialogPane dialog = app.waitFor("#issueDialog");
        app.fx(() -> ((TextField) dialog.lookup("#issueNumber")).setText("12"));
        app.fx(() -> ((javafx.scene.control.DatePicker) dialog.lookup("#issueDate"))
                .setValue(java.time.LocalDate.of(2026, 1, 5)));
        app.screenshotOf("issue-1-dialog", dialog);
        Node confirm = dialog.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(dialog::lookupButton).findFirst().orElseThrow();
        app.clickOn(confirm);

        Label text = app.lookup("#issueBannerText").query();
        app.until(() -> banner.isVisible() && text.getText().contains("12/KH-UBND"));
        assertThat(text.getText()).contains("đã ban hành").contains("bản sửa đổi, bổ sung");
        assertThat(number.isDisabled()).as("the plan's fields are read-only").isTrue();
        assertThat(((Node) app.lookup("#recipientsList").query()).isDisabled()).isTrue();
        assertThat(((Node) app.lookup("#issueBar").query()).isVisible()).isFalse();
        assertThat(app.app().workspace().plans().load(planId).plan().status()).isEqualTo(PlanStatus.ISSUED);
        app.screenshot("issue-2-read-only-banner");

        app.navigate("Chỉ tiêu");
        Node indicatorsBanner = app.waitFor("#readOnlyBanner");
        app.until(indicatorsBanner::isVisible);
        assertThat(((Node) app.lookup(".toolbar-row").match(Node::isVisible).query()).isDisabled())
                .as("the indicator tools are disabled").isTrue();
        app.screenshot("issue-3-indicators-read-only");
        app.navigate("Thông tin kế hoạch");

        app.clickOn("#reviseButton");
        app.until(() -> app.app().context().currentPlanId() != planId && !banner.isVisible()
                && !number.isDisabled() && number.getText().isEmpty());
        long revision = app.app().context().currentPlanId();
        assertThat(app.app().workspace().plans().load(revision).plan().revisesPlanId()).isEqualTo(planId);
        assertThat(((Label) app.lookup("#issueHint").query()).getText()).contains("bản sửa đổi, bổ sung");
        app.screenshot("issue-4-revision-draft");

        app.clickOn("#draftCompareButton");
        DialogPane comparison = app.waitFor("#comparisonDialog");
        assertThat(((TextArea) comparison.lookup("#comparisonText")).getText())
                .contains("giống nhau");
        app.screenshotOf("issue-5-comparison", comparison);
        Node close = comparison.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(comparison::lookupButton).findFirst().orElseThrow();
        app.clickOn(close);
    }
}
