package vn.kehoachxa.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kehoachxa collect …}: the province collector's commands (Tổng hợp, issue 17). */
@Command(name = "collect", subcommands = {CollectImportCommand.class, CollectSampleCommand.class})
final class CollectCommand {
    @ParentCommand
    KeHoachXaCommand root;
}
