package vn.kehoachxa.ui.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import vn.kehoachxa.testsupport.AppDriver;

/** Screenshots of dialogs, which live in their own windows (AppDriver snaps only the main window). */
final class Screens {
    private Screens() {
    }

    /** Saves the window holding {@code node} as {@code target/screenshots/NAME.png}. */
    static Path windowOf(AppDriver app, Node node, String name) {
        WritableImage[] image = new WritableImage[1];
        app.fx(() -> image[0] = node.getScene().snapshot(null));
        Path dir = Path.of(System.getProperty("testfx.screenshots", "target/screenshots"));
        Path file = dir.resolve(name + ".png");
        try {
            Files.createDirectories(dir);
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
