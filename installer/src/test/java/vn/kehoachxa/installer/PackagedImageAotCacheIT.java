package vn.kehoachxa.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged app image as users get it (installer/target/image, after the training run) starts its window from the
 * window's AOT cache and its commands from theirs: {@code -XX:AOTMode=on} makes the JVM refuse to start when the cache
 * cannot be used, and the class-loading log shows the app's, JavaFX's, jOOQ's, H2's and (for the commands' export)
 * POI's classes coming from the cache ("shared objects file"), not from the jars. The window's cache holds the window
 * and its screens only (decision 0047), so its start loads no POI, XMLBeans, Jackson or picocli class. Runs in the
 * package phase, after the image is built (a second surefire execution in installer/pom.xml); skipped when the
 * training was skipped (no display, or {@code -Dinstaller.aot.skip=true} on a developer build).
 */
class PackagedImageAotCacheIT {
    /** Packages whose classes must all come from the cache: the app and the libraries of its main flows. */
    private static final List<String> FROM_CACHE = List.of("vn.kehoachxa.", "javafx.", "com.sun.javafx.", "org.jooq.",
            "org.h2.", "org.apache.poi.", "com.fasterxml.jackson.", "tools.jackson.");
    /** Libraries of the exports, unit forms, plan files and commands, which the window's cache leaves out. */
    private static final List<String> NOT_AT_WINDOW_START = List.of("org.apache.poi.", "org.apache.xmlbeans.",
            "org.openxmlformats.", "com.fasterxml.jackson.", "tools.jackson.", "picocli.");
    private static AppImage image;
    private static Path data;
    private static Path log;

    @BeforeAll
    static void seed() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("installer.image", "target/image/KeHoachXa"));
        String name = System.getProperty("installer.name", "KeHoachXa");
        boolean trained = !Boolean.getBoolean("installer.aot.skip")
                && (AotTraining.displayAvailable() || "required".equals(System.getProperty("installer.aot.mode")));
        assumeTrue(trained, "the AOT training was skipped (no display or -Dinstaller.aot.skip=true)");
        image = AppImage.find(root, name);
        assertThat(image.appDir().resolve(AotTraining.CACHE_FILE)).as("the trained cache").isRegularFile();
        log = Path.of(System.getProperty("installer.log", "target/packaged-image-test.log"));
        Files.createDirectories(log.toAbsolutePath().getParent());
        Files.deleteIfExists(log);
        data = Files.createTempDirectory("kehoachxa-image-test");
        LauncherConfig config = LauncherConfig.parse(Files.readString(image.config(), StandardCharsets.UTF_8));
        assertThat(config.javaOptions()).contains("-XX:AOTCache=$APPDIR/" + AotTraining.CACHE_FILE);
        AotTraining.seed(image, config, data, Path.of(System.getProperty("installer.sample",
                "../samples/muong-la.kehoach.json")), log);
    }

    @AfterAll
    static void clean() throws IOException {
        if (data != null) {
            AotTraining.deleteTree(data);
        }
    }

    @Test
    void theWindowStartsFromTheCache() throws IOException, InterruptedException {
        Path classes = data.resolveSibling(data.getFileName() + "-gui-classes.log");
        String out = AotTraining.run(AotTraining.withDisplay(List.of(image.launcher().toString(), "--data-dir",
                data.toString())), cacheRequired(classes, "-Dkehoachxa.startupMarker=true",
                "-Dkehoachxa.exitAfterStartup=true", "-Djavafx.verbose=true"), log, "window start with AOTMode=on");

        assertThat(out).contains("KEHOACHXA_PLAN_SHOWN");
        // JavaFX's natives ship beside its jars and load from there, not extracted into ~/.openjfx/cache.
        assertThat(out).as("JavaFX's native libraries loaded from the image's folder").contains("from relative path")
                .doesNotContain("from resource");
        List<String> loaded = loaded(classes);
        assertThat(loaded).contains("vn.kehoachxa.App source: shared objects file",
                "javafx.scene.control.TableView source: shared objects file",
                "org.jooq.impl.DSL source: shared objects file");
        assertThat(fromJars(loaded)).as("classes the window start loaded from jars, not from the cache").isEmpty();
        // The window's cache is trained on the window alone (decision 0047): every class of a cache is loaded at each
        // start, so none of the exports', forms' or plan files' libraries may be in it.
        assertThat(loaded).as("POI, XMLBeans, Jackson or picocli classes loaded at the window's start")
                .noneMatch(l -> NOT_AT_WINDOW_START.stream().anyMatch(l::startsWith));
    }

    /**
     * An export through the window's launcher (what the window's Tệp menu writes, by the same exporters) still works
     * with {@code -XX:AOTMode=on}: the cache is used for the start, and POI, not in the window's cache, comes from the
     * jars.
     */
    @Test
    void anExportThroughTheWindowsLauncherWorksWithItsCache() throws IOException, InterruptedException {
        Path classes = data.resolveSibling(data.getFileName() + "-export-classes.log");
        Path docx = data.resolveSibling(data.getFileName() + "-KH.docx");
        Path xlsx = data.resolveSibling(data.getFileName() + "-KH.xlsx");
        try {
            AotTraining.run(List.of(image.launcher().toString(), "export", "1", "--docx", docx.toString(), "--xlsx",
                    xlsx.toString(), "--data-dir", data.toString()), cacheRequired(classes), log,
                    "window launcher export with AOTMode=on");

            assertThat(docx).isNotEmptyFile();
            assertThat(xlsx).isNotEmptyFile();
            List<String> loaded = loaded(classes);
            assertThat(loaded).contains("org.jooq.impl.DSL source: shared objects file")
                    .anyMatch(l -> l.startsWith("org.apache.poi.xwpf.usermodel.XWPFDocument source: jar:")
                            || l.startsWith("org.apache.poi.xwpf.usermodel.XWPFDocument source: file:"));
        } finally {
            Files.deleteIfExists(docx);
            Files.deleteIfExists(xlsx);
        }
    }

    @Test
    void theCommandsLauncherRunsFromItsOwnCacheAndLoadsNoJavaFx() throws IOException, InterruptedException {
        AppImage commands = AotTraining.commandsLauncher(image);
        assertThat(commands).as("the command-line launcher " + image.root() + "/bin/*Cli").isNotNull();
        assertThat(LauncherConfig.parse(Files.readString(commands.config(), StandardCharsets.UTF_8)).javaOptions())
                .contains("-XX:AOTCache=$APPDIR/" + AotTraining.COMMANDS_CACHE_FILE)
                .containsAll(LauncherConfig.parse(Files.readString(image.config(), StandardCharsets.UTF_8))
                        .javaOptions().stream().filter(o -> !o.startsWith("-XX:AOTCache")).toList());
        Path classes = data.resolveSibling(data.getFileName() + "-cli-classes.log");
        Path docx = data.resolveSibling(data.getFileName() + "-cli.docx");
        Path xlsx = data.resolveSibling(data.getFileName() + "-cli.xlsx");
        try {
            String out = AotTraining.run(List.of(commands.launcher().toString(), "list", "--data-dir",
                    data.toString()), cacheRequired(classes), log, "CLI launcher list with AOTMode=on");
            assertThat(out).contains("xã Mường La");
            List<String> listed = loaded(classes);
            assertThat(listed).contains("vn.kehoachxa.Main source: shared objects file",
                    "org.jooq.impl.DSL source: shared objects file");
            assertThat(fromJars(listed)).as("classes list loaded from jars").isEmpty();
            assertThat(javaFx(listed)).as("JavaFX classes loaded by list").isEmpty();

            AotTraining.run(List.of(commands.launcher().toString(), "export", "1", "--docx", docx.toString(),
                    "--xlsx", xlsx.toString(), "--data-dir", data.toString()), cacheRequired(classes), log,
                    "CLI launcher export with AOTMode=on");
            assertThat(docx).isNotEmptyFile();
            assertThat(xlsx).isNotEmptyFile();
            List<String> exported = loaded(classes);
            assertThat(exported).contains("org.apache.poi.xwpf.usermodel.XWPFDocument source: shared objects file");
            assertThat(fromJars(exported)).as("classes the export loaded from jars").isEmpty();
            assertThat(javaFx(exported)).as("JavaFX classes loaded by export").isEmpty();
        } finally {
            Files.deleteIfExists(docx);
            Files.deleteIfExists(xlsx);
        }
    }

    /**
     * Linux: neither launcher asks a package manager who installed it (jpackage's launcher runs {@code rpm -qf} and
     * {@code dpkg -S} at every start; decisions 0048, 0049). Stand-ins for both on the PATH leave a mark when called.
     */
    @Test
    void theLinuxLaunchersRunNoPackageQuery() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "Linux only");
        AppImage commands = AotTraining.commandsLauncher(image);
        Path bin = Files.createTempDirectory("kehoachxa-fake-pm");
        Path mark = bin.resolve("called");
        try {
            for (String tool : List.of("rpm", "dpkg")) {
                Path fake = bin.resolve(tool);
                Files.writeString(fake, "#!/bin/sh\necho " + tool + " >> '" + mark + "'\nexit 1\n");
                fake.toFile().setExecutable(true);
            }
            String path = bin + java.io.File.pathSeparator + System.getenv("PATH");
            // The stand-ins are what a program started with this PATH finds (jpackage's launcher looks them up the
            // same way, through popen's shell: decision 0048 has its trace).
            AotTraining.run(List.of("sh", "-c", "rpm -qf /x; dpkg -S /x; exit 0"), Map.of("PATH", path), log,
                    "stand-in rpm and dpkg on the PATH");
            assertThat(mark).as("the stand-ins leave their mark").exists();
            Files.delete(mark);

            String version = AotTraining.run(List.of(image.launcher().toString(), "--version"),
                    Map.of("PATH", path, "JAVA_TOOL_OPTIONS", "-XX:AOTMode=on"), log,
                    "window launcher --version with stand-in rpm and dpkg");
            assertThat(version).contains("Kế hoạch Xã");
            String out = AotTraining.run(List.of(commands.launcher().toString(), "list", "--data-dir",
                    data.toString()), Map.of("PATH", path, "JAVA_TOOL_OPTIONS", "-XX:AOTMode=on"), log,
                    "CLI launcher list with stand-in rpm and dpkg");
            assertThat(out).contains("xã Mường La");
            assertThat(mark).as("rpm or dpkg called by a launcher").doesNotExist();
        } finally {
            AotTraining.deleteTree(bin);
        }
    }

    private static List<String> javaFx(List<String> loaded) {
        return loaded.stream().filter(l -> l.startsWith("javafx.") || l.startsWith("com.sun.javafx.")).toList();
    }

    /** JVM options that fail the start when the cache is unusable and log where every class came from. */
    private static Map<String, String> cacheRequired(Path classes, String... more) throws IOException {
        Files.deleteIfExists(classes);
        List<String> options = new ArrayList<>(List.of("-XX:AOTMode=on",
                "-Xlog:class+load=info:file=" + classes.toAbsolutePath()));
        options.addAll(List.of(more));
        return Map.of("JAVA_TOOL_OPTIONS", String.join(" ", options));
    }

    /** The class-loading log's entries, "name source: …", without the decorations. */
    private static List<String> loaded(Path classes) throws IOException {
        try {
            return Files.readAllLines(classes, StandardCharsets.UTF_8).stream()
                    .map(l -> l.substring(l.indexOf("] ", l.indexOf("[class,load]")) + 2)).toList();
        } finally {
            Files.deleteIfExists(classes);
        }
    }

    /**
     * The classes of {@link #FROM_CACHE}'s packages that were read from a jar. The command line's type converters
     * implement picocli's interface, whose Java 5 class files the JVM cannot put in a cache, and so cannot be in it.
     */
    private static List<String> fromJars(List<String> loaded) {
        return loaded.stream().filter(l -> l.contains(" source: file:") || l.contains(" source: jar:"))
                .filter(l -> FROM_CACHE.stream().anyMatch(l::startsWith))
                .filter(l -> !l.matches("vn\\.kehoachxa\\.cli\\.[\\w$]+Converter source: .*")).toList();
    }
}
