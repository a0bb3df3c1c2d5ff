package vn.kehoachxa.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Gives a jpackage app image a JDK AOT cache (JEP 483/514), which halves the app's cold start: seeds a data folder
 * with a commune profile and a sample plan, starts the image's own launcher once as a training run that opens the
 * window and every screen (the app's {@code AotTrainingRun}, decisions 0032 and 0047), then points the launcher at
 * the cache and checks that the next start uses it. The command-line launcher ({@code KeHoachXaCli}, decision 0039)
 * gets its own cache from a second run that does the commands only. Exports and unit forms made from the window are
 * not in the window's cache: they read POI from the jars once per session (decision 0047).
 *
 * <p>The cache is bound to the JVM and the class path, so the training goes through the launcher itself; the JVM
 * accepts the cache after the image is installed elsewhere because the jar paths keep their common prefix.
 *
 * <p>Arguments: {@code IMAGE_DIR NAME SAMPLE_PLAN_FILE LOG_FILE [required|optional]}; {@code optional} (developer
 * builds) skips the training with a warning where no display can be had, {@code required} (release builds) fails.
 */
public final class AotTraining {
    static final String CACHE_FILE = "kehoachxa.aot";
    /** The command-line launcher's name is the window's plus this (KeHoachXaCli), its cache this file. */
    static final String COMMANDS_SUFFIX = "Cli";
    static final String COMMANDS_CACHE_FILE = "kehoachxa-cli.aot";
    /** Turns a start of the command-line launcher into its training run: the commands only. */
    static final String COMMANDS_TRAINING_SWITCH = "-Dkehoachxa.aotTraining=commands";
    /**
     * Turns a start of the window's launcher into its training run (vn.kehoachxa.AotTrainingRun): the window and every
     * screen, nothing else, because every class of a cache is loaded at each start (decision 0047).
     */
    static final String TRAINING_SWITCH = "-Dkehoachxa.aotTraining=window";
    /** The training run (commands, forms, every screen) plus the JVM assembling the cache, on a loaded CI machine. */
    private static final long TIMEOUT_SECONDS = 900;

    private AotTraining() {
    }

    /** Runs the training; exits non-zero with a one-line reason when it fails. */
    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 5 || args.length == 5 && !List.of("required", "optional")
                .contains(args[4])) {
            System.err.println("usage: AotTraining IMAGE_DIR NAME SAMPLE_PLAN_FILE LOG_FILE [required|optional]");
            System.exit(2);
        }
        if (args.length == 5 && args[4].equals("optional") && !displayAvailable()) {
            System.out.println("[WARNING] AOT training skipped: no DISPLAY and no xvfb-run (apt-get install xvfb);"
                    + " the app image starts without an AOT cache. Release builds use -Pinstaller, which requires it.");
            return;
        }
        try {
            long ms = train(AppImage.find(Path.of(args[0]), args[1]), Path.of(args[2]), Path.of(args[3]));
            System.out.printf("AOT cache ready: the launcher used it and showed the sample plan %d ms after"
                    + " launch (X server start included when xvfb-run was needed)%n", ms);
        } catch (IllegalStateException e) {
            System.err.println("AOT training failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Trains and installs the cache; returns the verified start's launch-to-plan time in milliseconds. */
    static long train(AppImage image, Path sample, Path log) throws IOException, InterruptedException {
        // Checked before anything is changed, so a machine without a display leaves the image as it was.
        requireDisplay();
        Files.createDirectories(log.toAbsolutePath().getParent());
        Files.deleteIfExists(log);
        LauncherConfig shipped = LauncherConfig.parse(Files.readString(image.config(), StandardCharsets.UTF_8))
                .withoutJavaOptionsStartingWith("-XX:AOTCache");
        Path cache = image.appDir().resolve(CACHE_FILE);
        Files.deleteIfExists(cache);
        Path data = Files.createTempDirectory("kehoachxa-aot-training");
        try {
            seed(image, shipped, data, sample, log);
            long ms = trainAndCheck(image, shipped, cache, data, log);
            AppImage commands = commandsLauncher(image);
            if (commands != null) {
                trainCommands(commands, data, log);
            }
            return ms;
        } finally {
            deleteTree(data);
        }
    }

    /** The image's command-line launcher ({@code NAMECli}, decision 0039), or null in an image without one. */
    static AppImage commandsLauncher(AppImage image) {
        String name = image.config().getFileName().toString().replaceFirst("\\.cfg$", "") + COMMANDS_SUFFIX;
        try {
            return AppImage.find(image.root(), name);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /**
     * Trains the command-line launcher's own cache on the commands alone (no window, so no display is needed) and
     * checks with {@code -XX:AOTMode=on} that {@code list} starts from it. Every class of a cache is loaded at each
     * start of its launcher, so a cache without the window's ~7,000 classes makes every command cheaper.
     */
    static void trainCommands(AppImage image, Path data, Path log) throws IOException, InterruptedException {
        LauncherConfig shipped = LauncherConfig.parse(Files.readString(image.config(), StandardCharsets.UTF_8))
                .withoutJavaOptionsStartingWith("-XX:AOTCache");
        Path cache = image.appDir().resolve(COMMANDS_CACHE_FILE);
        Files.deleteIfExists(cache);
        writeConfig(image, shipped.withJavaOptions(List.of("-XX:AOTCacheOutput=$APPDIR/" + COMMANDS_CACHE_FILE,
                COMMANDS_TRAINING_SWITCH)));
        try {
            run(List.of(image.launcher().toString(), "--data-dir", data.toString()), Map.of(), log,
                    "commands training run");
        } finally {
            writeConfig(image, Files.isRegularFile(cache)
                    ? shipped.withJavaOptions(List.of("-XX:AOTCache=$APPDIR/" + COMMANDS_CACHE_FILE)) : shipped);
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the commands training run wrote no cache; see " + log);
        }
        run(List.of(image.launcher().toString(), "list", "--data-dir", data.toString()),
                Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on"), log, "commands check run");
    }

    private static long trainAndCheck(AppImage image, LauncherConfig shipped, Path cache, Path data, Path log)
            throws IOException, InterruptedException {

        writeConfig(image, shipped.withJavaOptions(List.of("-XX:AOTCacheOutput=$APPDIR/" + CACHE_FILE,
                TRAINING_SWITCH)));
        try {
            run(withDisplay(List.of(image.launcher().toString(), "--data-dir", data.toString())), Map.of(), log,
                    "training run");
        } finally {
            writeConfig(image, Files.isRegularFile(cache)
                    ? shipped.withJavaOptions(List.of("-XX:AOTCache=$APPDIR/" + CACHE_FILE)) : shipped);
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no cache; see " + log);
        }
        // AOTMode=on turns an unusable cache into a failed start instead of a silent slow one.
        long started = System.currentTimeMillis();
        String out = run(withDisplay(List.of(image.launcher().toString(), "--data-dir", data.toString())),
                Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on -Dkehoachxa.startupMarker=true"
                        + " -Dkehoachxa.exitAfterStartup=true"), log, "check run");
        return out.lines().filter(l -> l.startsWith("KEHOACHXA_PLAN_SHOWN "))
                .map(l -> Long.parseLong(l.substring("KEHOACHXA_PLAN_SHOWN ".length()).strip()) - started)
                .findFirst().orElseThrow(() -> new IllegalStateException("the check run never showed the plan; see "
                        + log));
    }

    /** A data folder as after a first run. ASCII names: Windows passes arguments in the ANSI code page. */
    static void seed(AppImage image, LauncherConfig config, Path data, Path sample, Path log)
            throws IOException, InterruptedException {
        String classPath = config.classPath(image.appDir()).stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator));
        List<String> java = new ArrayList<>(List.of(image.java().toString(), "-cp", classPath, "vn.kehoachxa.Main"));
        List<String> profile = new ArrayList<>(java);
        profile.addAll(List.of("profile", "--name", "Muong La", "--province", "Son La", "--data-dir", data.toString()));
        run(profile, Map.of(), log, "seeding the commune profile");
        List<String> plan = new ArrayList<>(java);
        plan.addAll(List.of("import", sample.toAbsolutePath().toString(), "--data-dir", data.toString()));
        run(plan, Map.of(), log, "seeding the sample plan");
    }

    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void writeConfig(AppImage image, LauncherConfig config) throws IOException {
        Files.writeString(image.config(), config.text(), StandardCharsets.UTF_8);
    }

    /** Whether the training run can show a window: not Linux, a DISPLAY, or xvfb-run to make one. */
    static boolean displayAvailable() {
        return !needsVirtualDisplay() || xvfbRunOnPath();
    }

    private static boolean needsVirtualDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        String display = System.getenv("DISPLAY");
        return linux && (display == null || display.isBlank());
    }

    private static boolean xvfbRunOnPath() {
        return List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).stream()
                .anyMatch(dir -> !dir.isBlank() && Files.isExecutable(Path.of(dir, "xvfb-run")));
    }

    private static void requireDisplay() {
        if (!displayAvailable()) {
            throw new IllegalStateException("the training run shows the app's window, and there is no DISPLAY and no"
                    + " xvfb-run (apt-get install xvfb), or build with -Dinstaller.aot.skip=true");
        }
    }

    /** On Linux without a display the GUI needs a virtual one: {@code xvfb-run -a}. */
    static List<String> withDisplay(List<String> command) {
        requireDisplay();
        if (!needsVirtualDisplay()) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of("xvfb-run", "-a"));
        out.addAll(command);
        return out;
    }

    /** Runs {@code command}, appending its output to {@code log}; returns the output, fails on a non-zero exit. */
    static String run(List<String> command, Map<String, String> env, Path log, String what)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Path out = Files.createTempFile("kehoachxa-aot", ".log");
        builder.redirectOutput(out.toFile());
        Process process = builder.start();
        boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        // Decoded leniently: a JVM warning in the platform encoding must not fail the build.
        String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        Files.delete(out);
        Files.writeString(log, "== " + what + ": " + String.join(" ", command) + "\n" + text,
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        if (!ended || process.exitValue() != 0) {
            throw new IllegalStateException(what + (ended ? " ended with exit code " + process.exitValue()
                    : " did not end within " + TIMEOUT_SECONDS + " s") + "; see " + log);
        }
        return text;
    }
}
