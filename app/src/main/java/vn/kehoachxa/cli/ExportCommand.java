package vn.kehoachxa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanExportService;

/** {@code kehoachxa export PLAN --to FILE}: writes a stored plan out as a file. */
@Command(name = "export")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    KeHoachXaCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MÃ_KẾ_HOẠCH", descriptionKey = "cli.export.plan")
    long planId;

    @Option(names = "--to", paramLabel = "TỆP.kehoach.json", descriptionKey = "cli.export.to")
    Path planFile;

    @Override
    public Integer call() {
        if (planFile == null) {
            spec.commandLine().getErr().println(Texts.get("cli.export.nothing"));
            return KeHoachXaCommand.USAGE_ERROR;
        }
        try (Database db = root.openDatabase()) {
            PlanExportService export = new PlanExportService(db);
            export.toPlanFile(planId, planFile);
            spec.commandLine().getOut().println(Texts.get("cli.export.done", planFile));
        }
        return KeHoachXaCommand.OK;
    }
}
