package vn.kehoachxa.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.Main;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.testsupport.ChildJvm;

/** A second launch on the same data folder brings the first window forward and ends, opening nothing. */
class SingleInstanceUiTest {
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
    void aSecondLaunchBringsTheFirstWindowForward() throws Exception {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.fx(() -> app.stage().setIconified(true));
        assertThat(app.app().activations()).isZero();

        Process second = ChildJvm.start(Main.class, "--data-dir", dataDir.toString());
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.exitValue()).as(output).isZero();

        app.until(() -> app.app().activations() == 1);
        assertThat(app.stage().isIconified()).isFalse();
        assertThat(app.stage().isShowing()).isTrue();
        app.screenshot("single-instance-first-window-forward");
    }
}
