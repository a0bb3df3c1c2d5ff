package vn.kehoachxa.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class AppLogTest {
    static final Logger LOG = LoggerFactory.getLogger(AppLogTest.class);

    @TempDir
    Path dir;

    @AfterEach
    void closeTheLog() {
        AppLog.stop();
    }

    @Test
    void theLogIsAFileInTheLogsFolderOfTheDataFolder() {
        assertThat(AppLog.start(dir)).contains(dir.resolve("logs").resolve("kehoachxa.log").toAbsolutePath());
        assertThat(AppLog.file()).contains(AppLog.fileIn(dir));
        assertThat(dir.resolve("logs/kehoachxa.log")).isRegularFile();
    }

    @Test
    void anEntryHasTimeThreadLevelLoggerAndTheWholeStackInUtf8() throws IOException {
        AppLog.start(dir);

        LOG.error("Không xuất được kế hoạch", new IllegalStateException("hỏng", new ArithmeticException("chia 0")));
        AppLog.stop();

        String text = Files.readString(AppLog.fileIn(dir), StandardCharsets.UTF_8);
        assertThat(text).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[main\\] ERROR "
                + "vn\\.kehoachxa\\.logging\\.AppLogTest - Không xuất được kế hoạch");
        assertThat(text).contains("java.lang.IllegalStateException: hỏng",
                "at vn.kehoachxa.logging.AppLogTest.anEntryHasTimeThreadLevelLoggerAndTheWholeStackInUtf8",
                "Caused by: java.lang.ArithmeticException: chia 0");
    }

    @Test
    void informationGoesToTheFileAndDebugDoesNot() throws IOException {
        AppLog.start(dir);

        LOG.info("opened plan 7");
        LOG.debug("row 12 redrawn");
        AppLog.stop();

        assertThat(Files.readString(AppLog.fileIn(dir))).contains("opened plan 7").doesNotContain("row 12");
    }

    @Test
    void aFullFileRollsToAnArchiveNamedByDayAndIndex() throws IOException {
        AppLog.start(dir, FileSize.valueOf("4KB"));

        for (int i = 0; i < 200; i++) {
            LOG.info("line {} of a long session", i);
        }
        AppLog.stop();

        List<String> names;
        try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(names).contains("kehoachxa.log");
        // About 19 KB of lines in 4 KB files: every archive of the day is kept, numbered from 0 without a gap.
        List<String> archives = names.stream().filter(n -> !n.equals("kehoachxa.log")).toList();
        assertThat(archives).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < archives.size(); i++) {
            String index = "\\." + i + "\\.log";
            assertThat(archives).anyMatch(n -> n.matches("kehoachxa-\\d{4}-\\d\\d-\\d\\d" + index));
        }
        assertThat(Files.size(dir.resolve("logs/kehoachxa.log"))).isLessThan(8 * 1024);
    }

    @Test
    void startingOnAnotherDataFolderMovesTheLogThere() throws IOException {
        AppLog.start(dir.resolve("a"));
        LOG.info("in a");

        AppLog.start(dir.resolve("b"));
        LOG.info("in b");
        AppLog.stop();

        assertThat(Files.readString(AppLog.fileIn(dir.resolve("a")))).contains("in a").doesNotContain("in b");
        assertThat(Files.readString(AppLog.fileIn(dir.resolve("b")))).contains("in b").doesNotContain("in a");
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheConsoleOnlyAndLoggingGoesOn() throws IOException {
        // "logs" is a file here, so the folder cannot be made: the same as a data folder that cannot be written.
        Files.writeString(dir.resolve("logs"), "not a folder");

        assertThat(AppLog.start(dir)).isEmpty();

        assertThat(AppLog.file()).isEmpty();
        assertThatCode(() -> LOG.error("still logged", new IllegalStateException("x"))).doesNotThrowAnyException();
    }

    @Test
    void stoppingClosesTheFileSoLaterEntriesStayOut() throws IOException {
        AppLog.start(dir);
        AppLog.stop();

        LOG.warn("after stop");

        assertThat(AppLog.file()).isEmpty();
        assertThat(Files.readString(AppLog.fileIn(dir))).doesNotContain("after stop");
    }

    @Test
    void theSummaryOfAFailureIsItsFirstLineCutShort() {
        String sql = "select \"PLAN\".\"ID\"".repeat(40);
        Exception error = new IllegalStateException("SQL [" + sql + "]; Table \"PLAN\" not found\n" + sql);

        String summary = AppLog.summary(error);

        assertThat(summary).startsWith("java.lang.IllegalStateException: SQL [select").endsWith("…")
                .hasSizeLessThanOrEqualTo(160);
        assertThat(AppLog.summary(new ArithmeticException("/ by zero"))).isEqualTo(
                "java.lang.ArithmeticException: / by zero");
    }
}
