package vn.kehoachxa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.CollectorStart.Opening;
import vn.kehoachxa.persistence.DataFolderLock;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.persistence.collector.CollectorFolder;
import vn.kehoachxa.ui.common.AppSettings;

/** What a start does with its data folder: open the commune's, open the collector, or ask first (a new folder). */
class CollectorStartTest {
    @TempDir
    Path dir;

    private Opening opening(String... args) {
        return CollectorStart.opening(List.of(args), dir);
    }

    @Test
    void anEmptyFolderAsks() {
        assertThat(opening("--data-dir", dir.toString())).isEqualTo(Opening.ASK);
    }

    @Test
    void aFolderWithOnlyTheLogTheWindowSettingsAndTheLockStillAsks() throws IOException {
        Files.createDirectories(dir.resolve("logs"));
        Files.writeString(dir.resolve("logs/kehoachxa.log"), "started\n");
        Files.writeString(dir.resolve(AppSettings.FILE_NAME), "textSize=LARGE\n");
        // As at start-up: the window has claimed the folder (lock and instance files) before deciding.
        SingleInstance claimed = SingleInstance.claim(dir).orElseThrow();
        try {
            assertThat(opening()).isEqualTo(Opening.ASK);
        } finally {
            claimed.lock().close();
            claimed.close();
        }
        assertThat(dir.resolve(DataFolderLock.FILE_NAME)).exists();
    }

    @Test
    void aFolderWithACommuneDatabaseOpensAsTheCommunesWithoutAsking() {
        Database.open(dir).close();

        assertThat(opening()).isEqualTo(Opening.COMMUNE);
    }

    @Test
    void aCollectorFolderOpensAsACollectorWithoutAsking() {
        CollectorDatabase.openEmbedded(dir).close();

        assertThat(opening()).isEqualTo(Opening.COLLECTOR);
    }

    @Test
    void aFolderNamingASharedServerOpensAsACollector() throws IOException {
        Files.writeString(dir.resolve(CollectorFolder.SERVER_FILE), "url=jdbc:postgresql://h/db\nuser=u\n");

        assertThat(opening()).isEqualTo(Opening.COLLECTOR);
    }

    @Test
    void theCollectorOptionsOpenANewFolderAsACollectorWithoutAsking() {
        assertThat(opening("--collector", "--data-dir", dir.toString())).isEqualTo(Opening.COLLECTOR);
        assertThat(opening("--db-url", "jdbc:postgresql://h/db", "--db-user", "u")).isEqualTo(Opening.COLLECTOR);
    }
}
