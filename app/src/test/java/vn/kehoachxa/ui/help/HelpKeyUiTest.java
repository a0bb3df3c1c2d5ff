package vn.kehoachxa.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.testsupport.AppDriver;

/** F1 opens the guide's chapter for the screen shown, as offline pages in the data folder. */
class HelpKeyUiTest {
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
    void f1OnKetQuaOpensTheChapterOnReportsAndTheHelpMenuTheContents() throws Exception {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        AtomicReference<Path> opened = new AtomicReference<>();
        app.fx(() -> app.app().context().setOpener(opened::set));
        app.navigate("Kết quả");

        app.press(KeyCode.F1).release(KeyCode.F1);

        app.until(() -> opened.get() != null);
        assertThat(opened.get().toAbsolutePath().normalize())
                .isEqualTo(dataDir.resolve("huong-dan/nhap-bao-cao.html").toAbsolutePath().normalize());
        assertThat(Files.readString(opened.get())).contains("7. Nhập báo cáo của đơn vị", "Nhập biểu mẫu đã điền");

        opened.set(null);
        app.navigate("Cài đặt");
        app.press(KeyCode.F1).release(KeyCode.F1);
        app.until(() -> opened.get() != null);
        assertThat(opened.get().getFileName().toString()).isEqualTo("sao-luu.html");

        opened.set(null);
        app.clickOn("Trợ giúp").clickOn("Hướng dẫn sử dụng");
        app.until(() -> opened.get() != null);
        assertThat(opened.get().getFileName().toString()).isEqualTo("index.html");
        app.screenshot("help-1-menu-used");
    }
}
