package vn.kehoachxa.ui.collectorsettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoachxa.App;
import vn.kehoachxa.domain.collect.DataFolderKind;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.service.collect.CollectorLaunch;
import vn.kehoachxa.service.collect.CollectorWorkspace;
import vn.kehoachxa.service.collect.ServerSettingsService;
import vn.kehoachxa.testsupport.CollectorDatabases;
import vn.kehoachxa.testsupport.CollectorFixtures;
import vn.kehoachxa.testsupport.FolderSecrets;
import vn.kehoachxa.ui.common.Appearance;
import vn.kehoachxa.ui.common.Buttons;

/**
 * The Cài đặt máy chủ page over a real embedded collector holding 3 communes: fields refused by name, a port where
 * nothing listens, and the real PostgreSQL server checked with a wrong then the right password, saved after the
 * official confirmed that the folder's communes stay in the folder, and given up again. No file of the folder holds
 * the password. Screenshots under {@code target/screenshots/collector/}. The primary stage is not touched.
 */
class ServerSettingsDialogUiTest {
    @TempDir
    Path dir;
    private CollectorWorkspace workspace;
    private final ExecutorService ordered = Executors.newSingleThreadExecutor();
    private final FxRobot robot = new FxRobot();
    private ServerSettingsDialog dialog;
    private Appearance appearance;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        workspace = CollectorWorkspace.open(dir, CollectorLaunch.fromArguments(List.of("--collector")), s -> {
            throw new AssertionError("no password for an embedded collector");
        });
        CollectorFixtures.communes(workspace.database(), "Sơn La", 3);
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            appearance = Appearance.install(App.STYLESHEET);
        }).get();
        ServerSettingsService service = new ServerSettingsService(workspace);
        dialog = WaitForAsyncUtils.asyncFx(() -> ServerSettingsDialog.show(null, service, ordered)).get();
        waitUntil(() -> !dialog.model().busyProperty().get() && dialog.model().storageProperty().get() != null);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != dialog.stage() && w instanceof javafx.stage.Stage s && s.getOwner() == dialog.stage()) {
                    s.close();
                }
            }
            dialog.stage().close();
            appearance.uninstall();
        }).get();
        ordered.shutdown();
        ordered.awaitTermination(20, TimeUnit.SECONDS);
        workspace.close();
    }

    @Test
    void badFieldsAreNamedAndAServerThatDoesNotAnswerIsSaidAndNotSaved() throws Exception {
        assertThat(dialog.model().nowProperty().get()).contains(dir.toString(), "3 xã", "0 gói");
        assertThat(dialog.model().portProperty().get()).isEqualTo("5432");

        type("#host", "");
        fire("#check");
        assertThat(dialog.model().resultProperty().get()).contains("Ô \"Máy chủ\"");
        assertThat(dialog.model().toneProperty().get()).isEqualTo(ServerSettingsViewModel.Tone.PROBLEM);
        assertThat(robot.lookup("#host").query().isFocused()).isTrue();

        type("#host", "127.0.0.1");
        type("#port", "năm");
        fire("#check");
        assertThat(dialog.model().resultProperty().get()).contains("Ô \"Cổng\"", "năm");

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        type("#port", String.valueOf(port));
        type("#database", "tonghop_son_la");
        type("#user", "tinh");
        type("#password", "mat-khau-chi-de-thu-7");
        fire("#check");
        waitUntil(() -> !dialog.model().busyProperty().get());
        assertThat(dialog.model().resultProperty().get()).contains("Không kết nối được", "127.0.0.1",
                String.valueOf(port));
        snap(dialog.stage().getScene().getRoot(), "server-settings-unreachable");

        fire("#save");
        waitUntil(() -> !dialog.model().busyProperty().get());
        assertThat(dialog.model().resultProperty().get()).contains("Không kết nối được");
        assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_EMBEDDED);

        fire("#useEmbedded");
        assertThat(dialog.model().resultProperty().get()).contains("không có gì thay đổi");
        FolderSecrets.assertNoFileHolds(dir, "mat-khau-chi-de-thu-7");
    }

    @Test
    void theRealServerIsCheckedSavedAfterConfirmingAndGivenUpAgain() throws Exception {
        ServerConnection server = CollectorDatabases.freshServerDatabase();
        String password = new String(server.password());
        try {
            type("#host", server.host());
            type("#port", String.valueOf(server.port()));
            type("#database", server.database());
            type("#user", server.user());
            type("#password", "sai-mat-khau");
            fire("#check");
            waitUntil(() -> !dialog.model().busyProperty().get());
            assertThat(dialog.model().resultProperty().get()).contains("sai tên người dùng hoặc mật khẩu",
                    server.user());

            type("#password", password);
            fire("#check");
            waitUntil(() -> !dialog.model().busyProperty().get());
            assertThat(dialog.model().resultProperty().get()).contains("Kết nối được", server.shown(),
                    "chưa có bảng tổng hợp");
            assertThat(dialog.model().toneProperty().get()).isEqualTo(ServerSettingsViewModel.Tone.OK);
            snap(dialog.stage().getScene().getRoot(), "server-settings-checked");

            // Lưu: the official reads what stays where; "Hủy" saves nothing
            fireLater("#save");
            DialogPane ask = waitForNode("#serverSwitchConfirm");
            assertThat(ask.getContentText()).contains("3 xã", "0 gói", dir.toString(), "không bị xóa",
                    "Dùng cơ sở dữ liệu trong thư mục này");
            snap(ask, "server-settings-confirm");
            press(ask, Buttons.CANCEL);
            waitUntil(() -> !dialog.model().busyProperty().get());
            assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_EMBEDDED);

            fireLater("#save");
            press(waitForNode("#serverSwitchConfirm"), Buttons.OK);
            waitUntil(() -> dialog.model().resultProperty().get().startsWith("Đã lưu")
                    && !dialog.model().busyProperty().get());
            assertThat(dialog.model().resultProperty().get()).contains("lần mở Kế hoạch Xã sau", "không lưu mật khẩu");
            assertThat(dialog.model().nextProperty().get()).contains(server.host(), server.database(),
                    server.user());
            assertThat(((TextInputControl) robot.lookup("#password").query()).getText()).isEmpty();
            assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_SERVER);
            assertThat(CollectorWorkspace.savedServer(dir)).contains(server.withoutPassword());
            assertThat(dir.resolve("tonghop.mv.db")).exists();
            FolderSecrets.assertNoFileHolds(dir, password);
            snap(dialog.stage().getScene().getRoot(), "server-settings-saved");

            fireLater("#useEmbedded");
            DialogPane back = waitForNode("#serverSwitchConfirm");
            assertThat(back.getContentText()).contains(server.shown(), "vẫn nằm nguyên trên máy chủ");
            press(back, Buttons.OK);
            waitUntil(() -> dialog.model().nextProperty().get().isEmpty() && !dialog.model().busyProperty().get());
            assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_EMBEDDED);
            FolderSecrets.assertNoFileHolds(dir, password);
        } finally {
            CollectorDatabases.dropServerDatabase(server);
        }
    }

    private void type(String id, String text) throws Exception {
        TextInputControl field = robot.lookup(id).query();
        WaitForAsyncUtils.asyncFx(() -> field.setText(text)).get();
    }

    /** Clicks a button and waits for what it does on the FX thread (not for a dialog it opens). */
    private void fire(String id) throws Exception {
        Button button = robot.lookup(id).queryButton();
        WaitForAsyncUtils.asyncFx(button::fire).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a button that may open a confirmation, without waiting for it. */
    private void fireLater(String id) {
        Button button = robot.lookup(id).queryButton();
        WaitForAsyncUtils.asyncFx(button::fire);
    }

    private static void press(DialogPane pane, javafx.scene.control.ButtonType type) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> ((Button) pane.lookupButton(type)).fire()).get();
    }

    private <T extends Node> T waitForNode(String query) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            boolean[] ok = new boolean[1];
            WaitForAsyncUtils.asyncFx(() -> ok[0] = condition.getAsBoolean()).get();
            return ok[0];
        });
    }

    private static void snap(Node node, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.getScene().snapshot(null)).get();
        Path out = Path.of(System.getProperty("testfx.screenshots", "target/screenshots")).resolve("collector");
        try {
            Files.createDirectories(out);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
