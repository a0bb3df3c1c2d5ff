package vn.kehoachxa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.service.BackupService;
import vn.kehoachxa.service.Workspace;

/** {@code kehoachxa backup [--to FOLDER]}: a checked backup now, in backups/ and optionally copied elsewhere. */
@Command(name = "backup")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    KeHoachXaCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "THƯ_MỤC", descriptionKey = "cli.backup.to")
    Path folder;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            BackupService backups = workspace.backups();
            var out = spec.commandLine().getOut();
            if (folder != null) {
                Path copy = backups.backupTo(folder);
                out.println(Texts.get("cli.backup.copied", copy, backups.list().getFirst().counts().describe()));
            } else {
                BackupInfo made = backups.backupNow();
                out.println(Texts.get("cli.backup.done", made.file(), made.counts().describe()));
            }
        }
        return KeHoachXaCommand.OK;
    }
}
