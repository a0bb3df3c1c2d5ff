package vn.kehoachxa.bench.ratios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The runs the harness is made of: the app's start, CLI commands, and the yardsticks, each a child process. */
final class Runner {
    private static final List<String> START = List.of("-Dkehoachxa.startupMarker=true",
            "-Dkehoachxa.exitAfterStartup=true");
    private final Target target;
    private final Child child;
    private final Path work;

    Runner(Target target, Child child, Path work) {
        this.target = target;
        this.child = child;
        this.work = work;
    }

    Target target() {
        return target;
    }

    Path work() {
        return work;
    }

    /** Mường La × {@code k} as a plan file (written once). */
    Path planFile(int k) throws Exception {
        Path file = work.resolve("muong-la-x" + k + ".kehoach.json");
        if (!Files.exists(file)) {
            child.run(target.bench("vn.kehoachxa.bench.ScaledPlans", null, false, List.of(), String.valueOf(k),
                    file.toString()), Map.of(), null);
        }
        return file;
    }

    /** A data folder with the commune profile only (schema created, as after the first-run wizard). */
    Path profileDataDir(String name) throws Exception {
        Path data = work.resolve("data-" + name);
        child.run(target.command("profile", "--name", "Muong La", "--province", "Son La", "--data-dir",
                data.toString()), Map.of(), null);
        return data;
    }

    /** A data folder with the commune profile and Mường La × {@code k} as plan 1. */
    Path seededDataDir(String name, int k) throws Exception {
        Path data = profileDataDir(name);
        cli(data, "import", planFile(k).toString());
        return data;
    }

    /** The app's command line on {@code data}, whole process. */
    Sample cli(Path data, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", data.toString()));
        return child.run(target.command(all.toArray(String[]::new)), Map.of(), null).sample();
    }

    Sample exportApp(Path data, Path docx, Path xlsx) throws Exception {
        Files.deleteIfExists(docx);
        Files.deleteIfExists(xlsx);
        return cli(data, "export", "1", "--docx", docx.toString(), "--xlsx", xlsx.toString());
    }

    /** Imports {@code planFile} into a copy of {@code template} (copied untimed), whole process. */
    Sample importApp(Path template, Path planFile) throws Exception {
        Path data = work.resolve("import-run");
        delete(data);
        try (var paths = Files.walk(template)) {
            for (Path p : paths.toList()) {
                Path to = data.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return cli(data, "import", planFile.toString());
    }

    /** Launch → the dashboard showing plan 1 (the app's marker); CPU and RSS of the whole process. */
    Sample startApp(Path data) throws Exception {
        List<String> command = target.app(START, "--data-dir", data.toString());
        Map<String, String> env = target.isImage() ? Map.of("JAVA_TOOL_OPTIONS", target.toolOptions(START)) : Map.of();
        return child.run(command, env, Child.PLAN_SHOWN).sample();
    }

    /** A yardstick or driver from the bench jar on the app's runtime, options and jars, with AOT cache {@code cache}. */
    Sample bench(String mainClass, Path cache, String marker, String... args) throws Exception {
        return child.run(target.bench(mainClass, cache, false, List.of(), args), Map.of(), marker).sample();
    }

    /** Trains an AOT cache for a bench program by running it once; returns the cache. */
    Path train(String name, String mainClass, List<String> args) throws Exception {
        Path cache = work.resolve(name + ".aot");
        Files.deleteIfExists(cache);
        child.run(target.bench(mainClass, cache, true, List.of(), args.toArray(String[]::new)), Map.of(), null);
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("no AOT cache written for " + mainClass);
        }
        return cache;
    }

    /** {@code java -version} on the app's runtime with its options. */
    Sample javaVersion() throws Exception {
        List<String> command = new ArrayList<>(List.of(target.java().toString()));
        command.addAll(target.jvmOptions());
        command.add("-version");
        return child.run(command, Map.of(), null).sample();
    }

    /** The unit form import line: one warm process, both sides per round (see FormImportRatio). */
    void formImport(int units, int periods, int rounds, Line line) throws Exception {
        Path dir = work.resolve("forms");
        delete(dir);
        Files.createDirectories(dir);
        Child.Result result = child.run(target.bench("vn.kehoachxa.bench.FormImportRatio", target.appCache(), false,
                List.of(), String.valueOf(units), String.valueOf(periods), String.valueOf(rounds), dir.toString()),
                Map.of(), null);
        for (String l : result.output().lines().filter(s -> s.startsWith("FORM_ROUND ")).toList()) {
            double app = Double.parseDouble(l.replaceAll(".* app=([0-9.]+).*", "$1"));
            double poi = Double.parseDouble(l.replaceAll(".* poi=([0-9.]+).*", "$1"));
            line.add(Sample.wallOnly(app), Sample.wallOnly(poi));
        }
        if (line.app.size() != rounds) {
            throw new IllegalStateException("the form import printed " + line.app.size() + " rounds of " + rounds);
        }
        delete(dir);
    }

    /** The first switch to the task matrix in the running app, in milliseconds (ScreenSwitch). */
    double screenSwitch(Path data) throws Exception {
        return child.run(target.bench("vn.kehoachxa.bench.ScreenSwitch", target.appCache(), false,
                List.of("-Dkehoachxa.startupMarker=true"), data.toString()), Map.of(), null)
                .value("SCREEN_SWITCH_MS ");
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
