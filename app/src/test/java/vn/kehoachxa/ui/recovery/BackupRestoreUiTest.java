package vn.kehoachxa.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.domain.storage.BackupReason;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.ClashPolicy;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.PlanImportService;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.testsupport.ReportedPlans;

/** Backups made in Cài đặt bring every plan and report back: at start-up over a damaged file, and on request. */
class BackupRestoreUiTest {
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
