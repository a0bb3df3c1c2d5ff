package vn.kehoachxa.ui.collectorimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoachxa.domain.collect.PackageRejectedException;
import vn.kehoachxa.domain.collect.PackageRejection;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.collect.ReceivedPackage;
import vn.kehoachxa.exchange.collect.PackageReadResult;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.service.collect.CollectorImportService;
import vn.kehoachxa.service.collect.CollectorPackages;
import vn.kehoachxa.service.collect.TestImportServices;

/** The import dialog on a real collector database, with packages handed over by an in-memory reader. */
class ImportPackagesDialogUiTest {
    @TempDir
    Path dir;
    CollectorDatabase db;
    CollectorImportService service;
    final Map<Path, List<PackageReadResult>> files = new HashMap<>();
    final ExecutorService ordered = Executors.newSingleThreadExecutor();
    final ExecutorService fileWork = Executors.newSingleThreadExecutor();
    final FxRobot robot = new FxRobot();
    ImportPackagesDialog dialog;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        db = CollectorDatabase.openEmbedded(dir.resolve("db"));
        db.inTransaction(s -> {
            s.communeList().setProvince("Sơn La");
            s.communeList().insert(new ProvinceCommune("14290", "Mường La", "Sơn La"), Instant.EPOCH);
            s.communeList().insert(new ProvinceCommune("14293", "Chiềng Lao", "Sơn La"), Instant.EPOCH);
            return null;
        });
        service = TestImportServices.withReader(db, Clock.fixed(Instant.parse("2026-03-19T03:00:00Z"),
                ZoneOffset.UTC), path -> files.getOrDefault(path, List.of()));
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null) {
            WaitForAsyncUtils.asyncFx(() -> dialog.stage().close()).get();
        }
        ordered.shutdown();
        fileWork.shutdown();
        ordered.awaitTermination(10, TimeUnit.SECONDS);
        db.close();
    }

    Path source(String name, ReceivedPackage p) {
        Path path = dir.resolve(name);
        files.put(path, List.of(new PackageReadResult(name, p, null)));
        return path;
    }

    @Test
    void anImportShowsEveryOutcomeWithItsReasonAndTheSummaryThenTheLastImportIsUndone() throws Exception {
        ReceivedPackage muongLa = CollectorPackages.of("14290", "Mường La", "Sơn La", CollectorPackages.Q1_2026,
                new BigDecimal("96.5"));
        Path a = source("BaoCao-Q1-2026-Muong-La.zip", muongLa);
        Path again = source("thu-Q1.eml", new ReceivedPackage(muongLa.manifest(), muongLa.results(), "thu-Q1.eml",
                muongLa.manifestSha256()));
        Path b = source("BaoCao-Q1-2026-Chieng-Lao.zip", CollectorPackages.of("14293", "Chiềng Lao", "Sơn La",
                CollectorPackages.Q1_2026, BigDecimal.TEN));
        Path c = source("BaoCao-Q1-2026-Nam-Gion.zip", CollectorPackages.of("14999", "Nậm Giôn", "Sơn La",
                CollectorPackages.Q1_2026, BigDecimal.ONE));
        Path bad = dir.resolve("hong.zip");
        files.put(bad, List.of(new PackageReadResult("hong.zip", null, new PackageRejectedException(
                PackageRejection.TAMPERED, "Tệp ket-qua.json trong hong.zip không khớp mã kiểm tra: gói đã bị sửa."
                + " Hãy đề nghị xã gửi lại."))));
        AtomicInteger refreshed = new AtomicInteger();
        dialog = WaitForAsyncUtils.asyncFx(() -> ImportPackagesDialog.show(null, service, ordered, fileWork,
                refreshed::incrementAndGet)).get();

        WaitForAsyncUtils.asyncFx(() -> dialog.importFrom(List.of(a, b, again, c, bad))).get();
        waitUntil(() -> !dialog.model().busyProperty().get() && !dialog.model().lines().isEmpty());

        assertThat(dialog.model().lines()).extracting(ImportPackagesViewModel.Line::kind)
                .containsExactly("Đã nhập", "Đã nhập", "Đã có", "Từ chối", "Từ chối");
        assertThat(dialog.model().lines().get(3).message()).contains("14999", "không có trong danh sách");
        assertThat(dialog.model().summaryProperty().get())
                .isEqualTo("Đã nhập 2 gói, 1 gói đã có, 2 gói bị từ chối.");
        assertThat(dialog.model().progressProperty().get()).isEqualTo(1.0);
        assertThat(refreshed).hasValue(1);
        snap(dialog.stage().getScene().getRoot(), "collector-import-outcomes");

        Button undo = robot.lookup("#undoBatch").queryButton();
        WaitForAsyncUtils.asyncFx(undo::fire).get();
        DialogPane confirm = waitForNode("#collectorUndoConfirm");
        assertThat(confirm.getContentText()).contains("2 gói báo cáo", "Mường La (14290)", "Chiềng Lao (14293)");
        snap(confirm, "collector-import-undo-confirm");
        WaitForAsyncUtils.asyncFx(() -> ((Button) confirm.lookupButton(confirm.getButtonTypes().getFirst()))
                .fire()).get();
        waitUntil(() -> refreshed.get() == 2);

        assertThat(service.lastBatch()).isEmpty();
        assertThat(dialog.model().statusProperty().get()).contains("xóa 2 gói");
    }

    private <T extends Node> T waitForNode(String query) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            boolean[] ok = new boolean[1];
            WaitForAsyncUtils.asyncFx(() -> ok[0] = condition.getAsBoolean()).get();
            return ok[0];
        });
    }

    static void snap(Node node, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.getScene().snapshot(null)).get();
        Path out = Path.of(System.getProperty("testfx.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(out);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
