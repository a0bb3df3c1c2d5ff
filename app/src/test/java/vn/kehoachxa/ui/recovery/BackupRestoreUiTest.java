package vn.kehoachxa.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.domain.storage.BackupReason;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.BackupService;
import vn.kehoachxa.service.ClashPolicy;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.PlanImportService;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.ui.common.FileChooserPort;
import vn.kehoachxa.testsupport.ReportedPlans;

/** Backups made in Cài đặt bring every plan and report back: at start-up over a damaged file, and on request. */
class BackupRestoreUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path oldPcAndUsb;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void aDamagedDatabaseIsReplacedByTheNewestBackupAtStartUp() throws Exception {
        seedWithReports();
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        openBackups();
        TableView<BackupInfo> table = app.lookup("#backupTable").query();
        Button now = app.lookup("#backupNowButton").query();
        app.fx(now::fire);
        app.until(() -> table.getItems().stream().anyMatch(b -> b.reason() == BackupReason.MANUAL));
        assertThat(table.getItems()).anyMatch(b -> b.reason() == BackupReason.DAILY);
        Label status = app.lookup("#backupStatus").query();
        assertThat(status.getText()).startsWith("Đã sao lưu vào").contains("2 báo cáo của đơn vị");
        app.screenshot("backup-1-settings");
        app.stop();
        app = null;

        Path file = dataDir.resolve("kehoachxa.mv.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        app = new AppDriver(dataDir).start();
        Button restore = app.waitFor("#recoveryRestore");
        Label problem = app.lookup("#recoveryProblem").query();
        assertThat(problem.getText()).contains("bị hỏng");
        Label offer = app.lookup("#recoveryOffer").query();
        assertThat(offer.getText()).contains("2 báo cáo của đơn vị").contains("không bị xóa");
        app.screenshotOf("backup-2-recovery-offer", restore);
        Platform.runLater(restore::fire);
        app.waitFor("#planSwitcher");
        app.screenshot("backup-3-restored");
        app.stop();
        app = null;
        assertWholePlanWithReports();
    }

    @Test
    void aBackupChosenInSettingsIsRestoredAfterTheCurrentDataIsBackedUp() throws Exception {
        seedWithReports();
        try (Database db = Database.open(dataDir)) {
            db.backup(BackupReason.MANUAL);
            new PlanImportService(db).importFile(Path.of("..", "samples", "ha-dong.kehoach.json"), ClashPolicy.REFUSE);
        }
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        openBackups();
        TableView<BackupInfo> table = app.lookup("#backupTable").query();
        app.until(() -> table.getItems().stream().anyMatch(b -> b.reason() == BackupReason.MANUAL));
        BackupInfo manual = table.getItems().stream().filter(b -> b.reason() == BackupReason.MANUAL).findFirst()
                .orElseThrow();
        assertThat(manual.counts().plans()).isEqualTo(1);
        app.fx(() -> table.getSelectionModel().select(manual));
        Button restore = app.lookup("#restoreButton").query();
        Platform.runLater(restore::fire);
        Button yes = app.waitFor("#restoreYes");
        app.screenshotOf("backup-4-restore-confirm", yes);
        Platform.runLater(yes::fire);
        app.waitFor("#planSwitcher");
        app.until(() -> app.lookup("#backupTable").tryQuery().isEmpty()
                || ((TableView<?>) app.lookup("#backupTable").query()).getItems().stream()
                        .anyMatch(b -> ((BackupInfo) b).reason() == BackupReason.BEFORE_RESTORE));
        app.stop();
        app = null;
        try (Database db = Database.open(dataDir)) {
            List<BackupInfo> all = db.backups();
                        assertThat(db.<Integer>read(store -> store.plans().list().size())).isEqualTo(1);
            assertThat(all).anyMatch(b -> b.reason() == BackupReason.BEFORE_RESTORE && b.counts().plans() == 2);
        }
    }

    @Test
    void aNewPcTakesTheOldPcsBackupFromTheFirstRunScreen() throws Exception {
        Path copied = backupOnTheOldPcToAUsbStick();
        // The new PC has nothing yet: the first-run screen asks for the commune profile and offers the restore.
        app = new AppDriver(dataDir).start();
        Button restore = app.waitFor("#firstRunRestoreButton");
        app.fx(() -> app.app().context().setFileChooser(new OneFile(copied)));
        app.screenshot("backup-5-new-pc-first-run");
        Platform.runLater(restore::fire);
        Button yes = app.waitFor("#restoreYes");
        app.screenshotOf("backup-6-new-pc-confirm", yes);
        Platform.runLater(yes::fire);
        // Profile and plans came back, so the main window opens on the restored plan.
        app.waitFor("#planSwitcher");
        app.stop();
        app = null;
        assertWholePlanWithReports();
    }

    @Test
    void aBackupFileIsRestoredFromSettings() throws Exception {
        Path copied = backupOnTheOldPcToAUsbStick();
        try (Database db = Database.open(dataDir)) {
            new CommuneService(db).save(new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La",
                    "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", null, "Mường La", List.of(), List.of()));
            new PlanImportService(db).importFile(Path.of("..", "samples", "ha-dong.kehoach.json"), ClashPolicy.REFUSE);
        }
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        String haDong = app.app().workspace().plans().list().getFirst().summary();
        app.fx(() -> app.app().context().setFileChooser(new OneFile(copied)));
        openBackups();
        Button fromFile = app.lookup("#restoreFromFileButton").query();
        Platform.runLater(fromFile::fire);
        Button yes = app.waitFor("#restoreYes");
        Platform.runLater(yes::fire);
        // The screens are built anew on the restored data: the switcher then shows the old PC's plan.
        app.until(() -> app.lookup("#planSwitcher").tryQuery()
                .map(node -> ((ComboBox<?>) node).getValue())
                .filter(plan -> !((PlanSummary) plan).summary().equals(haDong)).isPresent());
        app.stop();
        app = null;
        assertWholePlanWithReports();
        try (Database db = Database.open(dataDir)) {
            assertThat(db.backups()).anyMatch(b -> b.reason() == BackupReason.BEFORE_RESTORE && b.counts().plans() == 1);
        }
    }

    /** The old PC: the Mường La plan with two units' reports, backed up onto a USB stick. */
    private Path backupOnTheOldPcToAUsbStick() {
        try (Database db = Database.open(oldPcAndUsb.resolve("may-cu"))) {
            new CommuneService(db).save(new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La",
                    "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", null, "Mường La", List.of(), List.of()));
            ReportedPlans.muongLaWithReports(db);
            return new BackupService(db).backupTo(oldPcAndUsb.resolve("usb"));
        }
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

    private void openBackups() {
        app.navigate("Cài đặt");
        app.waitFor("#backupTable");
        ScrollPane scroll = (ScrollPane) app.lookup(".screen-scroll").query();
        app.fx(() -> scroll.setVvalue(1.0));
    }

    private void seedWithReports() {
        try (Database db = Database.open(dataDir)) {
            new CommuneService(db).save(new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La",
                    "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", null, "Mường La", List.of(), List.of()));
            if (db.<Integer>read(store -> store.plans().list().size()) == 0) {
                ReportedPlans.muongLaWithReports(db);
            }
        }
    }

    private void assertWholePlanWithReports() {
        try (Database db = Database.open(dataDir)) {
            long planId = db.<Long>read(store -> store.plans().list().getFirst().id());
            assertThat(db.<Integer>read(store -> store.reporting().submissions(
                    store.reporting().periods(planId).getFirst().id()).size())).isEqualTo(2);
        }
    }
}
