package vn.kehoachxa.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppImageTest {
    @TempDir
    Path root;

    void touch(String path) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), "");
    }

    @Test
    void findsTheLinuxLayout() throws IOException {
        touch("bin/KeHoachXa");
        touch("lib/app/KeHoachXa.cfg");
        touch("lib/runtime/bin/java");

        AppImage image = AppImage.find(root, "KeHoachXa");

        assertThat(image.launcher()).isEqualTo(root.resolve("bin/KeHoachXa"));
        assertThat(image.config()).isEqualTo(root.resolve("lib/app/KeHoachXa.cfg"));
        assertThat(image.java()).isEqualTo(root.resolve("lib/runtime/bin/java"));
    }

    @Test
    void findsTheWindowsLayout() throws IOException {
        touch("KeHoachXa.exe");
        touch("app/KeHoachXa.cfg");
        touch("runtime/bin/java.exe");

        assertThat(AppImage.find(root, "KeHoachXa").appDir()).isEqualTo(root.resolve("app"));
    }

    @Test
    void aRuntimeWithoutJavaIsRefusedWithTheReason() throws IOException {
        touch("bin/KeHoachXa");
        touch("lib/app/KeHoachXa.cfg");

        assertThatThrownBy(() -> AppImage.find(root, "KeHoachXa")).hasMessageContaining("strip native commands");
    }

    @Test
    void noLauncherIsRefused() {
        assertThatThrownBy(() -> AppImage.find(root, "KeHoachXa")).hasMessageContaining("no launcher named");
    }
}
