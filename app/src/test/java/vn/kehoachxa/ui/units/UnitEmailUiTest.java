package vn.kehoachxa.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.UnitService;
import vn.kehoachxa.testsupport.AppDriver;

/** Đơn vị's e-mail column: a slip named beside the field, a list saved and shown, Ctrl+Z giving the old one back. */
class UnitEmailUiTest {
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
    void anEmailTypedForAUnitIsCheckedSavedShownInItsColumnAndUndone() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Đơn vị");
        TableView<Unit> table = app.waitFor("#table");
        app.until(() -> table.getItems().stream().anyMatch(u -> u.name().equals("Trạm Y tế xã")));
        app.fx(() -> table.getSelectionModel().select(health(table)));
        TextField field = app.lookup("#emailField").query();
        Label problem = app.lookup("#emailProblem").query();
        assertThat(field.getText()).isEmpty();

        app.clickOn(field).write("tyt.muongla@gmail").type(KeyCode.ENTER);
        app.until(problem::isVisible);
        assertThat(problem.getText()).startsWith("Địa chỉ e-mail \"tyt.muongla@gmail\" không hợp lệ");
        app.screenshot("units-email-1-slip-named");

        app.fx(() -> field.setText("tyt.muongla@gmail.com, tramtruong.tyt@muongla.gov.vn"));
        app.clickOn("#emailButton");
        Label message = app.lookup("#message").query();
        app.until(() -> message.getText().startsWith("Đã lưu e-mail"));
        assertThat(problem.isVisible()).isFalse();
        TableColumn<Unit, ?> column = table.getColumns().stream().filter(c -> "emailColumn".equals(c.getId()))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        TableColumn<Unit, String> emails = (TableColumn<Unit, String>) column;
        assertThat(emails.getText()).isEqualTo("E-mail");
        assertThat(emails.getCellData(health(table)))
                .isEqualTo("tyt.muongla@gmail.com; tramtruong.tyt@muongla.gov.vn");
        assertThat(field.getText()).isEqualTo("tyt.muongla@gmail.com; tramtruong.tyt@muongla.gov.vn");
        app.screenshot("units-email-2-saved-in-column");

        app.clickOn(table);
        app.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.until(() -> message.getText().equals("Đã hoàn tác: Sửa e-mail đơn vị."));
        assertThat(emails.getCellData(health(table))).isEmpty();
        app.stop();
        app = null;
        try (Database db = Database.open(dataDir)) {
            assertThat(new UnitService(db).all().stream().filter(u -> u.name().equals("Trạm Y tế xã")).findFirst()
                    .orElseThrow().email()).isNull();
        }
    }

    private static Unit health(TableView<Unit> table) {
        return table.getItems().stream().filter(u -> u.name().equals("Trạm Y tế xã")).findFirst().orElseThrow();
    }
}
