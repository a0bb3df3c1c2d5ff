package vn.kehoachxa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.kehoachxa.service.collect.CollectorFolder;
import vn.kehoachxa.service.collect.ImportOutcome;
import vn.kehoachxa.service.collect.ImportReport;

/**
 * {@code kehoachxa collect import --data DIR FILE…}: imports communes' report packages (folders, .zip, .eml, or
 * folders of them) into the collector folder {@code DIR}, printing every package's outcome in Vietnamese and the
 * summary; exits with 1 when any package was refused (the others are stored all the same).
 */
@Command(name = "import")
final class CollectImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "THƯ_MỤC", descriptionKey = "cli.collect.data")
    Path data;

    @Parameters(paramLabel = "TỆP", arity = "1..*", descriptionKey = "cli.collect.import.files")
    List<Path> files;

    @Override
    public Integer call() {
        try (CollectorFolder folder = CollectorFolder.open(data)) {
            ImportReport report = folder.imports().importAll(files, progress -> { });
            return print(report, spec.commandLine().getOut());
        }
    }

    /** Prints each outcome and the summary; the exit code. */
    static int print(ImportReport report, PrintWriter out) {
        for (ImportOutcome o : report.outcomes()) {
            out.println("[" + o.kind().label() + "] " + o.sourceName() + ": " + o.message());
        }
        out.println(report.summary());
        out.flush();
        return report.count(ImportOutcome.Kind.REFUSED) > 0 ? KeHoachXaCommand.INPUT_ERROR : KeHoachXaCommand.OK;
    }
}
