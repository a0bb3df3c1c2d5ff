package vn.kehoachxa.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Logback's configuration, in code: found through {@code META-INF/services} when the first logger is made, so no
 * {@code logback.xml} is looked for or parsed at start-up. The console (standard error) gets warnings and errors;
 * the file in the data folder is added by {@link AppLog#start} once the data folder is known.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String CONSOLE = "console";
    private static final String CONSOLE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss} %-5level %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(CONSOLE_PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(CONSOLE);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.addFilter(new ConsoleFilter());
        console.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        // Flyway warns on every start that H2 2.5 is newer than it was verified with: harmless (stack notes).
        context.getLogger("org.flywaydb.core.internal.database.base.Database").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Warnings and errors only, so a command-line user sees the command's own messages and no INFO lines; an event
     * marked {@link AppLog#DETAILS_IN_FILE} stays out while the log file takes it (the caller names the file).
     */
    static final class ConsoleFilter extends Filter<ILoggingEvent> {
        @Override
        public FilterReply decide(ILoggingEvent event) {
            if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
                return FilterReply.DENY;
            }
            boolean inFile = event.getMarkerList() != null && event.getMarkerList().contains(AppLog.DETAILS_IN_FILE)
                    && AppLog.file().isPresent();
            return inFile ? FilterReply.DENY : FilterReply.NEUTRAL;
        }
    }
}
