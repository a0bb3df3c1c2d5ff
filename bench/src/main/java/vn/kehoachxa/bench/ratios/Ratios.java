package vn.kehoachxa.bench.ratios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The issue-18 harness: each line of the table measured against its yardstick in one run, interleaved (round r runs
 * app then yardstick, round r+1 yardstick then app), several rounds; medians, per-round ratios, CPU seconds and peak
 * RSS; then the scale curve (Mường La × 1, 10, 100). Prints a Markdown report and, with {@code --docs FILE}, puts it
 * in that file between the harness's markers. Run it with {@code bench/ratios.sh}, which builds what is missing.
 *
 * <p>Options: {@code --image DIR} (an app image) or {@code --classpath CP} (the app's class path); {@code --bench-jar
 * JAR}; {@code --rounds N} (5); {@code --forms UNITSxPERIODS} (30x10); {@code --scale 1,10,100};
 * {@code --scale-rounds N} (3); {@code --short} (1 round, 10x1 forms, scale 1,2, no warm-up, no yardstick caches:
 * proves the harness runs, the figures mean nothing); {@code --only lines|scale} (one half of the run);
 * {@code --docs FILE}; {@code --label TEXT}; {@code --work DIR}.
 */
public final class Ratios {
    private Ratios() {
    }

    /** Options as parsed from the command line. */
    record Options(Path image, String classPath, Path benchJar, int rounds, int units, int periods, List<Integer> scale,
                   int scaleRounds, boolean quick, Path docs, String label, Path work, List<String> arguments,
                   String only) {
        static Options parse(String[] args) throws IOException {
            Map<String, String> o = new HashMap<>();
            boolean quick = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--short")) {
                    quick = true;
                } else if (args[i].startsWith("--") && i + 1 < args.length) {
                    o.put(args[i].substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            String[] forms = o.getOrDefault("forms", quick ? "10x1" : "30x10").split("x");
            String scale = o.getOrDefault("scale", quick ? "1,2" : "1,10,100");
            return new Options(o.containsKey("image") ? Path.of(o.get("image")) : null, o.get("classpath"),
                    Path.of(o.getOrDefault("bench-jar", "bench/target/kehoachxa-bench-0.1.0-SNAPSHOT.jar"))
                            .toAbsolutePath(),
                    Integer.parseInt(o.getOrDefault("rounds", quick ? "1" : "5")), Integer.parseInt(forms[0]),
                    Integer.parseInt(forms[1]),
                    scale.isBlank() ? List.of() : List.of(scale.split(",")).stream().map(Integer::parseInt).toList(),
                    Integer.parseInt(o.getOrDefault("scale-rounds", quick ? "1" : "3")), quick,
                    o.containsKey("docs") ? Path.of(o.get("docs")) : null, o.getOrDefault("label", ""),
                    o.containsKey("work") ? Path.of(o.get("work")) : Files.createTempDirectory("kx-ratios"),
                    shown(args), o.getOrDefault("only", "all"));
        }

        /** The options as typed, without the paths ratios.sh adds. */
        private static List<String> shown(String[] args) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (List.of("--image", "--classpath", "--bench-jar", "--work").contains(args[i])) {
                    i++;
                } else {
                    out.add(args[i].contains(" ") ? "\"" + args[i] + "\"" : args[i]);
                }
            }
            return out;
        }
    }

    /** Runs the harness; exits non-zero only when it cannot run. */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Target target = options.image() != null ? Target.ofImage(options.image().toAbsolutePath(), options.benchJar())
                : Target.ofClassPath(options.classPath(), options.benchJar());
        String report = run(options, target);
        System.out.println(report);
        if (options.docs() != null) {
            Report.intoDocs(options.docs(), report);
            System.out.println("written into " + options.docs());
        }
    }

    /** Measures everything and returns the Markdown report. */
    static String run(Options options, Target target) throws Exception {
        Report report = new Report(options, target);
        report.loadBefore();
        Path work = options.work();
        Files.createDirectories(work);
        try (VirtualDisplay display = VirtualDisplay.open()) {
            Map<String, String> env = new HashMap<>(target.childEnvironment());
            if (display != null) {
                env.put("DISPLAY", display.display());
            }
            Child child = new Child(env, work.resolve("children.log"));
            Runner runner = new Runner(target, child, work);
            report.display(display == null ? null : display.describe());
            if (!options.only().equals("scale")) {
                report.lines(measureLines(options, runner, display != null));
            }
            if (!options.scale().isEmpty() && !options.only().equals("lines")) {
                report.scale(new ScaleCurve(runner, display != null).run(options.scale(), options.scaleRounds()));
            }
        }
        report.loadAfter();
        return report.markdown();
    }

    private static List<Line> measureLines(Options options, Runner r, boolean gui) throws Exception {
        Path data = r.seededDataDir("ml", 1);
        Path out = Files.createDirectories(r.work().resolve("out"));
        Path docx = out.resolve("app.docx");
        Path xlsx = out.resolve("app.xlsx");
        // The dump the POI yardstick writes again: taken from the app's own export of the same plan.
        r.exportApp(data, docx, xlsx);
        Path dump = r.work().resolve("export.dump");
        ExportDump.write(docx, xlsx, dump);
        List<String> poiArgs = List.of(dump.toString(), out.resolve("poi.docx").toString(),
                out.resolve("poi.xlsx").toString());
        boolean cache = r.target().canCache() && !options.quick();
        Path windowCache = cache && gui ? r.train("window", "vn.kehoachxa.bench.ratios.BareWindow", List.of()) : null;
        Path poiCache = cache ? r.train("poi", "vn.kehoachxa.bench.ratios.PoiWriter", poiArgs) : null;
        List<String> floorArgs = List.of(data.toString());
        Path floorCache = cache ? r.train("h2list", "vn.kehoachxa.bench.ratios.H2List", floorArgs) : null;

        Line start = new Line("cold start to the Mường La dashboard", "a bare JavaFX window"
                + (windowCache != null ? " with its own AOT cache" : ""), "s", "≤ 1.3×");
        Line export = new Line("CLI export Mường La → .docx + .xlsx (whole process)", "plain POI writing the same"
                + " paragraphs and cells" + (poiCache != null ? " (own AOT cache)" : ""), "s", "≤ 1.5×");
        Line list = new Line("CLI `list`", "a bare `java -version` (same runtime and flags)", "s", "≤ 3×");
        // Not a goal: how low `list` can go while its data stay in H2 (the fixed embedded database), decision 0050.
        Line listFloor = new Line("floor of `list`: plain JDBC opening the same H2 file read-only and listing its"
                + " plans" + (floorCache != null ? " (own AOT cache)" : ""), "a bare `java -version`", "s",
                "— (the floor)");
        List<Measure> pairs = new ArrayList<>();
        if (gui) {
            pairs.add(new Measure(start, () -> r.startApp(data), () -> r.bench("vn.kehoachxa.bench.ratios.BareWindow",
                    windowCache, Child.PLAN_SHOWN)));
        }
        pairs.add(new Measure(export, () -> r.exportApp(data, docx, xlsx),
                () -> r.bench("vn.kehoachxa.bench.ratios.PoiWriter", poiCache, null, poiArgs.toArray(String[]::new))));
        pairs.add(new Measure(list, () -> r.cli(data, "list"), r::javaVersion));
        pairs.add(new Measure(listFloor, () -> r.bench("vn.kehoachxa.bench.ratios.H2List", floorCache, null,
                floorArgs.toArray(String[]::new)), r::javaVersion));
        if (!options.quick()) {
            for (Measure m : pairs) {
                m.app().run();
                m.stick().run();
            }
        }
        for (int round = 0; round < options.rounds(); round++) {
            for (Measure m : pairs) {
                Sample a;
                Sample b;
                if (round % 2 == 0) {
                    a = m.app().run();
                    b = m.stick().run();
                } else {
                    b = m.stick().run();
                    a = m.app().run();
                }
                m.line().add(a, b);
            }
            System.err.printf("round %d of %d done%n", round + 1, options.rounds());
        }
        Line forms = new Line("unit form import (" + options.units() * options.periods() + " forms, warm)",
                "POI opening and reading every cell of the same files", "ms/form", "≤ 2×");
        r.formImport(options.units(), options.periods(), options.rounds(), forms);
        List<Line> lines = new ArrayList<>();
        if (gui) {
            lines.add(start);
        }
        lines.addAll(List.of(export, forms, list, listFloor));
        return lines;
    }

    /** A run that yields one sample. */
    interface Run {
        Sample run() throws Exception;
    }

    private record Measure(Line line, Run app, Run stick) {
    }
}
