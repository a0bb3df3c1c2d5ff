package vn.kehoachxa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.Main;
import vn.kehoachxa.testsupport.ChildJvm;

/**
 * The commands load no JavaFX class (decision 0039): the command-line launcher's AOT cache is trained on them, and
 * every class of a cache is loaded at each start, so a JavaFX class reached by a command would bring the window's
 * classes back into every command's start. Checked in a child JVM with {@code -verbose:class}, as a user's start.
 */
class CommandsLoadNoJavaFxTest extends CommandTestBase {
    @Test
    void listExportAndValidateLoadNoJavaFxClass() throws Exception {
        assertThat(run("import", MUONG_LA.toString(), "--data-dir", data())).isZero();
        String docx = dir.resolve("KH.docx").toString();
        String xlsx = dir.resolve("KH.xlsx").toString();
        String planFile = dir.resolve("KH.kehoach.json").toString();

        List<String> list = classesLoaded("list", "--data-dir", data());
        List<String> export = classesLoaded("export", "1", "--to", planFile, "--docx", docx, "--xlsx", xlsx,
                "--data-dir", data());
        List<String> validate = classesLoaded("validate", planFile, "--data-dir", data());

        assertThat(list).contains("vn.kehoachxa.cli.ListCommand", "org.h2.engine.Database");
        assertThat(export).contains("org.apache.poi.xwpf.usermodel.XWPFDocument");
        assertThat(validate).contains("vn.kehoachxa.cli.ValidateCommand");
        for (List<String> loaded : List.of(list, export, validate)) {
            assertThat(loaded).filteredOn(c -> c.startsWith("javafx.") || c.startsWith("com.sun.javafx."))
                    .as("JavaFX classes a command loaded").isEmpty();
        }
    }

    /** The classes a child JVM running the command {@code args} loaded, by name; the command must succeed. */
    private static List<String> classesLoaded(String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = ChildJvm.of(Main.class, args);
        List<String> command = new ArrayList<>(builder.command());
        command.add(1, "-Xlog:class+load=info:stdout:tags");
        Process process = builder.command(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(out.lines().filter(l -> !l.startsWith("[class,load]"))
                .reduce("", (a, b) -> a + "\n" + b)).isZero();
        return out.lines().filter(l -> l.startsWith("[class,load] "))
                .map(l -> l.substring("[class,load] ".length()).split(" ")[0]).toList();
    }
}
