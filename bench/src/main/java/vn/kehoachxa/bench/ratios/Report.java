package vn.kehoachxa.bench.ratios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The harness's Markdown: when, on what machine under what load, the table of ratios and the scale curve. */
final class Report {
    static final String BEGIN = "<!-- bench/ratios.sh: begin (replaced by --docs) -->";
    static final String END = "<!-- bench/ratios.sh: end -->";
    private final Ratios.Options options;
    private final Target target;
    private final StringBuilder md = new StringBuilder();
    private final String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm"));
    private String loadBefore = "?";
    private String loadAfter = "?";
    private String display;
    private List<Line> lines = List.of();
    private List<ScaleCurve.Point> scale = List.of();

    Report(Ratios.Options options, Target target) {
        this.options = options;
        this.target = target;
    }

    void loadBefore() {
        loadBefore = loadavg();
    }

    void loadAfter() {
        loadAfter = loadavg();
    }

    void display(String text) {
        display = text;
    }

    void lines(List<Line> measured) {
        lines = measured;
    }

    void scale(List<ScaleCurve.Point> points) {
        scale = points;
    }

    String markdown() {
        md.append("### Ratios, ").append(started).append(" UTC");
        if (!options.label().isBlank()) {
            md.append(" — ").append(options.label());
        }
        md.append("\n\n- Machine: ").append(machine()).append(".\n");
        md.append("- Load average (1, 5, 15 min): ").append(loadBefore).append(" before, ").append(loadAfter)
                .append(" after.\n");
        md.append("- Measured: ").append(target.describe()).append("; GUI on ")
                .append(display == null ? "no display (GUI lines left out)" : display).append(".\n");
        md.append("- ").append(options.rounds()).append(options.rounds() == 1 ? " round" : " rounds")
                .append(", interleaved (odd rounds app first, even rounds yardstick first)").append(options.quick()
                ? " — short mode (no warm-up, tiny sizes, no yardstick AOT caches): proves the harness runs, the"
                + " figures mean nothing" : ", after one untimed warm-up run of each").append(". Ratio = median of"
                + " the per-round ratios app ÷ yardstick (their range in brackets). Command: `")
                .append(String.join(" ", command())).append("`.\n\n");
        if (!lines.isEmpty()) {
            md.append("| What | app (median) | yardstick (median) | ratio, wall | ratio, CPU | ratio, RSS | goal |\n");
            md.append("|---|---|---|---|---|---|---|\n");
        }
        for (Line l : lines) {
            md.append("| ").append(l.what).append(" | ").append(Line.figures(l.app, l.unit)).append(" | ")
                    .append(l.yardstick).append(": ").append(Line.figures(l.stick, l.unit)).append(" | ")
                    .append(l.ratio(Sample::wallMs)).append(" | ").append(l.ratio(Sample::cpuSeconds)).append(" | ")
                    .append(l.ratio(Sample::rssMiB)).append(" | ").append(l.goal).append(" |\n");
        }
        lines.stream().filter(l -> l.what.startsWith("cold start")).findFirst().ifPresent(l -> md
                .append("| GUI peak RSS (largest of the start runs) | ").append(Line.peak(l.app)).append(" | ")
                .append("bare window: ").append(Line.peak(l.stick)).append(" | — | — | — | ≤ 250 MB |\n"));
        if (!scale.isEmpty()) {
            scaleTable();
        }
        return md.toString();
    }

    private void scaleTable() {
        md.append("\nScale curve (Mường La × k, ").append(options.scaleRounds()).append(" round(s), median; in"
                + " brackets the growth over the previous size, to set against the growth of the plan):\n\n");
        md.append("| k | plan | import (CLI) | export .docx + .xlsx (CLI) | start → dashboard | switch to task"
                + " matrix |\n|---|---|---|---|---|---|\n");
        ScaleCurve.Point previous = null;
        for (ScaleCurve.Point p : scale) {
            md.append("| ").append(p.k()).append("× | ").append(p.size()).append(" | ")
                    .append(step(p.importMs(), previous == null ? null : previous.importMs(), "s")).append(" | ")
                    .append(step(p.exportMs(), previous == null ? null : previous.exportMs(), "s")).append(" | ")
                    .append(step(p.startMs(), previous == null ? null : previous.startMs(), "s")).append(" | ")
                    .append(step(p.switchMs(), previous == null ? null : previous.switchMs(), "ms")).append(" |\n");
            previous = p;
        }
    }

    private static String step(List<Double> now, List<Double> before, String unit) {
        double m = Line.median(now);
        if (Double.isNaN(m)) {
            return "—";
        }
        String value = unit.equals("s") ? String.format(Locale.ROOT, "%.2f s", m / 1000)
                : String.format(Locale.ROOT, "%.0f ms", m);
        if (before == null) {
            return value;
        }
        return value + String.format(Locale.ROOT, " (×%.2f)", m / Line.median(before));
    }

    private List<String> command() {
        List<String> c = new java.util.ArrayList<>(List.of("bench/ratios.sh"));
        if (!target.isImage()) {
            c.add("--classpath-mode");
        }
        c.addAll(options.arguments());
        return c;
    }

    static String loadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static String machine() {
        String cpu = "?";
        String ram = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
            long kib = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
            ram = String.format(Locale.ROOT, "%.1f GiB RAM", kib / 1024.0 / 1024.0);
        } catch (IOException | RuntimeException e) {
            // Not Linux: the figures stay unknown.
        }
        return Runtime.getRuntime().availableProcessors() + " CPUs (" + cpu + "), " + ram + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", harness on Java "
                + System.getProperty("java.version");
    }

    /** Puts {@code report} into {@code docs} between the markers, or at the end when they are not there yet. */
    static void intoDocs(Path docs, String report) throws IOException {
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        String block = BEGIN + "\n" + report.strip() + "\n" + END;
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated = begin >= 0 && end > begin ? text.substring(0, begin) + block
                + text.substring(end + END.length()) : text.stripTrailing() + "\n\n" + block + "\n";
        Files.writeString(docs, updated, StandardCharsets.UTF_8);
    }
}
