package vn.kehoachxa.export.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** External tools the rendering checks use when installed: LibreOffice for the .docx, poppler for PNGs. */
final class PdfLook {

    /** PNGs of our PDF beside LibreOffice's rendering of the .docx, for a human to compare. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots", "pdf");

    private PdfLook() {
    }

    static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** LibreOffice's PDF of {@code docx}, written beside it. */
    static Path libreOffice(Path docx) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(docx.getParent(), "lo-profile");
        run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", docx.getParent().toString(), docx.toString()));
        return docx.resolveSibling(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
    }

    /** Renders {@code pdf} at 50 dpi into {@code SCREENSHOTS/prefix-N.png}. */
    static void png(Path pdf, String prefix) throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        run(List.of("pdftoppm", "-r", "50", "-png", pdf.toString(), SCREENSHOTS.resolve(prefix).toString()));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
    }
}
