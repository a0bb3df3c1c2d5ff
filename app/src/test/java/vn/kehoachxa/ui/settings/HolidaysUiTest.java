package vn.kehoachxa.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.reporting.Holiday;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.testsupport.AppDriver;

class HolidaysUiTest {
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
    void aLunarHolidayEnteredInSettingsIsKeptAndCanBeRemoved() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Cài đặt");
        ListView<Holiday> list = app.waitFor("#holidayList");
        // The pane sits below the fold of the settings screen: bring it into view, then press its buttons.
        ScrollPane scroll = (ScrollPane) app.lookup(".screen-scroll").query();
        app.fx(() -> scroll.setVvalue(1.0));
        Button add = app.lookup("#holidayAdd").query();
        Button remove = app.lookup("#holidayRemove").query();
        DatePicker date = app.lookup("#holidayDate").query();
        TextField name = app.lookup("#holidayName").query();

        app.fx(() -> {
            date.setValue(LocalDate.of(2027, 2, 6));
            name.setText("Tết Nguyên đán");
        });
        app.fx(add::fire);
        app.until(() -> list.getItems().size() == 1);
        app.fx(() -> {
            date.setValue(LocalDate.of(2027, 4, 16));
            name.setText("Giỗ Tổ Hùng Vương");
        });
        app.fx(add::fire);
        app.until(() -> list.getItems().size() == 2);
        app.screenshot("settings-1-holidays");
        app.fx(() -> list.getSelectionModel().select(0));
        app.fx(remove::fire);
        app.until(() -> list.getItems().size() == 1);
        app.stop();
        app = null;

        try (Database db = Database.open(dataDir)) {
            List<Holiday> stored = new ReportingService(db).holidays();
            assertThat(stored).containsExactly(new Holiday(LocalDate.of(2027, 4, 16), "Giỗ Tổ Hùng Vương"));
        }
    }
}
