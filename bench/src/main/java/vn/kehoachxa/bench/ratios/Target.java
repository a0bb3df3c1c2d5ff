package vn.kehoachxa.bench.ratios;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the harness measures: the installer's app image (its runtime, launcher, JVM options and jars; preferred) or
 * the app on a JDK class path (no image built). Yardsticks run on the same {@code java} with the same options and
 * the same jars, plus the bench jar that holds them.
 *
 * @param image       the app image folder, or null in class-path mode
 * @param java        the {@code java} every child runs on
 * @param appClassPath the app's class path, in the launcher's order
 * @param jvmOptions  the launcher's JVM options without its AOT cache option
 * @param appCache    the app's AOT cache, or null (none built, or class-path mode)
 * @param benchJar    the jar holding the yardsticks and drivers
 */
record Target(Path image, Path java, List<Path> appClassPath, List<String> jvmOptions, Path appCache,
              Path benchJar) {
    /**
     * The JVM options the installer's launchers give the app (installer/pom.xml {@code --java-options}; the README's
     * run command has the same): class-path mode measures what ships. {@code TargetOptionsTest} keeps them in step.
     */
    static final List<String> APP_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xms16m", "-XX:CompileThresholdScaling=4");
    static final String NAME = "KeHoachXa";
    /**
     * What the Linux image's launcher script adds for software rendering (installer's linux-launcher.sh, decision
     * 0049): the yardsticks get the same, so a bare window is drawn the way the app is. {@code TargetOptionsTest}
     * keeps them in step with the script.
     */
    static final List<String> SOFTWARE_RENDER_OPTIONS = List.of("-Dprism.order=sw");
    static final Map<String, String> SOFTWARE_RENDER_ENV = Map.of("GDK_GL", "disable");

    /** The app image at {@code image} (as jpackage laid it out on Linux). */
    static Target ofImage(Path image, Path benchJar) throws IOException {
        Path appDir = image.resolve("lib/app");
        List<Path> cp = new ArrayList<>();
        List<String> options = new ArrayList<>();
        Path cache = null;
        for (String line : Files.readAllLines(appDir.resolve(NAME + ".cfg"), StandardCharsets.UTF_8)) {
            if (line.startsWith("app.classpath=")) {
                cp.add(Path.of(line.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString())));
            } else if (line.startsWith("java-options=")) {
                String option = line.substring("java-options=".length()).replace("$APPDIR", appDir.toString());
                if (option.startsWith("-XX:AOTCache=")) {
                    cache = Path.of(option.substring("-XX:AOTCache=".length()));
                } else if (!option.startsWith("-Djpackage.")) {
                    options.add(option);
                }
            }
        }
        if (launcherIsScript(image)) {
            options.addAll(SOFTWARE_RENDER_OPTIONS);
        }
        return new Target(image, image.resolve("lib/runtime/bin/java"), cp, options,
                cache != null && Files.isRegularFile(cache) ? cache : null, benchJar);
    }

    /** Whether the image's window launcher is the Linux script (software rendering) rather than jpackage's binary. */
    static boolean launcherIsScript(Path image) throws IOException {
        Path launcher = image.resolve("bin/" + NAME);
        if (!Files.isRegularFile(launcher)) {
            return false;
        }
        try (var in = Files.newInputStream(launcher)) {
            byte[] start = in.readNBytes(2);
            return start.length == 2 && start[0] == '#' && start[1] == '!';
        }
    }

    /** Environment every child gets: the launcher script's rendering choice when the image has the script. */
    Map<String, String> childEnvironment() throws IOException {
        return isImage() && launcherIsScript(image) ? SOFTWARE_RENDER_ENV : Map.of();
    }

    /** The app on the class path {@code classPath} (classes folder and dependency jars), on this JVM. */
    static Target ofClassPath(String classPath, Path benchJar) {
        List<Path> cp = Stream.of(classPath.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of)
                .toList();
        return new Target(null, Path.of(System.getProperty("java.home"), "bin", "java"), cp, APP_OPTIONS, null,
                benchJar);
    }

    boolean isImage() {
        return image != null;
    }

    /**
     * A command ({@code list}, {@code export}, …) as a user runs it: the image's command-line launcher with its own AOT
     * cache when the image has one (decision 0039), else as {@link #app}.
     */
    List<String> command(String... args) {
        Path cli = isImage() ? image.resolve("bin/" + NAME + "Cli") : null;
        if (cli == null || !Files.isExecutable(cli)) {
            return app(List.of(), args);
        }
        List<String> command = new ArrayList<>(List.of(cli.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** The command that starts the app as a user would: the image's launcher, or java on the class path. */
    List<String> app(List<String> extraJvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        if (isImage()) {
            command.add(image.resolve("bin/" + NAME).toString());
        } else {
            command.add(java.toString());
            command.addAll(jvmOptions);
            command.addAll(extraJvmOptions);
            command.addAll(List.of("-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-cp", classPath(false),
                    "vn.kehoachxa.Main"));
        }
        command.addAll(List.of(args));
        return command;
    }

    /** JVM options the launcher cannot take on its command line travel in JAVA_TOOL_OPTIONS (image mode only). */
    String toolOptions(List<String> extraJvmOptions) {
        return isImage() ? String.join(" ", extraJvmOptions) : "";
    }

    /**
     * {@code java} with the app's options running {@code mainClass} from the bench jar; {@code cache} is the AOT
     * cache to use ({@code -XX:AOTCache}), or to write when {@code train} ({@code -XX:AOTCacheOutput}), or null.
     */
    List<String> bench(String mainClass, Path cache, boolean train, List<String> extraJvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.addAll(extraJvmOptions);
        if (cache != null) {
            command.add((train ? "-XX:AOTCacheOutput=" : "-XX:AOTCache=") + cache);
        }
        command.addAll(List.of("-cp", classPath(true), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Whether AOT caches can be made for the bench jar's programs: the JVM takes jars only, no class folders. */
    boolean canCache() {
        return Stream.concat(appClassPath.stream(), Stream.of(benchJar)).noneMatch(Files::isDirectory);
    }

    private String classPath(boolean withBench) {
        List<String> entries = new ArrayList<>(appClassPath.stream().map(Path::toString).toList());
        if (withBench && !appClassPath.contains(benchJar)) {
            entries.add(benchJar.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    String describe() {
        boolean cli = isImage() && Files.isExecutable(image.resolve("bin/" + NAME + "Cli"));
        return isImage() ? "app image " + image + (appCache != null ? " (AOT cache " + appCache.getFileName() + ")"
                : " (no AOT cache)") + (cli ? "; commands through its " + NAME + "Cli launcher (own AOT cache)" : "")
                : "class path on " + java + " (no AOT cache for the app)";
    }
}
