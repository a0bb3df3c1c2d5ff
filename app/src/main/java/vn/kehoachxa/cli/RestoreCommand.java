package vn.kehoachxa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.service.BackupService;
import vn.kehoachxa.service.Workspace;

/**
 * {@code kehoachxa restore --list | SỐ | TỆP.zip}: lists the backups, or puts one back. The current data is backed
 * up first when it still opens; a database that no longer opens is kept beside under another name.
 */
@Command(name = "restore")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    KeHoachXaCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--list", descriptionKey = "cli.restore.list")
    boolean list;

    @Parameters(arity = "0..1", paramLabel = "SỐ|TỆP", descriptionKey = "cli.restore.which")
    String which;

    @Override
    public Integer call() {
        Path dir = root.dataDirectory();
        List<BackupInfo> backups = BackupService.listIn(dir);
        var out = spec.commandLine().getOut();
        if (list || which == null) {
            if (backups.isEmpty()) {
                out.println(Texts.get("cli.restore.none", dir));
            }
            for (int i = 0; i < backups.size(); i++) {
                out.println(BackupTexts.row(i + 1, backups.get(i)));
            }
            if (which == null && !list) {
                throw new DomainException(Texts.get("cli.restore.choose"));
            }
            return KeHoachXaCommand.OK;
        }
        BackupInfo chosen = choose(backups);
        Workspace.Restored restored = Workspace.restoreFolder(dir, chosen);
        restored.unusable().ifPresent(why -> out.println(Texts.get("cli.restore.unusable", why)));
        out.println(Texts.get("cli.restore.done", chosen.file(), restored.counts().describe()));
        return KeHoachXaCommand.OK;
    }

    private BackupInfo choose(List<BackupInfo> backups) {
        if (which.matches("\\d{1,4}")) {
            int n = Integer.parseInt(which);
            if (n < 1 || n > backups.size()) {
                throw new DomainException(Texts.get("cli.restore.noSuchNumber", which, backups.size()));
            }
            return backups.get(n - 1);
        }
        Path file = Path.of(which);
        if (!Files.isRegularFile(file)) {
            throw new DomainException(Texts.get("cli.restore.noSuchFile", file));
        }
        return BackupService.describe(file);
    }
}
