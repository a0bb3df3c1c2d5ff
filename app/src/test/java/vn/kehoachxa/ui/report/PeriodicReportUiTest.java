package vn.kehoachxa.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoachxa.domain.report.ReportPart;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PeriodicReportService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.report.FilledQuarter;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.FileChooserPort;

class PeriodicReportUiTest {
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    @Test
    void officialSetsTheProvinceDeadlineItOutlivesARestartAndClearingItBringsBackTheUnitsDueDate() {
        FilledQuarter q = new FilledQuarter(dir);
        long periodId = q.quarter.period().id();
        LocalDate unitsDue = q.quarter.period().dueDate();
        q.db.close();
        Path dataDir = dir.resolve("db");
        app = new AppDriver(dataDir).start();
        openPeriod(periodId);
        DatePicker due = app.lookup("#provinceDeadline").query();
        Label upward = app.lookup("#upwardLabel").query();
        Label hint = app.lookup("#provinceDeadlineHint").query();
        Button useUnits = app.lookup("#provinceDeadlineClear").query();
        app.until(() -> unitsDue.equals(due.getValue()) && !upward.getText().isEmpty());
        // The test runs on today's date, long after the first quarter of 2026: without a deadline of its own the
        // province's is the units' and the report is overdue.
        assertThat(upward.getText()).startsWith("Chưa gửi báo cáo lên cấp trên; đã quá hạn "
                + VietnameseDates.shortDate(unitsDue));
        assertThat(due.getEditor().getText()).isEqualTo(FIELD.format(unitsDue));
        assertThat(hint.isVisible()).isTrue();
        assertThat(useUnits.isVisible()).isFalse();
        app.screenshot("report-province-deadline-1-units-due");

        LocalDate later = LocalDate.now().plusDays(10);
        type(due, FIELD.format(later));
        app.until(() -> upward.getText().startsWith("Chưa gửi báo cáo lên cấp trên; hạn "
                + VietnameseDates.shortDate(later) + ", còn 10 ngày"));
        assertThat(hint.isVisible()).isFalse();
        assertThat(useUnits.isVisible()).isTrue();
        app.screenshot("report-province-deadline-2-later");

        LocalDate past = unitsDue.plusDays(15);
        type(due, FIELD.format(past));
        app.until(() -> upward.getText().startsWith("Chưa gửi báo cáo lên cấp trên; đã quá hạn "
                + VietnameseDates.shortDate(past)));
        app.stop();

        app = new AppDriver(dataDir).start();
        openPeriod(periodId);
        DatePicker dueAgain = app.lookup("#provinceDeadline").query();
        Button useUnitsAgain = app.lookup("#provinceDeadlineClear").query();
        app.until(() -> past.equals(dueAgain.getValue()) && useUnitsAgain.isVisible());
        assertThat(dueAgain.getEditor().getText()).isEqualTo(FIELD.format(past));
        assertThat(((Label) app.lookup("#upwardLabel").query()).getText()).contains(VietnameseDates.shortDate(past));
        app.screenshot("report-province-deadline-3-after-restart");

        app.clickOn(useUnitsAgain);
        Label hintAgain = app.lookup("#provinceDeadlineHint").query();
        app.until(() -> unitsDue.equals(dueAgain.getValue()) && hintAgain.isVisible());
        assertThat(((Label) app.lookup("#upwardLabel").query()).getText())
                .startsWith("Chưa gửi báo cáo lên cấp trên; đã quá hạn " + VietnameseDates.shortDate(unitsDue));
        assertThat(useUnitsAgain.isVisible()).isFalse();
        app.screenshot("report-province-deadline-4-cleared");
        app.stop();
        app = null;

        try (Database db = Database.open(dataDir)) {
            assertThat(new PeriodicReportService(db).upwardDueDate(periodId)).isEmpty();
        }
    }

    @Test
    void aDateTheFieldCannotReadKeepsTheProvinceDeadline() {
        FilledQuarter q = new FilledQuarter(dir);
        long periodId = q.quarter.period().id();
        LocalDate set = q.quarter.period().dueDate().plusDays(15);
        new PeriodicReportService(q.db).setUpwardDueDate(periodId, set);
        q.db.close();
        app = new AppDriver(dir.resolve("db")).start();
        openPeriod(periodId);
        DatePicker due = app.lookup("#provinceDeadline").query();
        app.until(() -> set.equals(due.getValue()));

        type(due, "31/13/2026");

        app.until(() -> FIELD.format(set).equals(due.getEditor().getText()));
        assertThat(due.getValue()).isEqualTo(set);
        assertThat(((Button) app.lookup("#provinceDeadlineClear").query()).isVisible()).isTrue();
        app.stop();
        app = null;
        try (Database db = Database.open(dir.resolve("db"))) {
            assertThat(new PeriodicReportService(db).upwardDueDate(periodId)).contains(set);
        }
    }

