package vn.kehoachxa.service.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chuyển sang PDF: converts an office file to PDF with LibreOffice when it is installed; an office without it simply
 * sends no PDF. Each run uses its own LibreOffice profile so an open LibreOffice window does not block it.
 */
public final class PdfConverter {
    private static final Logger LOG = LoggerFactory.getLogger(PdfConverter.class);
    private static final long TIMEOUT_SECONDS = 120;
    private static final List<String> WINDOWS_PLACES = List.of("C:\\Program Files\\LibreOffice\\program\\soffice.exe",
            "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe");

    private final Path soffice;

    private PdfConverter(Path soffice) {
        this.soffice = soffice;
    }

    /** A converter using the LibreOffice found on the PATH or in its usual Windows folders, if any. */
    public static Optional<PdfConverter> find() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, "soffice"));
                    candidates.add(Path.of(dir, "soffice.exe"));
                }
            }
        }
        WINDOWS_PLACES.forEach(p -> candidates.add(Path.of(p)));
        return candidates.stream().filter(Files::isExecutable).findFirst().map(PdfConverter::new);
    }

    /** Converts {@code file} into a PDF beside it; empty when LibreOffice failed (logged, never thrown). */
    public Optional<Path> convert(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        Path profile = null;
        try {
            profile = Files.createTempDirectory("khx-soffice-");
            Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), file.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.warn("LibreOffice took over {} s converting {}; no PDF", TIMEOUT_SECONDS, file);
                return Optional.empty();
            }
            return process.exitValue() == 0 && Files.isRegularFile(pdf) ? Optional.of(pdf) : Optional.empty();
        } catch (IOException e) {
            LOG.warn("LibreOffice could not convert {}: {}", file, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("could not remove the LibreOffice profile {}", root, e);
        }
    }
}
