package vn.kehoachxa.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.Timeliness;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.UnitReportStatus;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.ui.reporting.ResultLines.IndicatorLine;
import vn.kehoachxa.ui.reporting.ResultLines.TaskLine;

/** A year of Mường La run through the screens: periods, paper reports, the grid, Kết quả and the dashboard. */
class ReportingCycleUiTest {
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
    void paperReportsShowInTheGridInKetQuaAndOnTheDashboard() {
        long planId = AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        Label next = app.waitFor("#nextDeadline");
        app.until(() -> next.getText().equals("Không còn kỳ báo cáo nào sắp đến hạn."));

        app.navigate("Kỳ báo cáo");
        TableView<PeriodOverview> periods = app.waitFor("#periods");
        app.clickOn("#generateButton");
        app.until(() -> periods.getItems().size() == 5);
        PeriodOverview year2026 = periods.getItems().stream().filter(p -> p.period().year() == 2026).findFirst()
                .orElseThrow();
        app.fx(() -> periods.getSelectionModel().select(year2026));
        TableView<UnitReportStatus> grid = app.lookup("#grid").query();
        app.until(() -> !grid.getItems().isEmpty());

        LocalDate due = year2026.period().dueDate();
        fillPaperReport(grid, "trạm y tế", due.minusDays(1), true);
        app.until(() -> has(grid, "trạm y tế", Timeliness.Status.ON_TIME));
        assertThat(row(grid, "trạm y tế").latestSource()).isEqualTo(SubmissionSource.PAPER);

        fillPaperReport(grid, "phòng văn ho", LocalDate.now(), false);
        app.until(() -> has(grid, "phòng văn ho", Timeliness.Status.LATE));
        app.fx(() -> grid.getSelectionModel().clearSelection());
        app.screenshot("reporting-3-grid-on-time-and-late");
        assertThat(row(grid, "phòng văn ho").timeliness().label()).startsWith("Chậm ");

        app.navigate("Kết quả");
        TableView<IndicatorLine> indicators = app.waitFor("#indicatorTable");
        app.until(() -> line(indicators, "ML-04") != null && line(indicators, "ML-04").evaluation() == Evaluation.DAT);
        assertThat(line(indicators, "ML-04").consolidated()).isEqualTo("96,5%");
        assertThat(line(indicators, "ML-01").evaluation()).isEqualTo(Evaluation.DAT);
        assertThat(line(indicators, "ML-02").evaluation()).isEqualTo(Evaluation.CHUA_CO_SO_LIEU);
        app.screenshot("results-1-indicators");

        ComboBox<Evaluation> evaluation = app.lookup("#evaluationFilter").query();
        app.fx(() -> evaluation.setValue(Evaluation.DAT));
        assertThat(indicators.getItems()).extracting(IndicatorLine::evaluation).containsOnly(Evaluation.DAT)
                .hasSize(2);
        app.screenshot("results-2-filtered-dat");
        app.fx(() -> evaluation.setValue(null));

        // Correct the vaccination figure: a new MANUAL version of the health station's report.
        app.fx(() -> indicators.getSelectionModel().select(line(indicators, "ML-04")));
        TextField value = app.lookup("#indicatorValue").query();
        assertThat(value.getText()).isEqualTo("96,5");
        app.fx(() -> value.setText("94,2"));
        app.clickOn("#saveIndicator");
        app.until(() -> line(indicators, "ML-04").evaluation() == Evaluation.CHUA_DAT);
        Label message = app.lookup("#message").query();
        assertThat(message.getText()).contains("bản báo cáo mới").contains("(bản 2)");
        app.fx(() -> indicators.getSelectionModel().select(line(indicators, "ML-04")));
        app.screenshot("results-3-corrected");

        TabPane tabs = app.lookup("#tabs").query();
        app.fx(() -> tabs.getSelectionModel().select(tabs.getTabs().get(1)));
        TableView<TaskLine> tasks = app.lookup("#taskTable").query();
        app.until(() -> tasks.getItems().stream().anyMatch(t -> t.results().contains("cân đo")));
        TextField search = app.lookup("#search").query();
        app.fx(() -> search.setText("can do"));
        assertThat(tasks.getItems()).hasSize(1);
        app.screenshot("results-4-tasks-search");
        app.fx(() -> search.setText(""));

        app.navigate("Tổng quan");
        ListView<String> overdue = app.lookup("#overdue").query();
        app.until(() -> next.getText().startsWith("Kỳ đang thu: ") && overdue.getItems().size() == 1);
        assertThat(overdue.getItems().getFirst()).startsWith("năm 2026");
        String shown = next.getText();
        app.screenshot("dashboard-1-deadlines");
        app.stop();
        app = null;
        try (Database db = Database.open(dataDir)) {
            ReportingService reporting = new ReportingService(db);
            // The pane is about the period being collected, as the one domain rule decides it.
            assertThat(shown).isEqualTo(reporting.collecting(planId).orElseThrow().label());
            long unitId = reporting.statusGrid(year2026.period().id()).stream()
                    .filter(s -> s.unit().name().toLowerCase().startsWith("trạm y tế")).findFirst().orElseThrow()
                    .unit().id();
            assertThat(reporting.submissions(year2026.period().id(), unitId)).extracting(s -> s.submission().source())
                    .containsExactly(SubmissionSource.PAPER, SubmissionSource.MANUAL);
        }
    }

