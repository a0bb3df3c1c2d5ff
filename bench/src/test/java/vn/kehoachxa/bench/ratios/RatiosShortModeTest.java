package vn.kehoachxa.bench.ratios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's check: the ratio harness runs in every build, in its short mode (1 round, 10 forms, Mường La × 1 and
 * × 2), on the app's class path. It fails only when the harness cannot run — a child that fails, hangs or never
 * shows the plan, a yardstick that cannot be built, a report line missing. Timings are never asserted: on a shared
 * machine they say nothing, and the full run's ratios are read by people (docs/benchmarks.md, decision 0031).
 */
class RatiosShortModeTest {

    @Test
    void theHarnessMeasuresEveryLineAndTheScaleCurveInShortMode(@TempDir Path work) throws Exception {
        // Surefire may start the JVM from a manifest-only jar; the real class path is in this property then.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path benchClasses = Path.of("target/classes").toAbsolutePath();
        Ratios.Options options = Ratios.Options.parse(new String[] {"--short", "--work", work.toString(),
                "--bench-jar", benchClasses.toString()});
        String report = Ratios.run(options, Target.ofClassPath(classPath, benchClasses));

        assertThat(report).contains("| CLI export Mường La → .docx + .xlsx (whole process) | ")
                .contains("| unit form import (10 forms, warm) | ").contains("| CLI `list` | ")
                .contains("| floor of `list`: plain JDBC opening the same H2 file read-only")
                .contains("| 1× | 31 task rows").contains("| 2× | 62 task rows");
        boolean display = System.getenv("DISPLAY") != null || Files.isExecutable(Path.of("/usr/bin/Xvfb"));
        if (display) {
            assertThat(report).contains("| cold start to the Mường La dashboard | ").contains("| GUI peak RSS");
        }
        // Every measured cell holds a figure: no line came out empty.
        assertThat(report.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| What") && !l.startsWith("| k ")))
                .allSatisfy(l -> assertThat(l).doesNotContain("NaN"));
    }
}
