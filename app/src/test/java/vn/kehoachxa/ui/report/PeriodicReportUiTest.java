package vn.kehoachxa.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.report.ReportPart;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PeriodicReportService;
import vn.kehoachxa.service.report.FilledQuarter;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.testsupport.AppDriver;

class PeriodicReportUiTest {
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
    void officialReadsTheDraftEditsAPartAndTheEditIsKeptForThePeriod() {
        FilledQuarter q = new FilledQuarter(dir);
        long periodId = q.quarter.period().id();
        q.db.close();
        Path dataDir = dir.resolve("db");
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Báo cáo kỳ");
        ComboBox<PeriodOverview> periods = app.waitFor("#periodBox");
        app.until(() -> !periods.getItems().isEmpty());
        app.fx(() -> periods.getSelectionModel().select(periods.getItems().stream()
                .filter(p -> p.period().id() == periodId).findFirst().orElseThrow()));
        TextArea targets = app.waitFor("#partTARGETS");
        app.until(() -> targets.getText().contains("96,5%"));
        assertThat(targets.getText()).contains("Tuổi thọ trung bình đạt 74,2 tuổi");
        Label upward = app.lookup("#upwardLabel").query();
        assertThat(upward.getText()).startsWith("Chưa gửi báo cáo lên cấp trên");
        app.screenshot("periodic-report-1-draft");

        TextArea leadership = app.lookup("#partLEADERSHIP").query();
        app.fx(() -> leadership.setText("Đã tổ chức hội nghị triển khai Kế hoạch tới 12 bản, tiểu khu."));
        app.clickOn("#saveButton");
        Label message = app.lookup("#message").query();
        app.until(() -> message.getText().startsWith("Đã lưu báo cáo"));
        app.screenshot("periodic-report-2-saved");
        app.stop();
        app = null;

        try (Database db = Database.open(dataDir)) {
            assertThat(new PeriodicReportService(db).report(periodId).text(ReportPart.LEADERSHIP))
                    .isEqualTo("Đã tổ chức hội nghị triển khai Kế hoạch tới 12 bản, tiểu khu.");
        }
    }
}
