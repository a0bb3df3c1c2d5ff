package vn.kehoachxa.ui.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanExportService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.ui.common.FileChooserPort;

/** Tệp › Nhập tệp kế hoạch: a plan file keeps its reporting periods, and the same plan twice asks what to do. */
class MenuImportUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path officeDir;
    private AppDriver app;
    private Path planFile;
    private int periodCount;

    @BeforeEach
    void exportAPlanWithItsPeriodsFromAnotherOffice() {
        planFile = officeDir.resolve("ha-dong-bao-cao.kehoach.json");
        try (Database office = Database.open(officeDir.resolve("data"))) {
            long planId = new PlanService(office).create(PlanFiles.readBundledSample("ha-dong"));
            periodCount = new ReportingService(office).generatePeriods(planId).size();
            new PlanExportService(office).toPlanFile(planId, planFile, true);
        }
        assertThat(periodCount).isPositive();
        AppDriver.seedMuongLa(dataDir);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private ComboBox<PlanSummary> startAndPickTheFile() {
        app = new AppDriver(dataDir).start();
        ComboBox<PlanSummary> switcher = app.waitFor("#planSwitcher");
        app.until(() -> switcher.getValue() != null);
        app.fx(() -> app.app().context().setFileChooser(new OneFile(planFile)));
        return switcher;
    }

    private void importThroughTheMenu() {
        app.clickOn("Tệp").clickOn("Nhập tệp kế hoạch…");
    }

    @Test
    void aPlanFileImportedThroughTheMenuKeepsItsReportingPeriods() {
        ComboBox<PlanSummary> switcher = startAndPickTheFile();

        importThroughTheMenu();

        app.until(() -> switcher.getValue() != null && switcher.getValue().communeName().contains("Hà Đông"));
        app.navigate("Kỳ báo cáo");
        TableView<PeriodOverview> periods = app.waitFor("#periods");
        app.until(() -> periods.getItems().size() == periodCount);
        app.screenshot("menu-import-1-periods-kept");
    }

    @Test
    void theSamePlanImportedAgainAsksAndCanOpenTheExistingPlan() {
        ComboBox<PlanSummary> switcher = startAndPickTheFile();
        importThroughTheMenu();
        app.until(() -> switcher.getValue() != null && switcher.getValue().communeName().contains("Hà Đông"));
        long imported = switcher.getValue().id();
        app.fx(() -> switcher.getSelectionModel().select(switcher.getItems().stream()
                .filter(p -> p.id() != imported).findFirst().orElseThrow()));

        importThroughTheMenu();

        DialogPane ask = app.waitFor("#importClash");
        assertThat(ask.getContentText()).contains("(mã " + imported + ")", "nội dung giống hệt", "Thay thế");
        assertThat(ask.getButtonTypes()).extracting(ButtonType::getText).containsExactlyInAnyOrder(
                "Mở kế hoạch đã có", "Nhập bản sao", "Thay thế", "Hủy");
        app.screenshotOf("menu-import-2-same-plan-asks", ask);
        Button open = (Button) ask.lookupButton(ask.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Mở kế hoạch đã có")).findFirst().orElseThrow());
        app.clickOn(open);

        app.until(() -> switcher.getValue() != null && switcher.getValue().id() == imported);
        assertThat(switcher.getItems()).hasSize(2);
        assertThat(app.app().workspace().plans().list()).hasSize(2);
    }

    /** A file dialog that answers with one file, as a user picking it would. */
    private record OneFile(Path file) implements FileChooserPort {
        @Override
        public Optional<Path> save(Window owner, Request request) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> open(Window owner, Request request) {
            return Optional.of(file);
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            return Optional.empty();
        }
    }
}
