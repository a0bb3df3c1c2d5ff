package vn.kehoachxa.ui.collectorimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.exchange.collect.PackageReadResult;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.service.collect.CollectorPackages;
import vn.kehoachxa.service.collect.ProvinceCommuneService;
import vn.kehoachxa.service.collect.TestImportServices;

/** The commune-list dialog on a real collector database. */
class CommuneListDialogUiTest {
    @TempDir
    Path dir;
    CollectorDatabase db;
    ProvinceCommuneService service;
    final ExecutorService ordered = Executors.newSingleThreadExecutor();
    final FxRobot robot = new FxRobot();
    CommuneListDialog dialog;
    final Clock clock = Clock.fixed(Instant.parse("2026-03-19T03:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        db = CollectorDatabase.openEmbedded(dir.resolve("db"));
        service = new ProvinceCommuneService(db, clock);
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null) {
            WaitForAsyncUtils.asyncFx(() -> dialog.stage().close()).get();
        }
        ordered.shutdown();
        ordered.awaitTermination(10, TimeUnit.SECONDS);
        db.close();
    }

    @Test
    void aListImportedFromAFileIsShownEditedUndoneAndACommuneWithPackagesIsNotRemoved() throws Exception {
        Path csv = dir.resolve("danh-sach-xa.csv");
        Files.writeString(csv, "Mã,Tên xã/phường,Tỉnh\n14290,Mường La,Sơn La\n14293,Chiềng Lao,Sơn La\n"
                + "14296,Mường Bú,Sơn La\n", StandardCharsets.UTF_8);
        AtomicInteger changes = new AtomicInteger();
        dialog = WaitForAsyncUtils.asyncFx(() -> CommuneListDialog.show(null, service, ordered,
                changes::incrementAndGet)).get();

        WaitForAsyncUtils.asyncFx(() -> dialog.importList(csv)).get();
        waitUntil(() -> dialog.model().communes().size() == 3);
        assertThat(dialog.model().provinceProperty().get()).isEqualTo("Sơn La");
        assertThat(dialog.model().statusProperty().get()).contains("thêm 3 xã");

        WaitForAsyncUtils.asyncFx(() -> dialog.addCommune(new ProvinceCommune("14299", "Chiềng Hoa", "Sơn La")))
                .get();
        waitUntil(() -> dialog.model().communes().size() == 4);
        ImportPackagesDialogUiTest.snap(dialog.stage().getScene().getRoot(), "collector-commune-list");
        WaitForAsyncUtils.asyncFx(dialog::undo).get();
        waitUntil(() -> dialog.model().communes().size() == 3 && dialog.model().canRedoProperty().get());

        TestImportServices.withReader(db, clock, p -> List.of(new PackageReadResult("a.zip", CollectorPackages.of(
                "14290", "Mường La", "Sơn La", CollectorPackages.Q1_2026, BigDecimal.ONE), null)))
                .importAll(List.of(dir.resolve("a.zip")), p -> { });
        TableView<ProvinceCommune> table = robot.lookup("#communes").queryTableView();
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0)).get();
        Button remove = robot.lookup("#remove").queryButton();
        WaitForAsyncUtils.asyncFx(remove::fire).get();
        waitUntil(() -> robot.lookup("#communeRemoveRefused").tryQuery().isPresent());
        DialogPane refused = robot.lookup("#communeRemoveRefused").query();

        assertThat(refused.getContentText()).contains("Mường La", "quý I năm 2026");
        ImportPackagesDialogUiTest.snap(refused, "collector-commune-remove-refused");
        WaitForAsyncUtils.asyncFx(() -> refused.getScene().getWindow().hide()).get();
        assertThat(service.communes()).hasSize(3);
        assertThat(changes.get()).isGreaterThanOrEqualTo(4);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            boolean[] ok = new boolean[1];
            WaitForAsyncUtils.asyncFx(() -> ok[0] = condition.getAsBoolean()).get();
            return ok[0];
        });
    }
}