    private void fillPaperReport(TableView<UnitReportStatus> grid, String unitPrefix, LocalDate received,
                                 boolean withIndicators) {
        app.until(() -> grid.getItems().stream().anyMatch(s -> s.unit().name().toLowerCase().startsWith(unitPrefix)));
        app.fx(() -> grid.getSelectionModel().select(row(grid, unitPrefix)));
        app.clickOn("#paperButton");
        DatePicker date = app.waitFor("#paperReceived");
        app.fx(() -> date.setValue(received));
        ComboBox<ProgressStatus> status = app.lookup("#paperStatus-0").query();
        TextField result = app.lookup("#paperResult-0").query();
        app.fx(() -> {
            status.setValue(withIndicators ? ProgressStatus.DONE : ProgressStatus.IN_PROGRESS);
            result.setText(withIndicators ? "Đã tổ chức cân đo cho 1.200 trẻ" : "Đang triển khai");
        });
        if (withIndicators) {
            TextField vaccination = valueField("ML-04");
            app.fx(() -> {
                vaccination.setText("chín mươi");
                valueField("ML-01").setText("1,6");
            });
            app.clickOn("#paperSave");
            Label errors = app.lookup("#paperErrors").query();
            app.until(errors::isVisible);
            assertThat(errors.getText()).contains("\"chín mươi\" không phải là số");
            Screens.windowOf(app, errors, "reporting-1-paper-dialog-error");
            app.fx(() -> vaccination.setText("96,5"));
            Screens.windowOf(app, errors, "reporting-2-paper-dialog-filled");
        }
        Button save = app.lookup("#paperSave").query();
        app.clickOn(save);
        app.until(() -> app.lookup("#paperSave").tryQuery().isEmpty());
    }

    private TextField valueField(String code) {
        return app.lookup((Node n) -> n instanceof TextField && code.equals(n.getUserData())).query();
    }

    private static UnitReportStatus row(TableView<UnitReportStatus> grid, String prefix) {
        return grid.getItems().stream().filter(s -> s.unit().name().toLowerCase().startsWith(prefix)).findFirst()
                .orElseThrow();
    }

    private static boolean has(TableView<UnitReportStatus> grid, String prefix, Timeliness.Status status) {
        return grid.getItems().stream().anyMatch(s -> s.unit().name().toLowerCase().startsWith(prefix)
                && s.timeliness().status() == status);
    }

    private static IndicatorLine line(TableView<IndicatorLine> table, String code) {
        return table.getItems().stream().filter(l -> l.source().indicator().code().equals(code)).findFirst()
                .orElse(null);
    }
}
