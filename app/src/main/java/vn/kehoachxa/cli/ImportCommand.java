package vn.kehoachxa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.service.ClashPolicy;
import vn.kehoachxa.service.PlanImportService;
import vn.kehoachxa.service.Workspace;

/**
 * {@code kehoachxa import FILE}: stores a plan file in the database, all or nothing. A plan already there (same number
 * or same content) is refused, naming it, unless {@code --as-new} or {@code --replace} says what to do.
 */
@Command(name = "import")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    KeHoachXaCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TỆP", descriptionKey = "cli.import.file")
    Path file;

    @ArgGroup(exclusive = true)
    Clash clash = new Clash();

    static final class Clash {
        @Option(names = "--as-new", descriptionKey = "cli.import.asNew")
        boolean asNew;
        @Option(names = "--replace", descriptionKey = "cli.import.replace")
        boolean replace;
    }

    @Override
    public Integer call() {
        ClashPolicy policy = clash.replace ? ClashPolicy.REPLACE
                : clash.asNew ? ClashPolicy.AS_NEW : ClashPolicy.REFUSE;
        try (Workspace workspace = root.openWorkspace()) {
            // The same two steps as Tệp › Nhập in the app, so both keep the file's reporting data alike.
            PlanImportService imports = workspace.imports();
            long id = imports.importPreviewed(imports.preview(file), policy);
            spec.commandLine().getOut().println(Texts.get("cli.import.done", file, String.valueOf(id)));
        }
        return KeHoachXaCommand.OK;
    }
}
