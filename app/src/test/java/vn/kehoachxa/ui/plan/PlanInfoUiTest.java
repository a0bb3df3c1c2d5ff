package vn.kehoachxa.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.testsupport.AppDriver;

class PlanInfoUiTest {
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
    void editedNumberIsSavedAtOnceAndStillThereAfterRestart() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        ComboBox<PlanSummary> switcher = app.waitFor("#planSwitcher");
        app.navigate("Thông tin kế hoạch");
        TextField number = app.waitFor("#numberField");
        app.until(() -> !app.lookup("#symbolField").queryAs(TextField.class).getText().isEmpty());
        app.clickOn(number).write("12");
        app.clickOn("#placeField");
        app.until(() -> switcher.getValue() != null && switcher.getValue().numberAndSymbol().equals("12/KH-UBND"));
        app.screenshot("planinfo-1-number-saved");
        app.stop();

        app = new AppDriver(dataDir).start();
        ComboBox<PlanSummary> again = app.waitFor("#planSwitcher");
        app.until(() -> again.getValue() != null);
        assertThat(again.getValue().numberAndSymbol()).isEqualTo("12/KH-UBND");
        app.navigate("Thông tin kế hoạch");
        TextField reopened = app.waitFor("#numberField");
        app.until(() -> "12".equals(reopened.getText()));
        app.screenshot("planinfo-2-after-restart");
    }

    @Test
    void aFieldStillBeingTypedInIsSavedWhenTheWindowCloses() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Thông tin kế hoạch");
        TextField number = app.waitFor("#numberField");
        app.until(() -> !app.lookup("#symbolField").queryAs(TextField.class).getText().isEmpty());
        app.clickOn(number).write("34");
        app.stop();

        app = new AppDriver(dataDir).start();
        ComboBox<PlanSummary> again = app.waitFor("#planSwitcher");
        app.until(() -> again.getValue() != null);
        assertThat(again.getValue().numberAndSymbol()).isEqualTo("34/KH-UBND");
    }

    @Test
    void aDateTypedWrongKeepsTheSavedDate() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Thông tin kế hoạch");
        DatePicker date = app.waitFor("#dateField");
        app.until(() -> !app.lookup("#symbolField").queryAs(TextField.class).getText().isEmpty());
        app.clickOn(date.getEditor()).write("05/01/2026");
        app.clickOn("#placeField");
        app.until(() -> LocalDate.of(2026, 1, 5).equals(date.getValue()));

        app.clickOn(date.getEditor());
        app.fx(() -> date.getEditor().clear());
        app.write("31/13/2026");
        app.clickOn("#placeField");
        app.until(() -> "05/01/2026".equals(date.getEditor().getText()));
        app.screenshot("planinfo-3-typo-keeps-date");
        app.stop();

        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Thông tin kế hoạch");
        DatePicker reopened = app.waitFor("#dateField");
        app.until(() -> reopened.getValue() != null);
        assertThat(reopened.getValue()).isEqualTo(LocalDate.of(2026, 1, 5));
    }
}
