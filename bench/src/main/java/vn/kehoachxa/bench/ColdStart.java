package vn.kehoachxa.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.PlanService;

/**
 * Cold start of the desktop app, whole process: seeds a data folder with the Mường La sample, then starts
 * {@code vn.kehoachxa.Main} N times and measures launch → the main window showing the plan's overview (the app prints
 * {@code KEHOACHXA_PLAN_SHOWN <epoch ms>} under {@code -Dkehoachxa.startupMarker=true}). Prints each run and the
 * median. Run it under {@code xvfb-run -a} (see {@code bench/cold-start.sh}) so that one X server serves every run.
 *
 * <p>Arguments: {@code CLASSPATH RUNS [JVM_OPTION…]}; the classpath is the app's (classes and dependency jars). In
 * place of the classpath, {@code --launcher=PATH} starts an installer's app image launcher as a user would (its own
 * runtime, options and AOT cache); the JVM options then travel in {@code JAVA_TOOL_OPTIONS}.
 */
public final class ColdStart {
    private static final String MARKER = "KEHOACHXA_PLAN_SHOWN ";
    private static final long TIMEOUT_SECONDS = 60;
    private static final String LAUNCHER = "--launcher=";

    private ColdStart() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ColdStart CLASSPATH RUNS [JVM_OPTION...]");
            System.exit(2);
        }
        String target = args[0];
        int runs = Integer.parseInt(args[1]);
        List<String> jvmOptions = List.of(args).subList(2, args.length);
        Path data = Files.createTempDirectory("kehoachxa-coldstart");
        seed(data);
        List<Long> times = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            long ms = launch(target, jvmOptions, data);
            System.out.printf("run %d: %d ms%n", i, ms);
            times.add(ms);
        }
        List<Long> sorted = times.stream().sorted().toList();
        long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.printf("median of %d: %d ms (min %d, max %d)%n", runs, median, sorted.getFirst(), sorted.getLast());
    }

    /** A data folder as after a first run: the commune profile and the Mường La sample plan. */
    static void seed(Path data) {
        try (Database db = Database.open(data)) {
            new CommuneService(db).save(new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La",
                    "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", null, "Mường La", List.of(), List.of()));
            new PlanService(db).create(PlanFiles.readBundledSample("muong-la"));
        }
    }

    /** Starts the app once; returns milliseconds from just before the start to the marker line. */
    static long launch(String target, List<String> jvmOptions, Path data) throws IOException, InterruptedException {
        ProcessBuilder builder;
        if (target.startsWith(LAUNCHER)) {
            builder = new ProcessBuilder(target.substring(LAUNCHER.length()), "--data-dir", data.toString());
            builder.environment().put("JAVA_TOOL_OPTIONS",
                    String.join(" ", jvmOptions) + " -Dkehoachxa.startupMarker=true");
        } else {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                    "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-Dkehoachxa.startupMarker=true"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", target, "vn.kehoachxa.Main", "--data-dir", data.toString()));
            builder = new ProcessBuilder(command);
        }
        builder.redirectErrorStream(true);
        long start = System.currentTimeMillis();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(MARKER)) {
                    return Long.parseLong(line.substring(MARKER.length()).strip()) - start;
                }
            }
            throw new IllegalStateException("the app ended without showing the plan: exit " + process.waitFor());
        } finally {
            process.destroy();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