    @Test
    void buildingThePackageShowsProgressDisablesSendAndThePeriodIsSentOnlyWhenTheOfficialConfirms() throws Exception {
        Opened opened = openFilledQuarterSavingInto("out");
        long periodId = opened.periodId();
        Path dataDir = opened.dataDir();
        Path out = opened.out();
        AppContext ctx = opened.ctx();
        Button send = app.lookup("#sendButton").query();
        Node busy = app.lookup("#busyBox").query();
        Label busyLabel = app.lookup("#busyLabel").query();
        Label upward = app.lookup("#upwardLabel").query();
        assertThat(busy.isVisible()).isFalse();
        // The package reads the report on the ordered executor; holding it keeps the build from finishing, so the
        // state while it runs can be checked and photographed however fast or slow LibreOffice is.
        CountDownLatch hold = new CountDownLatch(1);
        ctx.executor().execute(() -> {
            try {
                hold.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        app.clickOn(send);

        assertThat(busy.isVisible()).isTrue();
        assertThat(busyLabel.getText()).startsWith("Đang lập bộ hồ sơ gửi báo cáo");
        assertThat(send.isDisabled()).isTrue();
        assertThat(((Button) app.lookup("#wordButton").query()).isDisabled()).isTrue();
        assertThat(((Button) app.lookup("#excelButton").query()).isDisabled()).isTrue();
        assertThat(((Button) app.lookup("#saveButton").query()).isDisabled()).isFalse();
        app.screenshot("periodic-report-3-building");
        hold.countDown();

        // Two LibreOffice conversions may take a minute or more on a slow machine.
        untilLong(() -> app.lookup("#sentPackage").tryQuery().map(Node::isVisible).orElse(false)
                && !busy.isVisible());
        assertThat(send.isDisabled()).isFalse();
        Label built = app.lookup("#packageLabel").query();
        assertThat(built.getText()).contains("BaoCao-Q1-2026-Muong-La.zip").contains("BaoCao-Q1-2026-Muong-La.eml")
                .contains("soyte@sonla.gov.vn");
        assertThat(out.resolve("BaoCao-Q1-2026-Muong-La.eml")).exists();
        assertThat(upward.getText()).startsWith("Chưa gửi báo cáo lên cấp trên");
        app.screenshot("periodic-report-4-built");

        app.clickOn("#confirmSentButton");

        app.until(() -> upward.getText().startsWith("Đã gửi báo cáo"));
        assertThat(built.getText()).startsWith("Đã ghi nhận: báo cáo đã gửi lên tỉnh lúc");
        assertThat(app.lookup("#confirmSentButton").query().getParent().isVisible()).isFalse();
        app.screenshot("periodic-report-5-confirmed");
        app.stop();
        app = null;

        try (Database db = Database.open(dataDir)) {
            var period = new ReportingService(db).period(periodId).period();
            assertThat(period.sentAt()).isNotNull();
            assertThat(period.sentTo()).contains("soyte@sonla.gov.vn");
        }
    }

    @Test
    void aSaveGoesThroughWhileThePackageWaitsForTheFileThreads() throws Exception {
        Opened opened = openFilledQuarterSavingInto("out");
        long periodId = opened.periodId();
        Path dataDir = opened.dataDir();
        Path out = opened.out();
        AppContext ctx = opened.ctx();
        // Both file threads are taken (say, two long LibreOffice runs): the package is read, then waits for one.
        CountDownLatch hold = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            ctx.fileExecutor().execute(() -> {
                try {
                    hold.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        app.clickOn("#sendButton");
        Node busy = app.lookup("#busyBox").query();
        assertThat(busy.isVisible()).isTrue();

        TextArea leadership = app.lookup("#partLEADERSHIP").query();
        app.fx(() -> leadership.setText("Sửa trong lúc lập bộ hồ sơ."));
        app.clickOn("#saveButton");

        Label message = app.lookup("#message").query();
        app.until(() -> message.getText().startsWith("Đã lưu báo cáo"));
        assertThat(busy.isVisible()).isTrue();
        app.screenshot("periodic-report-saved-while-building");
        hold.countDown();
        untilLong(() -> app.lookup("#sentPackage").tryQuery().map(Node::isVisible).orElse(false)
                && !busy.isVisible());
        app.stop();
        app = null;

        try (Database db = Database.open(dataDir)) {
            assertThat(new PeriodicReportService(db).report(periodId).text(ReportPart.LEADERSHIP))
                    .isEqualTo("Sửa trong lúc lập bộ hồ sơ.");
            assertThat(new ReportingService(db).period(periodId).period().sentAt()).isNull();
        }
    }

    /** Waits up to three minutes (LibreOffice) until {@code condition} holds on the FX thread. */
    private void untilLong(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> {
            boolean[] result = new boolean[1];
            app.interact(() -> result[0] = condition.getAsBoolean());
            return result[0];
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A filled quarter's report opened in the app, its drafts shown, files saved into {@code folder}. */
    private Opened openFilledQuarterSavingInto(String folder) throws Exception {
        FilledQuarter q = new FilledQuarter(dir);
        long periodId = q.quarter.period().id();
        q.db.close();
        Path dataDir = dir.resolve("db");
        Path out = Files.createDirectories(dir.resolve(folder));
        app = new AppDriver(dataDir).start();
        openPeriod(periodId);
        TextArea targets = app.waitFor("#partTARGETS");
        app.until(() -> targets.getText().contains("96,5%"));
        AppContext ctx = app.app().context();
        app.fx(() -> ctx.setFileChooser(FileChooserPort.fixedFolder(out)));
        return new Opened(periodId, dataDir, out, ctx);
    }

    private record Opened(long periodId, Path dataDir, Path out, AppContext ctx) {
    }

    private void openPeriod(long periodId) {
        app.waitFor("#planSwitcher");
        app.navigate("Báo cáo kỳ");
        ComboBox<PeriodOverview> periods = app.waitFor("#periodBox");
        app.until(() -> !periods.getItems().isEmpty());
        app.fx(() -> periods.getSelectionModel().select(periods.getItems().stream()
                .filter(p -> p.period().id() == periodId).findFirst().orElseThrow()));
    }

    /** Types {@code text} over the date field's text and presses Enter, as the official does. */
    private void type(DatePicker picker, String text) {
        app.clickOn(picker.getEditor());
        app.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        app.write(text).type(KeyCode.ENTER);
    }
}
