package vn.kehoachxa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.testsupport.EnglishText;

/** The command line speaks Vietnamese: parser errors, help of every command, descriptions of every option. */
class VietnameseCommandLineTest extends CommandTestBase {
    @Test
    void anUnknownCommandIsNamedWithTheCommandsThatExist() {
        assertThat(run("--data-dir", data(), "foo", "bar")).isEqualTo(KeHoachXaCommand.USAGE_ERROR);

        assertThat(err).contains("Không có lệnh \"foo\"", "list, import, export");
        assertThat(EnglishText.in(err)).isEmpty();
    }

    @Test
    void aMistypedCommandSuggestsTheNearOne() {
        assertThat(run("--data-dir", data(), "lst")).isEqualTo(KeHoachXaCommand.USAGE_ERROR);

        assertThat(err).contains("Không có lệnh \"lst\"", "Có phải ý bạn là: list");
        assertThat(EnglishText.in(err)).isEmpty();
    }

    @Test
    void anUnknownOptionIsNamedWithTheOptionsOfItsCommand() {
        assertThat(run("list", "--bogus", "--data-dir", data())).isEqualTo(KeHoachXaCommand.USAGE_ERROR);

        assertThat(err).contains("Không có tùy chọn \"--bogus\"", "--data-dir");
        assertThat(EnglishText.in(err)).isEmpty();
    }

    @Test
    void aMissingParameterAndABadValueAreSaidInVietnamese() {
        assertThat(run("export", "--data-dir", data())).isEqualTo(KeHoachXaCommand.USAGE_ERROR);
        assertThat(err).contains("Còn thiếu MÃ_KẾ_HOẠCH");
        assertThat(EnglishText.in(err)).isEmpty();

        assertThat(run("export", "abc", "--data-dir", data())).isEqualTo(KeHoachXaCommand.USAGE_ERROR);
        assertThat(err).contains("Giá trị \"abc\" không hợp lệ cho MÃ_KẾ_HOẠCH");
        assertThat(EnglishText.in(err)).isEmpty();
    }

    @Test
    void twoExclusiveOptionsAreSaidInVietnamese() {
        assertThat(run("import", "x.kehoach.json", "--as-new", "--replace", "--data-dir", data()))
                .isEqualTo(KeHoachXaCommand.USAGE_ERROR);

        assertThat(err).contains("Chỉ được dùng một trong các tùy chọn --as-new, --replace");
        assertThat(EnglishText.in(err)).isEmpty();
    }

    @Test
    void theMainHelpDescribesEveryCommandAndTheExitCodes() {
        assertThat(run("--help")).isZero();

        for (String command : new KeHoachXaCommandLine().subcommands()) {
            String description = Texts.get("kehoachxa." + command + ".usage.description");
            assertThat(out.replaceAll("\\s+", " ")).contains(firstWords(description));
        }
        assertThat(out).contains("[LỆNH]", "Mã thoát:");
        assertThat(EnglishText.in(out)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "import", "export", "validate", "profile", "backup", "restore"})
    void everyCommandHasVietnameseHelp(String command) {
        assertThat(run(command, "--help")).isZero();

        assertThat(out.replaceAll("\\s+", " "))
                .contains(firstWords(Texts.get("kehoachxa." + command + ".usage.description")));
        assertThat(EnglishText.in(out)).isEmpty();
    }

    @Test
    void everyOptionAndParameterHasADescription() {
        CommandLine cli = new KeHoachXaCommandLine().cli;
        for (CommandLine sub : cli.getSubcommands().values()) {
            for (ArgSpec arg : sub.getCommandSpec().args()) {
                assertThat(String.join(" ", arg.description())).as(sub.getCommandName() + " " + arg)
                        .isNotBlank();
            }
        }
    }

    private static String firstWords(String text) {
        String[] words = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(5, words.length)));
    }

    /** The command tree as {@link KeHoachXaCommand#run} builds it. */
    private static final class KeHoachXaCommandLine {
        final CommandLine cli = KeHoachXaCommand.commandLine();

        java.util.Set<String> subcommands() {
            return cli.getSubcommands().keySet();
        }
    }
}
