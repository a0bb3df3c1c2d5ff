package vn.kehoachxa.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.Timeliness;
import vn.kehoachxa.exchange.unitform.FormFiller;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.UnitReportStatus;
import vn.kehoachxa.testsupport.AppDriver;

/** Forms out and back through the Kỳ báo cáo screen's own buttons, and the start-up reminder of a near deadline. */
class FormImportUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path formsDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        FormFilePicker.use(null);
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void nearDeadlineRemindsAtStartAndAFilledFormImportsThroughTheImportButton() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate due = today.plusDays(5);
        assumeTrue(due.getYear() == today.getYear() && today.getYear() <= 2030, "the yearly due date is this year");
        long planId = AppDriver.seedMuongLa(dataDir);
        try (Database db = Database.open(dataDir)) {
            PlanService plans = new PlanService(db);
            Plan p = plans.load(planId).plan();
            ReportingRule rule = new ReportingRule(false, false, false, true, due.getDayOfMonth(), true, null,
                    due.getMonthValue(), due.getDayOfMonth(), "chậm nhất ngày " + due.getDayOfMonth() + "/"
                    + due.getMonthValue() + " hằng năm");
            plans.update(new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(),
                    p.summary(), p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(),
                    p.closingText(), p.signer(), p.startYear(), p.endYear(), p.visionYear(), p.status(),
                    p.revisesPlanId(), rule));
            new vn.kehoachxa.service.ReportingService(db).generatePeriods(planId);
        }
        app = new AppDriver(dataDir).start();
        HBox banner = app.waitFor("#reminderBanner");
        app.until(banner::isVisible);
        Label reminder = app.lookup("#reminderText").query();
        assertThat(reminder.getText()).startsWith("Nhắc việc: Còn ").contains("năm " + today.getYear())
                .endsWith("còn 5 đơn vị chưa nộp báo cáo.");
        app.screenshot("dashboard-2-reminder");

        FormFilePicker.use(new FixedPicker(List.of(), formsDir));
        app.navigate("Kỳ báo cáo");
        TableView<PeriodOverview> periods = app.waitFor("#periods");
        app.until(() -> periods.getSelectionModel().getSelectedItem() != null);
        assertThat(periods.getSelectionModel().getSelectedItem().period().year()).isEqualTo(today.getYear());
        app.clickOn("#formsButton");
        Label message = app.lookup("#message").query();
        app.until(() -> message.getText().startsWith("Đã tạo 5 biểu mẫu"));
        Path form;
        try (var files = Files.list(formsDir)) {
            form = files.filter(f -> f.getFileName().toString().contains("Trạm Y tế")).findFirst().orElseThrow();
        }
        FormFiller filler = FormFiller.open(form);
        filler.task(filler.itemIds().getFirst(), "Hoàn thành", "Cân đo 1.200 trẻ", "Thiếu cân điện tử", "")
                .number(filler.indicatorIds().getFirst(), 1.7, "Số đo tháng 10").save();

        FormFilePicker.use(new FixedPicker(List.of(form), formsDir));
        app.clickOn("#importButton");
        Button ok = app.waitFor(".dialog-pane .button:default");
        Label header = app.lookup(".dialog-pane .header-panel .label").query();
        assertThat(header.getText()).startsWith("Có thể nhập 1/1 tệp");
        Screens.windowOf(app, ok, "reporting-4-import-preview");
        app.clickOn(ok);
        TableView<UnitReportStatus> grid = app.lookup("#grid").query();
        app.until(() -> grid.getItems().stream().anyMatch(s -> s.unit().name().startsWith("Trạm Y tế")
                && s.latestSource() == SubmissionSource.FORM_FILE
                && s.timeliness().status() == Timeliness.Status.ON_TIME));
        assertThat(message.getText()).isEqualTo("Đã nhập 1/1 tệp.");
        app.screenshot("reporting-5-imported");
    }

    /** A picker that answers with fixed paths, as a user picking them would. */
    private record FixedPicker(List<Path> forms, Path folder) implements FormFilePicker {
        @Override
        public List<Path> chooseForms(Window owner) {
            return forms;
        }

        @Override
        public Optional<Path> chooseFolder(Window owner) {
            return Optional.of(folder);
        }
    }
}
