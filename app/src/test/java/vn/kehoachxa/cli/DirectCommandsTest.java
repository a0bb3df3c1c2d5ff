package vn.kehoachxa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
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
    void onlyAPlainExportIsRunDirectly() {
        Path x = Path.of("/tmp/x");
        DirectCommands.Export e = DirectCommands.export(new String[] {"--data-dir", "/tmp/x", "export", "7", "--docx",
            "a.docx", "--xlsx=b.xlsx", "--to", "c.kehoach.json"});
        assertThat(e).isEqualTo(new DirectCommands.Export(x, 7, new ExportCommand.Outputs(Path.of("c.kehoach.json"),
                false, Path.of("a.docx"), Path.of("b.xlsx"), null, false, false)));
        assertThat(DirectCommands.export(new String[] {"export", "--xlsx", "b.xlsx", "12", "--data-dir=/tmp/x"}))
                .isEqualTo(new DirectCommands.Export(x, 12, new ExportCommand.Outputs(null, false, null,
                        Path.of("b.xlsx"), null, false, false)));
        assertThat(DirectCommands.export(new String[] {"export", "1", "--docx", "a.docx"}).folder())
                .isEqualTo(Workspace.defaultFolder());
        for (String[] other : new String[][] {{"export", "1"}, {"export", "--docx", "a.docx"},
            {"export", "01", "--docx", "a"}, {"export", "-1", "--docx", "a"}, {"export", "+1", "--docx", "a"},
            {"export", "1", "2", "--docx", "a"}, {"export", "99999999999999999999", "--docx", "a"},
            {"--docx", "a", "export", "1"}, {"1", "export", "--docx", "a"}, {"export", "1", "--docx"},
            {"export", "1", "--docx", ""}, {"export", "1", "--docx="}, {"export", "1", "--docx", "--xlsx"},
            {"export", "1", "--docx", "@f"}, {"export", "1", "--docx", "list"},
            {"export", "1", "--docx", "a", "--docx", "b"},
            {"export", "1", "--docx", "a", "--data-dir", "/a", "--data-dir", "/b"}, {"export", "1", "--pdf", "a.pdf"},
            {"export", "1", "--docx", "a", "--with-reports"}, {"export", "1", "--docx", "a", "--help"},
            {"export", "1", "--docx", "a", "--pdf-appendices", "separate"}, {"export", "1", "--docx", "a", "--"},
            {"export", "export", "1", "--docx", "a"}, {"list", "--docx", "a"}, {"export", "1", "--Docx", "a"},
            {"export", "1", "--docx", "a", "@args"}, {"export", "1", "--docx", "a\u0000b"}}) {
            assertThat(DirectCommands.export(other)).as(String.join(" ", other)).isNull();
        }
    }

    @Test
    void aDirectExportWritesAndPrintsWhatThePicocliExportDoes() throws Exception {
        assertThat(run("import", MUONG_LA.toString(), "--data-dir", data())).isZero();
        Path direct = dir.resolve("direct");
        Path picocli = dir.resolve("picocli");
        Files.createDirectories(direct);
        Files.createDirectories(picocli);
        assertThat(DirectCommands.export(new String[] {"export", "1", "--docx", direct.resolve("p.docx").toString(),
            "--xlsx", direct.resolve("p.xlsx").toString(), "--data-dir", data()})).isNotNull();

        assertThat(run("export", "1", "--docx", direct.resolve("p.docx").toString(), "--xlsx",
                direct.resolve("p.xlsx").toString(), "--data-dir", data())).isZero();
        String printed = throughPicocli(0, "export", "1", "--docx", picocli.resolve("p.docx").toString(), "--xlsx",
                picocli.resolve("p.xlsx").toString(), "--data-dir", data());

        assertThat(err).isEmpty();
        assertThat(out).contains("p.docx").contains("p.xlsx")
                .isEqualTo(printed.replace(picocli.toString(), direct.toString()));
        for (String[] part : new String[][] {{"p.docx", "word/document.xml"}, {"p.xlsx", "xl/worksheets/sheet1.xml"}}) {
            assertThat(entry(direct.resolve(part[0]), part[1])).as(part[0]).isNotEmpty()
                    .isEqualTo(entry(picocli.resolve(part[0]), part[1]));
        }
    }

    private static String entry(Path zip, String name) throws java.io.IOException {
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            return new String(file.getInputStream(file.getEntry(name)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aDirectExportOfAMissingPlanFailsAsThroughPicocli() {
        assertThat(run("import", MUONG_LA.toString(), "--data-dir", data())).isZero();
        String docx = dir.resolve("p.docx").toString();

        int exit = run("export", "99", "--docx", docx, "--data-dir", data());
        String direct = err;
        throughPicocli(exit, "export", "99", "--docx", docx, "--data-dir", data());

        assertThat(exit).isEqualTo(KeHoachXaCommand.INPUT_ERROR);
        assertThat(direct).isNotEmpty().isEqualTo(picocliErr);
        assertThat(dir.resolve("p.docx")).doesNotExist();
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
