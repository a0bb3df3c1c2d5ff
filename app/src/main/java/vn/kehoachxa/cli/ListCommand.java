package vn.kehoachxa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.service.Workspace;

/** {@code kehoachxa list}: the plans in the database, one line each (id, number, status, summary). */
@Command(name = "list")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    KeHoachXaCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return print(root.dataDirectory(), spec.commandLine().getOut());
    }

    /** Prints the plans of the data folder {@code folder}; the command's work, also run without picocli. */
    static int print(Path folder, PrintWriter out) {
        try (Workspace workspace = Workspace.open(folder)) {
            List<PlanSummary> plans = workspace.plans().list();
            if (plans.isEmpty()) {
                out.println(Texts.get("cli.list.empty", workspace.folder()));
            }
            for (PlanSummary p : plans) {
                out.println(Texts.get("cli.list.row", String.valueOf(p.id()), p.numberAndSymbol(),
                        Texts.get("plan.status." + p.status().name()), p.communeName(), p.summary()));
            }
        }
        return KeHoachXaCommand.OK;
    }
}
