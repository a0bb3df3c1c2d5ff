package vn.kehoachxa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.logging.AppLog;
import vn.kehoachxa.service.Workspace;
import vn.kehoachxa.testsupport.DamagedDatabase;

/** {@code list} run without picocli's tree prints and fails exactly as through picocli (decision 0039). */
class DirectCommandsTest extends CommandTestBase {
    @Test
    void onlyAPlainListIsRunDirectly() {
        assertThat(DirectCommands.listFolder(new String[] {"list"})).isEqualTo(Workspace.defaultFolder());
        Path x = Path.of("/tmp/x");
        assertThat(DirectCommands.listFolder(new String[] {"list", "--data-dir", "/tmp/x"})).isEqualTo(x);
        assertThat(DirectCommands.listFolder(new String[] {"--data-dir", "/tmp/x", "list"})).isEqualTo(x);
        assertThat(DirectCommands.listFolder(new String[] {"list", "--data-dir=/tmp/x"})).isEqualTo(x);
        assertThat(DirectCommands.listFolder(new String[] {"--data-dir=/tmp/x", "list"})).isEqualTo(x);
        for (String[] other : new String[][] {{}, {"--data-dir", "/tmp/x"}, {"list", "--bogus"}, {"list", "--help"},
            {"list", "-h"}, {"list", "list"}, {"list", "extra"}, {"list", "--data-dir"}, {"list", "--data-dir", ""},
            {"list", "--data-dir", "-x"}, {"list", "--data-dir", "@args"}, {"@args"}, {"list", "--data-dir", "export"},
            {"list", "--data-dir", "/a", "--data-dir", "/b"}, {"list", "--data-dir="}, {"export", "1"},
            {"--version"}, {"LIST"}}) {
            assertThat(DirectCommands.listFolder(other)).as(String.join(" ", other)).isNull();
        }
    }

    @Test
    void theSubcommandNamesAreThoseOfTheCommandTree() {
        assertThat(DirectCommands.SUBCOMMANDS).isEqualTo(KeHoachXaCommand.commandLine().getSubcommands().keySet());
    }

    @Test
    void anEmptyFolderAndAFolderWithAPlanPrintTheSameAsThroughPicocli() {
        assertThat(run("list", "--data-dir", data())).isZero();
        assertThat(out).isEqualTo(throughPicocli(0, "list", "--data-dir", data()));

        assertThat(run("import", MUONG_LA.toString(), "--data-dir", data())).isZero();
        assertThat(run("--data-dir", data(), "list")).isZero();
        assertThat(out).contains("xã Mường La").isEqualTo(throughPicocli(0, "--data-dir", data(), "list"));
        assertThat(err).isEmpty();
    }

    @Test
    void aFailureGivesTheSameExitCodeAndMessageAsThroughPicocli() {
        run("import", MUONG_LA.toString(), "--data-dir", data());
        DamagedDatabase.losePlanTable(dir.resolve("data"));

        assertThat(run("list", "--data-dir", data())).isEqualTo(KeHoachXaCommand.INTERNAL_ERROR);
        String direct = err;
        AppLog.start(dir.resolve("data"));
        try {
            throughPicocli(KeHoachXaCommand.INTERNAL_ERROR, "list", "--data-dir", data());
        } finally {
            AppLog.stop();
        }
        assertThat(direct).contains("Lỗi không mong đợi").isEqualTo(picocliErr);
    }

    private String picocliErr;

    /** What the command tree prints for {@code args}, checking its exit code. */
    private String throughPicocli(int exit, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        var cli = KeHoachXaCommand.commandLine();
        cli.setOut(new PrintWriter(o, true)).setErr(new PrintWriter(e, true));
        cli.setExecutionExceptionHandler((ex, c, p) -> KeHoachXaCommand.failed(ex, args, new PrintWriter(e, true)));
        assertThat(cli.execute(args)).isEqualTo(exit);
        picocliErr = e.toString();
        return o.toString();
    }
}
