package vn.kehoachxa.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * The log file {@code <data folder>/logs/kehoachxa.log}: UTF-8, with time, thread, level, logger and whole stack
 * traces; a new file each day and past 5 MB, kept 14 days and 50 MB in all. Started once the data folder is known
 * (the command line and the app call {@link #start}); when the folder cannot be written the log stays on the console
 * and the app goes on.
 */
public final class AppLog {
    /** Marks an error whose stack belongs in the file only: the console leaves it out while the file is written. */
    public static final Marker DETAILS_IN_FILE = MarkerFactory.getMarker("DETAILS_IN_FILE");
    static final String FOLDER = "logs";
    static final String FILE_NAME = "kehoachxa.log";
    static final String ARCHIVE_PATTERN = "kehoachxa-%d{yyyy-MM-dd}.%i.log";
    static final String FILE_APPENDER = "file";
    static final FileSize MAX_FILE_SIZE = FileSize.valueOf("5MB");
    static final FileSize TOTAL_SIZE_CAP = FileSize.valueOf("50MB");
    static final int SUMMARY_LENGTH = 160;
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger - %msg%n";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(AppLog.class);

    private static volatile Path active;
    private static RollingFileAppender<ILoggingEvent> appender;

    private AppLog() {
    }

    /** Where the log of data folder {@code dataDir} is written. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve(FOLDER).resolve(FILE_NAME).toAbsolutePath();
    }

    /**
     * Writes the log to {@link #fileIn the file} of {@code dataDir} from now on (instead of another data folder's);
     * returns the file, or nothing when it cannot be written (the console still gets warnings and errors).
     */
    public static Optional<Path> start(Path dataDir) {
        return start(dataDir, MAX_FILE_SIZE);
    }

    /** {@link #start(Path)} with another size at which the file rolls (tests roll a small one). */
    static synchronized Optional<Path> start(Path dataDir, FileSize maxFileSize) {
        Path file = fileIn(dataDir);
        if (file.equals(active)) {
            return Optional.of(file);
        }
        stop();
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException | SecurityException e) {
            LOG.warn("Cannot create the log folder {} ({}); logging to the console only", file.getParent(),
                    e.toString());
            return Optional.empty();
        }
        RollingFileAppender<ILoggingEvent> created = fileAppender(context, file, maxFileSize);
        if (!created.isStarted()) {
            LOG.warn("Cannot write the log file {}; logging to the console only", file);
            return Optional.empty();
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(created);
        appender = created;
        active = file;
        LOG.info("Log started: Java {} on {} {}, data folder {}", Runtime.version(), System.getProperty("os.name"),
                System.getProperty("os.version"), dataDir.toAbsolutePath());
        return Optional.of(file);
    }

    /**
     * A failure in one short line for the user (its first line, at most {@value #SUMMARY_LENGTH} characters): the
     * log has the whole message and stack, and a database error's message holds the full SQL.
     */
    public static String summary(Throwable error) {
        String text = String.valueOf(error).strip().lines().findFirst().orElse("");
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1).strip() + "…";
    }

    /** The file the log is written to now, if any. */
    public static Optional<Path> file() {
        return Optional.ofNullable(active);
    }

    /** Closes the log file (the console goes on); the app calls it when it closes, the command line after a command. */
    public static synchronized void stop() {
        if (appender == null) {
            return;
        }
        LoggerContext context = appender.getContext() instanceof LoggerContext c ? c : null;
        if (context != null) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        }
        appender.stop();
        appender = null;
        active = null;
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path file,
            FileSize maxFileSize) {
        // Logback reads a backslash as an escape in file name patterns; forward slashes work on Windows too.
        String folder = file.getParent().toString().replace('\\', '/');
        RollingFileAppender<ILoggingEvent> rolling = new RollingFileAppender<>();
        rolling.setContext(context);
        rolling.setName(FILE_APPENDER);
        rolling.setFile(folder + "/" + FILE_NAME);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(rolling);
        policy.setFileNamePattern(folder + "/" + ARCHIVE_PATTERN);
        policy.setMaxFileSize(maxFileSize);
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(TOTAL_SIZE_CAP);
        policy.start();
        cleanOldArchivesNow(policy);
        rolling.setRollingPolicy(policy);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(PATTERN);
        encoder.start();
        rolling.setEncoder(encoder);
        rolling.start();
        return rolling;
    }

    /**
     * Runs logback's first removal of archives past {@code maxHistory} here, before anything is logged. Left to
     * itself, logback runs that first removal (32 days back) on a pool thread at the first roll-over, and when a
     * second roll-over's removal runs beside it, the two share one date calculator that is not thread-safe and
     * delete today's archives as "stale" (seen in 3 of 60 runs of {@code AppLogTest}). Once the first removal has
     * run, later ones in the same day look at no past day at all.
     */
    private static void cleanOldArchivesNow(SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy) {
        var naming = policy.getTimeBasedFileNamingAndTriggeringPolicy();
        if (naming != null && naming.getArchiveRemover() != null) {
            naming.getArchiveRemover().clean(Instant.ofEpochMilli(naming.getCurrentTime()));
        }
    }
}
