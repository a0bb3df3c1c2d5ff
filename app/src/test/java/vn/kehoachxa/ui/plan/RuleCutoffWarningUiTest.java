package vn.kehoachxa.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.testsupport.AppDriver;

/** Chế độ báo cáo flags a rule that leaves no working day between the data cut-off and the due date (Decree 09). */
class RuleCutoffWarningUiTest {
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
    void ruleDueBeforeItsCutOffIsFlaggedAndTheFlagGoesWhenTheRuleIsFixed() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Thông tin kế hoạch");
        Label warning = app.waitFor("#ruleCutoffWarning");
        // Mường La sends its annual report "trước ngày 10/11", a month before the year's figures close on 14/12.
        app.until(warning::isVisible);
        assertThat(warning.getText()).contains("Nghị định số 09/2019/NĐ-CP")
                .contains("năm 2026 (chốt số liệu ngày 14/12/2026, hạn gửi 09/11/2026)");
        scrollTo(warning);
        app.screenshot("rule-cutoff-1-annual-before-cutoff");

        TextField yearlyDay = app.lookup("#ruleYearlyDay").query();
        TextField yearlyMonth = app.lookup("#ruleYearlyMonth").query();
        app.fx(() -> {
            yearlyDay.requestFocus();
            yearlyDay.setText("");
            yearlyMonth.setText("");
            yearlyMonth.requestFocus();
        });
        TextField day = app.lookup("#ruleDay").query();
        app.fx(() -> {
            day.requestFocus();
            day.setText("20");
        });
        app.fx(() -> ((CheckBox) app.lookup("#ruleYearly").query()).requestFocus());
        app.until(() -> !warning.isVisible());

        CheckBox quarterly = app.lookup("#ruleQuarterly").query();
        app.fx(quarterly::fire);
        app.fx(() -> day.requestFocus());
        app.fx(() -> day.setText("15"));
        app.fx(() -> quarterly.requestFocus());
        app.until(warning::isVisible);
        // "Trước ngày 15": due on the 14th, the cut-off's own day; 14/3/2026 is a Saturday, so Friday 13/3.
        assertThat(warning.getText()).contains("quý I năm 2026 (chốt số liệu ngày 14/3/2026, hạn gửi 13/3/2026)");
        scrollTo(warning);
        app.screenshot("rule-cutoff-2-quarterly-before-the-fifteenth");
    }

    /** Scrolls the screen so that {@code node}'s bottom edge is in view. */
    private void scrollTo(Label node) {
        app.fx(() -> {
            ScrollPane scroll = app.lookup(".screen-scroll").query();
            javafx.scene.Node content = scroll.getContent();
            double bottom = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMaxY();
            double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(hidden <= 0 ? 0 : Math.min(1, (bottom + 16 - scroll.getViewportBounds().getHeight())
                    / hidden));
        });
    }
}
