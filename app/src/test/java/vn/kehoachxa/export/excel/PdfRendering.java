package vn.kehoachxa.export.excel;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders workbooks the way a commune office prints them: LibreOffice headless to PDF, then poppler's pdftotext and
 * pdfinfo to read the pages back. Each run uses its own LibreOffice profile so parallel builds do not clash.
 */
final class PdfRendering {
    /** Rendered PDFs are kept here for a human to look at, as UI tests keep their screenshots. */
    static final Path KEPT = Path.of("target", "rendering");
    private static final Pattern PAGE_SIZE = Pattern.compile("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts");

    private PdfRendering() {
    }

    /** Whether soffice, pdftotext and pdfinfo are on the PATH (CI installs them; a developer may not have). */
    static boolean available() {
        return onPath("soffice") && onPath("pdftotext") && onPath("pdfinfo");
    }

    /** Converts {@code xlsx} to a PDF beside it and returns the PDF's path; a copy is kept under target/rendering. */
    static Path toPdf(Path xlsx, Path profileDir) throws IOException, InterruptedException {
        Path outDir = xlsx.getParent();
        run(List.of("soffice", "-env:UserInstallation=" + profileDir.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", outDir.toString(), xlsx.toString()));
        String name = xlsx.getFileName().toString().replaceAll("\\.xlsx$", ".pdf");
        Path pdf = outDir.resolve(name);
        if (!Files.exists(pdf)) {
            throw new IOException("LibreOffice wrote no PDF for " + xlsx);
        }
        Files.createDirectories(KEPT);
        Files.copy(pdf, KEPT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        return pdf;
    }

    /** The text of pages {@code first}..{@code last} in layout mode. */
    static String text(Path pdf, int first, int last) throws IOException, InterruptedException {
        return run(List.of("pdftotext", "-layout", "-f", Integer.toString(first), "-l", Integer.toString(last),
                pdf.toString(), "-"));
    }

    /** Each page's width and height in points. */
    static List<double[]> pageSizes(Path pdf) throws IOException, InterruptedException {
        String info = run(List.of("pdfinfo", "-f", "1", "-l", "9999", pdf.toString()));
        List<double[]> sizes = new ArrayList<>();
        Matcher m = PAGE_SIZE.matcher(info);
        while (m.find()) {
            sizes.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return sizes;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed (" + process.exitValue() + "): " + text);
        }
        return text;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
