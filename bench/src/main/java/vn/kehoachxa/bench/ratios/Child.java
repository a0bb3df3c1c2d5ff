package vn.kehoachxa.bench.ratios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one child process under {@code /usr/bin/time} (CPU seconds and peak RSS of the whole process) and times it:
 * launch to exit, or launch to a marker line {@code PREFIX <epoch ms>} the child prints (the app's
 * {@code KEHOACHXA_PLAN_SHOWN}). A child that fails or hangs is an error: the harness cannot run.
 */
final class Child {
    static final String PLAN_SHOWN = "KEHOACHXA_PLAN_SHOWN ";
    private static final Path TIME = Path.of("/usr/bin/time");
    // Generous: 300 forms or a 100× plan on a machine shared by eight builds take many minutes.
    private static final long TIMEOUT_SECONDS = 3600;

    private final Map<String, String> environment;
    private final Path log;

    Child(Map<String, String> environment, Path log) {
        this.environment = environment;
        this.log = log;
    }

    /** Runs {@code command} to its end; returns its measurement and its output. */
    Result run(List<String> command, Map<String, String> env, String marker) throws IOException, InterruptedException {
        Path times = Files.createTempFile("kx-time", ".txt");
        Path out = Files.createTempFile("kx-out", ".txt");
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            full.addAll(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o", times.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().putAll(environment);
        builder.environment().putAll(env);
        long startMs = System.currentTimeMillis();
        long start = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - start) / 1e6;
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String decoded = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        Files.writeString(log, "== " + brief(command) + "\n" + decoded + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Files.delete(out);
        String timeLine = timed ? Files.readString(times).strip() : "";
        Files.delete(times);
        if (!ended) {
            throw new IllegalStateException("did not end within " + TIMEOUT_SECONDS + " s: " + brief(command)
                    + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + " from " + brief(command) + "; see "
                    + log);
        }
        if (marker != null) {
            wall = decoded.lines().filter(l -> l.startsWith(marker)).findFirst()
                    .map(l -> Long.parseLong(l.substring(marker.length()).strip()) - startMs)
                    .orElseThrow(() -> new IllegalStateException("no '" + marker.strip() + "' line from "
                            + command.getFirst() + "; see " + log));
        }
        double cpu = Double.NaN;
        double rss = Double.NaN;
        // The last line: GNU time puts "Command exited with non-zero status" before it when there is one.
        String[] f = timeLine.isEmpty() ? new String[0] : timeLine.lines().reduce((a, b) -> b).orElse("").split(" ");
        if (f.length == 4) {
            cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
            rss = Long.parseLong(f[3]) / 1024.0;
        }
        return new Result(new Sample(wall, cpu, rss), decoded);
    }

    /** The program and its arguments without the long class path. */
    static String brief(List<String> command) {
        int cp = command.indexOf("-cp");
        return cp < 0 ? String.join(" ", command)
                : command.getFirst() + " … " + String.join(" ", command.subList(cp + 2, command.size()));
    }

    /** A run's measurement and its output (stdout and stderr together). */
    record Result(Sample sample, String output) {
        /** The number after {@code prefix} on the first line starting with it. */
        double value(String prefix) {
            return output.lines().filter(l -> l.startsWith(prefix)).findFirst()
                    .map(l -> Double.parseDouble(l.substring(prefix.length()).strip().split(" ")[0]))
                    .orElseThrow(() -> new IllegalStateException("no '" + prefix + "' line in the output"));
        }
    }
}
