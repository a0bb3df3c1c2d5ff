package vn.kehoachxa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.service.collect.CollectorLaunch;
import vn.kehoachxa.service.collect.CollectorWorkspace;
import vn.kehoachxa.testsupport.EnglishText;

/** The collector's launch options on the command line: wrong ones and wrong folders stop before any window. */
class CollectorOptionsTest extends CommandTestBase {
    @Test
    void collectorOnACommuneFolderIsRefusedBeforeAWindowOpens() {
        assertThat(run("list", "--data-dir", data())).isZero(); // makes a commune database
        assertThat(run("--collector", "--data-dir", data())).isEqualTo(KeHoachXaCommand.INPUT_ERROR);
        assertThat(err).contains(data(), "xã/phường", "--collector");
        assertThat(EnglishText.in(err)).isEmpty();
    }

    @Test
    void aServerWithoutUserIsAnInputError() {
        assertThat(run("--db-url", "jdbc:postgresql://may-chu/tonghop", "--data-dir", data()))
                .isEqualTo(KeHoachXaCommand.INPUT_ERROR);
        assertThat(err).contains("--db-user");
        assertThat(EnglishText.in(err)).isEmpty();
    }

    @Test
    void commandsRefuseACollectorFolder() {
        CollectorWorkspace.open(Path.of(data()), new CollectorLaunch(true, java.util.Optional.empty(),
                java.util.Optional.empty()), s -> null).close();
        assertThat(run("list", "--data-dir", data())).isEqualTo(KeHoachXaCommand.INPUT_ERROR);
        assertThat(err).contains("thư mục tổng hợp báo cáo của tỉnh");
    }

    @Test
    void theHelpNamesTheCollectorOptionsInVietnamese() {
        assertThat(run("--help")).isZero();
        assertThat(out).contains("--collector", "--db-url", "--db-user", "KEHOACHXA_DB_PASSWORD");
    }
}
