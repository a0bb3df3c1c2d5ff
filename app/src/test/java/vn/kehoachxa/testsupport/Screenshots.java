package vn.kehoachxa.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a UI test shows as {@code target/screenshots/NAME.png} (NAME may hold a sub-folder), to be looked at. */
public final class Screenshots {
    private Screenshots() {
    }

    /** Snapshots {@code scene} on the FX thread once pending events ran; returns the file written. */
    public static Path save(String name, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        Path file = Path.of(System.getProperty("testfx.screenshots", "target/screenshots")).resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
