package vn.kehoachxa.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.IssuerLevel;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.testsupport.AppDriver;

/** Thông tin kế hoạch edits the printed type name and the issuer: level and area carry the usual header along. */
class TypeNameAndIssuerUiTest {
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
    void choosingTheTypeNameAndAProvincialIssuerIsSavedWithTheUsualHeader() {
        long id = AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Thông tin kế hoạch");
        ComboBox<String> typeName = app.waitFor("#typeNameBox");
        TextArea issuing = app.lookup("#issuingArea").query();
        app.until(() -> issuing.getText().equals("ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA"));
        assertThat(typeName.getItems()).startsWith("KẾ HOẠCH");

        app.fx(() -> typeName.setValue("CHƯƠNG TRÌNH HÀNH ĐỘNG"));
        app.until(() -> ((javafx.scene.control.Label) app.lookup("#typeLabel").query()).getText()
                .startsWith("CHƯƠNG TRÌNH HÀNH ĐỘNG"));
        TextField area = app.lookup("#areaField").query();
        app.fx(() -> area.setText("tỉnh Sơn La"));
        ComboBox<IssuerLevel> level = app.lookup("#issuerLevelBox").query();
        app.fx(() -> level.getSelectionModel().select(IssuerLevel.PROVINCE));
        app.until(() -> issuing.getText().equals("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA"));
        app.screenshot("planinfo-typename-issuer");
        app.stop();
        app = null;

        try (Database db = Database.open(dataDir)) {
            Plan plan = new PlanService(db).load(id).plan();
            assertThat(plan.typeName()).isEqualTo("CHƯƠNG TRÌNH HÀNH ĐỘNG");
            assertThat(plan.issuerLevel()).isEqualTo(IssuerLevel.PROVINCE);
            assertThat(plan.communeName()).isEqualTo("tỉnh Sơn La");
            assertThat(plan.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA");
        }
    }
}
