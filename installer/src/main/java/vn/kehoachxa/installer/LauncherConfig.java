package vn.kehoachxa.installer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .cfg} file beside a jpackage launcher: its class path and its {@code [JavaOptions]}, read and rewritten
 * as text so that the training run and the shipped launcher use the very same JVM, class path and options.
 */
record LauncherConfig(List<String> lines) {
    private static final String APPDIR = "$APPDIR";
    private static final String JAVA_OPTIONS = "[JavaOptions]";
    private static final String OPTION_KEY = "java-options=";

    LauncherConfig {
        lines = List.copyOf(lines);
    }

    /** Parses the file's text. */
    static LauncherConfig parse(String text) {
        return new LauncherConfig(text.lines().toList());
    }

    /** The text to write back, one entry per line. */
    String text() {
        return String.join("\n", lines) + "\n";
    }

    /** The launcher's class path in order, {@code $APPDIR} resolved against {@code appDir}. */
    List<Path> classPath(Path appDir) {
        List<Path> out = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("app.classpath=")) {
                String entry = line.substring("app.classpath=".length()).strip();
                out.add(entry.startsWith(APPDIR)
                        ? appDir.resolve(entry.substring(APPDIR.length()).replaceFirst("^[/\\\\]", ""))
                        : Path.of(entry));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the launcher configuration names no app.classpath entry");
        }
        return out;
    }

    /** The JVM options the launcher passes, in order. */
    List<String> javaOptions() {
        return lines.stream().filter(l -> l.startsWith(OPTION_KEY)).map(l -> l.substring(OPTION_KEY.length()))
                .toList();
    }

    /** This configuration with {@code options} added at the end of {@code [JavaOptions]} (created if missing). */
    LauncherConfig withJavaOptions(List<String> options) {
        List<String> out = new ArrayList<>(lines);
        int section = out.indexOf(JAVA_OPTIONS);
        if (section < 0) {
            out.add(JAVA_OPTIONS);
            section = out.size() - 1;
        }
        int end = section + 1;
        while (end < out.size() && !out.get(end).startsWith("[")) {
            end++;
        }
        while (end > section + 1 && out.get(end - 1).isBlank()) {
            end--;
        }
        for (String option : options) {
            out.add(end++, OPTION_KEY + option);
        }
        return new LauncherConfig(out);
    }

    /** This configuration without the JVM options that start with {@code prefix}. */
    LauncherConfig withoutJavaOptionsStartingWith(String prefix) {
        return new LauncherConfig(lines.stream().filter(l -> !l.startsWith(OPTION_KEY + prefix)).toList());
    }
}
