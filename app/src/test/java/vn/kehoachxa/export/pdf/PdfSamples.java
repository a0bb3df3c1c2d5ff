package vn.kehoachxa.export.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.kehoachxa.exchange.planfile.PlanFiles;

/** The sample plans in samples/, from the module or the repository root. */
final class PdfSamples {

    private PdfSamples() {
    }

    static Path sample(String name) {
        Path here = Path.of("").toAbsolutePath();
        Path dir = Files.isDirectory(here.resolve("samples")) ? here.resolve("samples") : here.resolveSibling("samples");
        return dir.resolve(name + PlanFiles.EXTENSION);
    }
}
