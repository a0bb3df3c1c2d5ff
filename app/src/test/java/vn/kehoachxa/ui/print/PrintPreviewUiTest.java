package vn.kehoachxa.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.testsupport.AppDriver;

class PrintPreviewUiTest {
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
    void secondPageOfTheTaskAppendixRepeatsTheHeaderRow() throws IOException {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Phân công nhiệm vụ");
        app.waitFor("#table");
        app.clickOn("#printButton");
        Label pageLabel = app.waitFor("#printPageLabel");
        app.until(() -> pageLabel.getText().startsWith("Trang 1 /"));
        assertThat(pageLabel.getText()).doesNotEndWith("/ 1");
        assertThat(texts(app.lookup("#pageHeader").query())).contains("STT", "Cơ quan chủ trì",
                "Thời gian hoàn thành");
        snapshot(pageLabel.getScene().getWindow(), "print-1-page-1");

        app.clickOn("#printNextButton");
        app.until(() -> pageLabel.getText().startsWith("Trang 2 /"));
        Parent page = app.lookup("#printPage").query();
        assertThat(texts(page.lookup("#pageHeader"))).contains("STT", "Cơ quan chủ trì", "Thời gian hoàn thành");
        assertThat(texts(page)).doesNotContain("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH");
        snapshot(pageLabel.getScene().getWindow(), "print-2-page-2-header-repeated");
    }

    private static List<String> texts(Node node) {
        return node.lookupAll("Text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .toList();
    }

    private void snapshot(Window window, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        app.fx(() -> image[0] = window.getScene().snapshot(null));
        Path dir = Path.of(System.getProperty("testfx.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", dir.resolve(name + ".png").toFile());
    }
}
