package vn.kehoachxa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanFields;
import vn.kehoachxa.domain.plan.PlanReadiness;
import vn.kehoachxa.exchange.planfile.PlanFiles;

/**
 * {@code kehoachxa validate FILE}: checks a plan file without touching the database, with the reading {@code import}
 * uses (reporting data included), so the two accept and refuse the same files; then lists what still stands between
 * the plan and its signature ({@link PlanReadiness}); those do not make the file invalid.
 */
@Command(name = "validate")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TỆP", descriptionKey = "cli.validate.file")
    Path file;

    @Override
    public Integer call() {
        PlanDocument doc = PlanFiles.readContent(file).document();
        spec.commandLine().getOut().println(Texts.get("cli.validate.ok", file, doc.plan().numberAndSymbol(),
                String.valueOf(doc.sections().stream().mapToInt(s -> s.size()).sum()),
                String.valueOf(doc.indicators().size()),
                String.valueOf(PlanDocument.flatten(doc.targetGroups()).size()
                        + PlanDocument.flatten(doc.taskGroups()).size())));
        // A valid file may still not be ready to sign: the same rules as Tổng quan, for information.
        var problems = PlanReadiness.check(PlanFields.withDerivedDeadlines(doc));
        var out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println(Texts.get("readiness.cli.ready"));
        } else {
            out.println(Texts.get("readiness.cli.title", String.valueOf(problems.size())));
            problems.forEach(p -> out.println("- " + p.text()));
        }
        return KeHoachXaCommand.OK;
    }
}
