package vn.kehoachxa.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;

/** {@code kehoachxa list}: the plans in the database, one line each (id, number, status, summary). */
@Command(name = "list")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    KeHoachXaCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = root.openDatabase()) {
            List<PlanSummary> plans = new PlanService(db).list();
            var out = spec.commandLine().getOut();
            if (plans.isEmpty()) {
                out.println(Texts.get("cli.list.empty", db.directory()));
            }
            for (PlanSummary p : plans) {
                out.println(Texts.get("cli.list.row", String.valueOf(p.id()), p.numberAndSymbol(),
                        Texts.get("plan.status." + p.status().name()), p.communeName(), p.summary()));
            }
        }
        return KeHoachXaCommand.OK;
    }
}
