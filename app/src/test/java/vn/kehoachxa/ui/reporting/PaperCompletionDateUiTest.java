package vn.kehoachxa.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.UnitReportStatus;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.ui.reporting.ResultLines.TaskLine;

/** The actual completion date in "Nhập báo cáo giấy": only with Hoàn thành, checked, stored, shown on Kết quả. */
class PaperCompletionDateUiTest {
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
    void aPaperReportCarriesTheDayTheWorkWasDone() {
        long planId = AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Kỳ báo cáo");
        TableView<PeriodOverview> periods = app.waitFor("#periods");
        app.clickOn("#generateButton");
        app.until(() -> periods.getItems().size() == 5);
        PeriodOverview year2026 = periods.getItems().stream().filter(p -> p.period().year() == 2026).findFirst()
                .orElseThrow();
        app.fx(() -> periods.getSelectionModel().select(year2026));
        TableView<UnitReportStatus> grid = app.lookup("#grid").query();
        app.until(() -> grid.getItems().stream().anyMatch(s -> s.unit().name().toLowerCase().startsWith("trạm y tế")));
        UnitReportStatus station = grid.getItems().stream()
                .filter(s -> s.unit().name().toLowerCase().startsWith("trạm y tế")).findFirst().orElseThrow();
        app.fx(() -> grid.getSelectionModel().select(station));
        app.clickOn("#paperButton");

        DatePicker received = app.waitFor("#paperReceived");
        ComboBox<ProgressStatus> status = app.lookup("#paperStatus-0").query();
        DatePicker completed = app.lookup("#paperCompleted-0").query();
        assertThat(completed.isDisabled()).as("no date before Hoàn thành is chosen").isTrue();
        LocalDate receivedOn = year2026.period().dueDate().minusDays(1);
        app.fx(() -> {
            received.setValue(receivedOn);
            status.setValue(ProgressStatus.DONE);
        });
        assertThat(completed.isDisabled()).isFalse();
        app.fx(() -> completed.setValue(receivedOn.plusDays(2)));
        app.clickOn("#paperSave");
        Label errors = app.lookup("#paperErrors").query();
        app.until(errors::isVisible);
        assertThat(errors.getText()).contains("ngày hoàn thành thực tế").contains("sau ngày báo cáo");
        Screens.windowOf(app, errors, "paper-completion-1-after-report");

        LocalDate doneOn = LocalDate.of(2026, 10, 28);
        app.fx(() -> completed.setValue(doneOn));
        assertThat(completed.getEditor().getText()).isEqualTo("28/10/2026");
        Screens.windowOf(app, errors, "paper-completion-2-filled");
        app.clickOn("#paperSave");
        app.until(() -> app.lookup("#paperSave").tryQuery().isEmpty());

        app.navigate("Kết quả");
        TabPane tabs = app.waitFor("#tabs");
        app.fx(() -> tabs.getSelectionModel().select(tabs.getTabs().get(1)));
        TableView<TaskLine> tasks = app.lookup("#taskTable").query();
        app.until(() -> tasks.getItems().stream().anyMatch(t -> t.results().contains("Hoàn thành ngày 28/10/2026")));
        app.screenshot("paper-completion-3-results");
        app.stop();
        app = null;

        try (Database db = Database.open(dataDir)) {
            ReportingService reporting = new ReportingService(db);
            assertThat(reporting.submissions(year2026.period().id(), station.unit().id())).singleElement()
                    .satisfies(s -> assertThat(s.progress().getFirst().completedOn()).isEqualTo(doneOn));
            assertThat(planId).isPositive();
        }
    }
}
