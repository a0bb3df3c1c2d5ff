package vn.kehoachxa.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.PeriodEvent;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.exchange.unitform.FormFiller;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportPackageService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.service.report.FilledQuarter;
import vn.kehoachxa.service.report.ReportPackage;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.ui.reporting.ResultLines.IndicatorLine;

/** A sent period reopened with a reason through Báo cáo kỳ, its history, and flagged figures on Kết quả. */
class PeriodLockUiTest {
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
    void officialReopensASentPeriodGivingAReasonAndSeesItInTheHistory() {
        FilledQuarter q = new FilledQuarter(dir);
        long periodId = q.quarter.period().id();
        new ReportPackageService(q.db, q.clock).confirmSent(periodId, new ReportPackage(
                dir.resolve("pkg"), dir.resolve("r.docx"), dir.resolve("r.xlsx"), List.of(), dir.resolve("r.zip"),
                dir.resolve("r.eml"), List.of("Sở Y tế tỉnh Sơn La"), "Báo cáo quý I"));
        q.db.close();
        Path dataDir = dir.resolve("db");
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Báo cáo kỳ");
        ComboBox<PeriodOverview> periods = app.waitFor("#periodBox");
        app.until(() -> !periods.getItems().isEmpty());
        app.fx(() -> periods.getSelectionModel().select(periods.getItems().stream()
                .filter(p -> p.period().id() == periodId).findFirst().orElseThrow()));
        Label status = app.waitFor("#lockStatus");
        app.until(() -> status.getText().startsWith("Số liệu của kỳ đã khóa: báo cáo đã gửi lên cấp trên ngày "
                + "30/3/2026"));
        Button reopen = app.lookup("#reopenButton").query();
        assertThat(reopen.isVisible()).isTrue();
        app.screenshot("period-lock-1-locked");

        app.clickOn(reopen);
        TextArea reason = app.waitFor("#reopenDialog #noteText");
        Button confirm = app.lookup("#reopenDialog #noteConfirm").query();
        assertThat(confirm.isDisabled()).as("no reason, no reopening").isTrue();
        app.fx(() -> reason.setText("Trạm Y tế gửi lại tỷ lệ tiêm chủng đã sửa"));
        assertThat(confirm.isDisabled()).isFalse();
        Screens.windowOf(app, confirm, "period-lock-2-reopen-dialog");
        app.clickOn(confirm);
        app.until(() -> status.getText().startsWith("Kỳ đã được mở lại sau khi gửi ngày 30/3/2026"));
        assertThat(reopen.isVisible()).isFalse();

        app.clickOn("#historyButton");
        TableView<PeriodEvent> history = app.waitFor("#historyTable");
        app.until(() -> history.getItems().size() == 2);
        assertThat(history.getItems()).extracting(PeriodEvent::kind)
                .containsExactly(PeriodEvent.Kind.SENT, PeriodEvent.Kind.REOPENED);
        assertThat(history.getItems().getLast().by()).isEqualTo(System.getProperty("user.name"));
        assertThat(history.getItems().getLast().detail()).isEqualTo("Trạm Y tế gửi lại tỷ lệ tiêm chủng đã sửa");
        Screens.windowOf(app, history, "period-lock-3-history");
        app.fx(() -> history.getScene().getWindow().hide());
        app.stop();
        app = null;

        try (Database db = Database.open(dataDir)) {
            assertThat(new ReportingService(db).lock(periodId).locked()).isFalse();
        }
    }

    @Test
    void kếtQuảShowsFlagsBesideFiguresAndTheOfficialAcceptsOneWithANote() {
        FilledQuarter q = new FilledQuarter(dir);
        ReportingService reporting = new ReportingService(q.db, q.clock);
        long q2 = reporting.periods(q.planId).stream().filter(o -> o.period().kind() == PeriodKind.QUARTER
                && o.period().year() == 2026 && o.period().index() == 2).findFirst().orElseThrow().period().id();
        List<Indicator> indicators = new PlanService(q.db).load(q.planId).indicators();
        Indicator vaccination = indicators.stream().filter(i -> i.code().equals("ML-04")).findFirst().orElseThrow();
        Indicator doctors = indicators.stream().filter(i -> i.code().equals("ML-06")).findFirst().orElseThrow();
        Unit station = reporter(reporting, q, q2, vaccination);
        Unit office = reporter(reporting, q, q2, doctors);
        reporting.submit(SubmissionDraft.byHand(q.quarter.period().id(), office.id(), reporting.today(),
                SubmissionSource.MANUAL, null, List.of(), List.of(new ResultEntry(doctors.id(), BigDecimal.valueOf(4),
                        null, null))));
        reporting.submit(SubmissionDraft.byHand(q2, office.id(), reporting.today(), SubmissionSource.PAPER, null,
                List.of(), List.of(new ResultEntry(doctors.id(), BigDecimal.valueOf(40), null, null))));
        reporting.submit(SubmissionDraft.byHand(q2, station.id(), reporting.today(), SubmissionSource.PAPER, null,
                List.of(), List.of(new ResultEntry(vaccination.id(), BigDecimal.valueOf(140), null, null)))
                .withAcceptedNotes(Map.of(vaccination.id(), "Tính cả trẻ xã bên đến tiêm nhờ")));
        q.db.close();
        app = new AppDriver(dir.resolve("db")).start();
        app.waitFor("#planSwitcher");
        app.navigate("Kết quả");
        ComboBox<PeriodOverview> period = app.waitFor("#period");
        app.until(() -> !period.getItems().isEmpty());
        app.fx(() -> period.setValue(period.getItems().stream().filter(p -> p.period().id() == q2).findFirst()
                .orElseThrow()));
        TableView<IndicatorLine> table = app.lookup("#indicatorTable").query();
        app.until(() -> line(table, doctors) != null && line(table, doctors).results().contains("△"));
        assertThat(line(table, doctors).results()).isEqualTo(office.name()
                + ": 40 bác sĩ △ gấp hơn 3 lần kỳ trước (4 → 40)");
        assertThat(line(table, vaccination).results()).isEqualTo(station.name()
                + ": 140% ✔ tỷ lệ 140% lớn hơn 100%; đã chấp nhận: Tính cả trẻ xã bên đến tiêm nhờ");

        app.fx(() -> table.getSelectionModel().select(line(table, doctors)));
        Button accept = app.lookup("#acceptFigure").query();
        app.until(() -> !accept.isDisabled());
        app.screenshot("figure-checks-1-results");
        app.clickOn(accept);
        TextArea note = app.waitFor("#acceptDialog #noteText");
        app.fx(() -> note.setText("Số đúng: có 36 bác sĩ tăng cường từ tỉnh"));
        Button confirm = app.lookup("#acceptDialog #noteConfirm").query();
        Screens.windowOf(app, confirm, "figure-checks-2-accept-dialog");
        app.clickOn(confirm);
        app.until(() -> line(table, doctors).results().contains("đã chấp nhận: Số đúng: có 36 bác sĩ"));
        app.screenshot("figure-checks-3-accepted");
    }

