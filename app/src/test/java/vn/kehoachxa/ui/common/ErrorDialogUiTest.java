package vn.kehoachxa.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.testsupport.DamagedDatabase;

class ErrorDialogUiTest {
    @TempDir
    Path dataDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        ErrorDialog.setFolderOpener(null);
    }

    @Test
    void anUnexpectedFailureNamesTheLogFileThatHoldsItsStackAndOpensItsFolder() throws Exception {
        AppDriver.seedMuongLa(dataDir);
        DamagedDatabase.losePlanTable(dataDir);
        Path log = dataDir.resolve("logs").resolve("kehoachxa.log").toAbsolutePath();

        app = new AppDriver(dataDir).start();
        Button openFolder = app.waitFor("#errorOpenLogFolder");
        List<Path> opened = new CopyOnWriteArrayList<>();
        ErrorDialog.setFolderOpener(opened::add);

        Label nextStep = app.lookup("#errorNextStep").query();
        assertThat(nextStep.getText()).contains("gửi tệp nhật ký " + log + " cho bộ phận hỗ trợ");
        assertThat(openFolder.getText()).isEqualTo("Mở thư mục");
        app.screenshotOf("error-dialog-log-file", openFolder);
        app.clickOn(openFolder);
        assertThat(opened).containsExactly(log.getParent());
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains(
                "ERROR vn.kehoachxa.ui.common.ErrorDialog - Unexpected failure",
                "org.jooq.exception.DataAccessException", "Table \"PLAN\" not found");
    }
}
