package vn.kehoachxa.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.service.report.FilledQuarter;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.testsupport.AppDriver;

/** Kỳ báo cáo, Kết quả and Báo cáo kỳ each say which days a period's figures cover (Decree 09/2019). */
class CutoffOnScreenUiTest {
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
    void everyReportingScreenShowsTheCutOffOfTheChosenPeriod() {
        FilledQuarter q = new FilledQuarter(dir);
        long periodId = q.quarter.period().id();
        q.db.close();
        app = new AppDriver(dir.resolve("db")).start();
        app.waitFor("#planSwitcher");

        app.navigate("Kỳ báo cáo");
        TableView<PeriodOverview> periods = app.waitFor("#periods");
        app.until(() -> !periods.getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableColumn<PeriodOverview, String> cutoff = (TableColumn<PeriodOverview, String>) periods.getColumns()
                .stream().filter(c -> "periodCutoff".equals(c.getId())).findFirst().orElseThrow();
        assertThat(cutoff.getText()).isEqualTo("Số liệu tính từ … đến …");
        PeriodOverview q1 = periods.getItems().stream().filter(p -> p.period().id() == periodId).findFirst()
                .orElseThrow();
        assertThat(cutoff.getCellData(q1)).isEqualTo("15/12/2025 – 14/3/2026");
        app.screenshot("cutoff-1-periods");

        app.navigate("Kết quả");
        ComboBox<PeriodOverview> resultPeriod = app.waitFor("#period");
        app.until(() -> !resultPeriod.getItems().isEmpty());
        app.fx(() -> resultPeriod.getSelectionModel().select(resultPeriod.getItems().stream()
                .filter(p -> p.period().id() == periodId).findFirst().orElseThrow()));
        Label summary = app.lookup("#summary").query();
        app.until(() -> summary.getText().startsWith("Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026. Đã nộp"));
        app.screenshot("cutoff-2-results");

        app.navigate("Báo cáo kỳ");
        ComboBox<PeriodOverview> reportPeriod = app.waitFor("#periodBox");
        app.until(() -> !reportPeriod.getItems().isEmpty());
        app.fx(() -> reportPeriod.getSelectionModel().select(reportPeriod.getItems().stream()
                .filter(p -> p.period().id() == periodId).findFirst().orElseThrow()));
        Label line = app.lookup("#periodCutoff").query();
        app.until(() -> line.getText().equals("Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026"));
        app.screenshot("cutoff-3-periodic-report");
    }
}
