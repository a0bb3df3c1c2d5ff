package vn.kehoachxa.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitService;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.testsupport.AppDriver;

/** Making forms on Kỳ báo cáo writes a draft per unit, names the units without e-mail, and opens the drafts' folder. */
class FormDraftsUiTest {
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
    void makingFormsWritesOneDraftPerUnitListsUnitsWithoutEmailAndMoThuMucOpensTheDrafts() throws Exception {
        long planId = AppDriver.seedMuongLa(dataDir);
        List<String> reporters;
        try (Database db = Database.open(dataDir)) {
            UnitService units = new UnitService(db);
            for (Unit u : units.all()) {
                if (!u.name().equals("Công an xã")) {
                    units.update(u.withEmail("don-vi-" + u.id() + "@muongla.gov.vn"));
                }
            }
            ReportingService reporting = new ReportingService(db);
            reporting.generatePeriods(planId);
            reporters = reporting.reportingUnits(planId).stream().map(Unit::name).toList();
        }
        assertThat(reporters).contains("Công an xã");
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        List<Path> opened = new CopyOnWriteArrayList<>();
        var ctx = app.app().context();
        app.fx(() -> ctx.setOpener(opened::add));
        FormFilePicker.use(new FolderPicker(formsDir));
        app.navigate("Kỳ báo cáo");
        TableView<PeriodOverview> periods = app.waitFor("#periods");
        app.until(() -> !periods.getItems().isEmpty());
        app.fx(() -> periods.getSelectionModel().select(0));
        Button openDrafts = app.lookup("#openDraftsButton").query();
        assertThat(openDrafts.isVisible()).isFalse();

        app.clickOn("#formsButton");
        Label message = app.lookup("#message").query();
        // Writing the workbooks and drafts can take longer than the usual 15 s on a loaded machine.
        untilLong(() -> message.getText().startsWith("Đã tạo " + reporters.size() + " biểu mẫu")
                || app.lookup(".dialog-pane").tryQuery().isPresent());
        app.screenshot("reporting-6-forms-and-email-drafts");
        assertThat(app.lookup(".dialog-pane").tryQuery()).isEmpty();
        app.until(openDrafts::isVisible);
        String code = "N-" + periods.getSelectionModel().getSelectedItem().period().year();
        Path drafts = formsDir.toAbsolutePath().resolve("Thư nháp " + code);
        assertThat(message.getText()).contains("Đã soạn " + reporters.size() + " thư nháp")
                .contains(drafts.toString())
                .contains("Chưa có e-mail nên thư để trống người nhận (1 đơn vị): Công an xã.");
        try (var files = Files.list(drafts)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted())
                    .hasSize(reporters.size()).allMatch(n -> n.startsWith("Báo cáo " + code + " - "));
        }
        assertThat(openDrafts.getText()).startsWith("Mở thư mục");

        app.clickOn(openDrafts);
        app.until(() -> opened.contains(drafts));
        assertThat(opened).containsExactly(drafts);

        app.fx(() -> periods.getSelectionModel().select(1));
        assertThat(openDrafts.isVisible()).isFalse();
    }

    private void untilLong(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            boolean[] result = new boolean[1];
            app.interact(() -> result[0] = condition.getAsBoolean());
            return result[0];
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The folder the official picks for the forms. */
    private record FolderPicker(Path folder) implements FormFilePicker {
        @Override
        public List<Path> chooseForms(Window owner) {
            return List.of();
        }

        @Override
        public Optional<Path> chooseFolder(Window owner) {
            return Optional.of(folder);
        }
    }
}
