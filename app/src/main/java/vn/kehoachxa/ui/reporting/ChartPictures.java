package vn.kehoachxa.ui.reporting;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.files.SafeFiles;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.FileChooserPort;
import vn.kehoachxa.ui.common.Tasks;

/**
 * A chart as a picture: a snapshot on white at twice the screen's scale (sharp when printed or pasted into a Word
 * report), written as PNG through javafx-swing and ImageIO and {@link SafeFiles}, where the official chooses. See
 * docs/decisions/0028-result-charts.md.
 */
final class ChartPictures {
    /** Pixels per screen pixel in the picture: 2 gives about 190 dpi on an A4 page. */
    static final double SCALE = 2;

    private ChartPictures() {
    }

    /** The node as it looks now, on white. FX thread. */
    static WritableImage snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        params.setTransform(Transform.scale(SCALE, SCALE));
        return node.snapshot(params, null);
    }

    /** The picture's pixels, for writing off the FX thread. FX thread. */
    static BufferedImage pixels(Image image) {
        BufferedImage argb = SwingFXUtils.fromFXImage(image, null);
        // An opaque copy: PNG readers and Word then show white, never a checkerboard.
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Writes {@code pixels} to {@code target} as PNG, safely (temporary file, then one move). */
    static void writePng(BufferedImage pixels, Path target) {
        SafeFiles.write(target, out -> {
            if (!ImageIO.write(pixels, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }

    /**
     * Asks where to save {@code picture} as PNG (suggesting {@code name} in the export folder), then writes it on the
     * file executor and says where it went through {@code say}. FX thread.
     */
    static void save(AppContext ctx, Node picture, String name, Consumer<String> say) {
        var request = new FileChooserPort.Request(Texts.get("chartsui.saveTitle"), Texts.get("chartsui.pngFilter"),
                "*.png", ctx.settings().exportFolder().orElse(null), name);
        ctx.fileChooser().save(picture.getScene().getWindow(), request).ifPresent(file -> {
            Path target = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png") ? file
                    : file.resolveSibling(file.getFileName() + ".png");
            BufferedImage pixels = pixels(snapshot(picture));
            Tasks.run(() -> writePng(pixels, target))
                    .onSuccess(v -> say.accept(Texts.get("chartsui.saved", target)))
                    .onError(ErrorDialog::show).runOn(ctx.fileExecutor());
        });
    }
}
