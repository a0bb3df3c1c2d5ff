package vn.kehoachxa.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test class path in its own JVM: another process, as a second launch would be. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** A builder for {@code mainClass} with {@code args}, output merged, on this JVM's class path. */
    public static ProcessBuilder of(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Starts {@code mainClass}. */
    public static Process start(Class<?> mainClass, String... args) throws IOException {
        return of(mainClass, args).start();
    }
}
