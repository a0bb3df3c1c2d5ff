package vn.kehoachxa.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;
import vn.kehoachxa.App;
import vn.kehoachxa.SingleInstance;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.logging.AppLog;
import vn.kehoachxa.service.Workspace;
import vn.kehoachxa.service.collect.CollectorLaunch;
import vn.kehoachxa.service.collect.CollectorWorkspace;

/** The {@code kehoachxa} command: global options, the subcommands, exit codes and Vietnamese errors. */
@Command(name = "kehoachxa", mixinStandardHelpOptions = true, version = "Kế hoạch Xã 0.1",
        resourceBundle = Texts.BUNDLE,
        subcommands = {ListCommand.class, ImportCommand.class, ExportCommand.class, ValidateCommand.class,
            ProfileCommand.class, BackupCommand.class, RestoreCommand.class, VersionCommands.Issue.class,
            VersionCommands.Revise.class, VersionCommands.Compare.class, CollectCommand.class})
public final class KeHoachXaCommand implements Callable<Integer> {
    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: the user's input or data is wrong (the message says what to fix). */
    public static final int INPUT_ERROR = 1;
    /** Exit code: the command line itself is wrong. */
    public static final int USAGE_ERROR = 2;
    /** Exit code: an unexpected failure (a bug); details are in the log. */
    public static final int INTERNAL_ERROR = 3;
    /** Not an exit code: no command was given, so the desktop app takes over. */
    public static final int LAUNCH_UI = -1;
    private static final Logger LOG = LoggerFactory.getLogger(KeHoachXaCommand.class);

    @Option(names = "--data-dir", paramLabel = "THƯ_MỤC", descriptionKey = "cli.option.dataDir",
            scope = ScopeType.INHERIT)
    Path dataDir;

    @Option(names = "--collector", descriptionKey = "cli.option.collector")
    boolean collector;

    @Option(names = "--db-url", paramLabel = "URL", descriptionKey = "cli.option.dbUrl")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "NGƯỜI_DÙNG", descriptionKey = "cli.option.dbUser")
    String dbUser;

    private String[] rawArgs = new String[0];

    @Override
    public Integer call() {
        // The window reads the collector options again from the raw arguments; wrong ones are refused here, in the
        // terminal, before a window opens.
        CollectorLaunch launch = CollectorLaunch.fromArguments(List.of(rawArgs));
        if (launch.collector()) {
            CollectorWorkspace.requireCollectorFolder(dataDirectory());
        }
        return openWindow(dataDirectory(), rawArgs);
    }

    /** The desktop app on {@code dataDir}, or a hand-over to the window already open on it. */
    private static int openWindow(Path dataDir, String[] rawArgs) {
        // A second double-click hands over to the window already open on this folder instead of a second window.
        if (SingleInstance.handOver(dataDir)) {
            return OK;
        }
        App.beginOpening(rawArgs);
        Application.launch(App.class, rawArgs);
        return LAUNCH_UI;
    }

    /**
     * Whether {@code args} only start the window: nothing, or only {@code --data-dir}. Such a start skips building
     * the command tree (picocli's model of every subcommand and its texts, ~0.3 CPU-s of a cold start; picocli's
     * Java 5 class files cannot go into the AOT cache either).
     */
    static boolean opensWindowOnly(String[] args) {
        return args.length == 0 || args.length == 2 && args[0].equals("--data-dir") && !args[1].startsWith("-")
                || args.length == 1 && args[0].startsWith("--data-dir=") && args[0].length() > "--data-dir=".length();
    }

    /** The database folder: {@code --data-dir} or the user's data folder. */
    Path dataDirectory() {
        return dataDir != null ? dataDir : Workspace.defaultFolder();
    }

    /** Opens the data folder the options name. */
    Workspace openWorkspace() {
        return Workspace.open(dataDirectory());
    }

    /** Parses and runs {@code args}; returns the exit code, or {@link #LAUNCH_UI}. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    /**
     * Parses and runs {@code args} with the given output streams (tests capture them), logging to the file of the
     * data folder they name while the command (or the app it opens) runs.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Path folder = Workspace.folderFromArguments(List.of(args));
        AppLog.start(folder);
        try {
            if (opensWindowOnly(args)) {
                try {
                    return openWindow(folder, args.clone());
                } catch (RuntimeException e) {
                    return failed(e, args, err);
                }
            }
            Path listed = DirectCommands.listFolder(args);
            if (listed != null) {
                try {
                    return ListCommand.print(listed, out);
                } catch (RuntimeException e) {
                    return failed(e, args, err);
                }
            }
            DirectCommands.Export export = DirectCommands.export(args);
            if (export != null) {
                try {
                    return ExportCommand.write(export.folder(), export.planId(), export.files(), out);
                } catch (RuntimeException e) {
                    return failed(e, args, err);
                }
            }
            return execute(args, out, err);
        } finally {
            AppLog.stop();
        }
    }

    /** The command tree: every subcommand answers --help too, all texts from the bundle (Vietnamese). */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new KeHoachXaCommand());
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true)
                .version(cli.getCommandSpec().version()));
        return cli;
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        ((KeHoachXaCommand) cli.getCommand()).rawArgs = args.clone();
        cli.setOut(out).setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println(Texts.get("cli.usageError", UsageErrors.describe(ex)));
            ex.getCommandLine().usage(err);
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, args, err));
        return cli.execute(args);
    }

    /** A command (or the window it opened) failed: the exit code and what the official reads. */
    static int failed(Exception ex, String[] args, PrintWriter err) {
        if (ex instanceof DomainException domain) {
            if (domain.getCause() != null) {
                // A storage failure's own words (H2, the system) are for support, not for the official.
                LOG.warn(AppLog.DETAILS_IN_FILE, "The command {} failed: {}", List.of(args), domain.getMessage(),
                        domain);
            }
            err.println(Texts.get("cli.error", domain.getMessage()));
            if (domain.problems().size() > 1 || !domain.problems().contains(domain.getMessage())) {
                domain.problems().forEach(p -> err.println("  - " + p));
            }
            return INPUT_ERROR;
        }
        // A bug: the whole stack goes to the log file; the terminal gets one line naming the file.
        LOG.error(AppLog.DETAILS_IN_FILE, "Unexpected failure of the command: {}", List.of(args), ex);
        String message = AppLog.file()
                .map(file -> Texts.get("cli.internalError", AppLog.summary(ex), file.toString()))
                .orElseGet(() -> Texts.get("cli.internalErrorNoLog", AppLog.summary(ex)));
        err.println(message);
        return INTERNAL_ERROR;
    }
}
