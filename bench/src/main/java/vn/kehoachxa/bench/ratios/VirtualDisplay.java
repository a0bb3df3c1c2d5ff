package vn.kehoachxa.bench.ratios;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The display the GUI lines run on: the session's own {@code DISPLAY} when there is one, otherwise one Xvfb server
 * started here for the whole run (so no X server start is counted in any run) and stopped at the end. The app runs
 * with its real GTK glass on it, as on a user's machine; Xvfb has no GPU, so JavaFX draws in software, for the
 * yardstick as for the app.
 */
final class VirtualDisplay implements AutoCloseable {
    private final String display;
    private final Process server;

    private VirtualDisplay(String display, Process server) {
        this.display = display;
        this.server = server;
    }

    /** The session's display, or a new Xvfb; null when neither exists (the GUI lines cannot run). */
    static VirtualDisplay open() throws IOException, InterruptedException {
        String own = System.getenv("DISPLAY");
        if (own != null && !own.isBlank()) {
            return new VirtualDisplay(own, null);
        }
        Path xvfb = Path.of("/usr/bin/Xvfb");
        if (!Files.isExecutable(xvfb)) {
            return null;
        }
        // -displayfd: Xvfb picks a free display number and writes it to stdout once it accepts connections.
        Process server = new ProcessBuilder(List.of(xvfb.toString(), "-displayfd", "1", "-screen", "0",
                "1366x768x24", "-nolisten", "tcp")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String number = in.readLine();
        if (number == null || number.isBlank()) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
            return null;
        }
        return new VirtualDisplay(":" + number.strip(), server);
    }

    String display() {
        return display;
    }

    String describe() {
        return server == null ? "the session's display " + display : "Xvfb " + display + " (started by the harness)";
    }

    @Override
    public void close() {
        if (server != null) {
            server.destroy();
            try {
                if (!server.waitFor(10, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                server.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
