package vn.kehoachxa.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.testsupport.AppDriver;

class CommuneProfileAutosaveUiTest {
    @TempDir
    Path dir;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void anEditedCommuneNameIsKeptAfterLeavingTheScreenWithoutPressingAnything() {
        Path data = dir.resolve("data");
        AppDriver.seedMuongLa(data);
        app = new AppDriver(data).start();
        TextField name = openSettings();

        retype(name, "Nậm Păm");
        app.navigate("Tổng quan");
        app.stop();

        app = new AppDriver(data).start();
        TextField again = openSettings();
        app.until(() -> "Nậm Păm".equals(again.getText()));
        app.screenshot("settings-profile-autosaved");
        app.stop();
        app = null;
        assertThat(storedProfile(data).officialName()).isEqualTo("Nậm Păm");
    }

    @Test
    void aProfileWithAProblemIsNotStoredAndTheScreenSaysWhy() {
        Path data = dir.resolve("data");
        AppDriver.seedMuongLa(data);
        app = new AppDriver(data).start();
        openSettings();
        TextField province = app.lookup("#provinceField").query();

        retype(province, "");
        app.clickOn("#placeField");

        Label status = app.lookup("#profileStatus").query();
        app.until(() -> status.getText().startsWith("Chưa lưu thông tin xã vì còn lỗi"));
        assertThat(status.getText()).contains("Hãy nhập tên tỉnh");
        app.screenshot("settings-profile-problem-not-saved");
        app.navigate("Tổng quan");
        app.stop();
        app = null;
        assertThat(storedProfile(data).province()).isEqualTo("Sơn La");
    }

    @Test
    void anAutosavedProfileEditIsUndoneByCtrlZAndRedoneByCtrlY() {
        Path data = dir.resolve("data");
        AppDriver.seedMuongLa(data);
        app = new AppDriver(data).start();
        openSettings();
        TextField place = app.lookup("#placeField").query();
        Label status = app.lookup("#profileStatus").query();

        retype(place, "Bản Mường");
        ListView<?> holidays = app.lookup("#holidayList").query();
        app.fx(holidays::requestFocus);
        app.until(() -> status.getText().equals("Đã lưu thông tin xã."));
        app.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.until(() -> "Mường La".equals(place.getText()));
        assertThat(status.getText()).isEqualTo("Đã hoàn tác: Sửa thông tin xã.");
        app.screenshot("settings-profile-undone");
        app.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        app.until(() -> "Bản Mường".equals(place.getText()));
        app.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.until(() -> "Mường La".equals(place.getText()));
        app.navigate("Tổng quan");
        app.stop();
        app = null;
        assertThat(storedProfile(data).placeName()).isEqualTo("Mường La");
    }

    private TextField openSettings() {
        app.waitFor("#planSwitcher");
        app.navigate("Cài đặt");
        TextField name = app.waitFor("#nameField");
        app.until(() -> "Mường La".equals(name.getText()) || "Nậm Păm".equals(name.getText()));
        return name;
    }

    /** Replaces the field's text by typing, as the official does. */
    private void retype(TextField field, String text) {
        app.clickOn(field);
        app.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        app.type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            app.write(text);
        }
    }

    private static CommuneProfile storedProfile(Path data) {
        try (Database db = Database.open(data)) {
            return new CommuneService(db).profile().orElseThrow();
        }
    }
}