    @Test
    void theImportPreviewShowsAFigureOutOfRangeAndImportsItWithTheNoteTyped() throws Exception {
        FilledQuarter q = new FilledQuarter(dir);
        ReportingService reporting = new ReportingService(q.db, q.clock);
        long q2 = reporting.periods(q.planId).stream().filter(o -> o.period().kind() == PeriodKind.QUARTER
                && o.period().year() == 2026 && o.period().index() == 2).findFirst().orElseThrow().period().id();
        Indicator vaccination = new PlanService(q.db).load(q.planId).indicators().stream()
                .filter(i -> i.code().equals("ML-04")).findFirst().orElseThrow();
        Unit station = reporter(reporting, q, q2, vaccination);
        Path form = new UnitFormService(q.db, q.clock).generate(q2, station.id(), dir.resolve("forms"));
        FormFiller.open(form).number(vaccination.id(), 140, null).save();
        q.db.close();
        app = new AppDriver(dir.resolve("db")).start();
        app.waitFor("#planSwitcher");
        app.navigate("Kỳ báo cáo");
        TableView<PeriodOverview> periods = app.waitFor("#periods");
        app.until(() -> !periods.getItems().isEmpty());
        app.fx(() -> periods.getSelectionModel().select(periods.getItems().stream()
                .filter(p -> p.period().id() == q2).findFirst().orElseThrow()));
        FormFilePicker.use(new FormFilePicker() {
            @Override
            public List<Path> chooseForms(javafx.stage.Window owner) {
                return List.of(form);
            }

            @Override
            public Optional<Path> chooseFolder(javafx.stage.Window owner) {
                return Optional.empty();
            }
        });
        try {
            app.clickOn("#importButton");
            javafx.scene.control.TextField note = app.waitFor("#formPreview #note-" + vaccination.id());
            assertThat(app.lookup("#formPreview .label").queryAllAs(Label.class).stream().map(Label::getText))
                    .anyMatch(t -> t.startsWith("⚠ Ô E") && t.contains(", trang Chỉ tiêu — " + vaccination.name()
                            + ": 140% — tỷ lệ 140% lớn hơn 100%. Chỉ nhập khi có ghi chú chấp nhận."));
            app.fx(() -> note.setText("Tính cả trẻ xã bên đến tiêm nhờ"));
            Button ok = app.lookup("#previewImport").query();
            Screens.windowOf(app, ok, "figure-checks-4-import-preview");
            app.clickOn(ok);
            Label message = app.lookup("#message").query();
            app.until(() -> "Đã nhập 1/1 tệp.".equals(message.getText()));
        } finally {
            FormFilePicker.use(null);
        }
        app.stop();
        app = null;
        try (Database db = Database.open(dir.resolve("db"))) {
            assertThat(new ReportingService(db).history(q2)).extracting(PeriodEvent::detail)
                    .containsExactly("Tính cả trẻ xã bên đến tiêm nhờ");
        }
    }

    private static Unit reporter(ReportingService reporting, FilledQuarter q, long periodId, Indicator indicator) {
        return q.units.stream().filter(u -> reporting.unitAssignments(periodId, u.id()).indicators().stream()
                .anyMatch(i -> i.indicator().id().equals(indicator.id()))).findFirst().orElseThrow();
    }

    private static IndicatorLine line(TableView<IndicatorLine> table, Indicator indicator) {
        return table.getItems().stream().filter(l -> l.source().indicator().id().equals(indicator.id()))
                .findFirst().orElse(null);
    }
}
