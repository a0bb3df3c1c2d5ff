package vn.kehoachxa.service.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.collect.DataFolderKind;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.domain.collect.ServerConnectionException;
import vn.kehoachxa.testsupport.CollectorDatabases;
import vn.kehoachxa.testsupport.FolderSecrets;

/** A collector folder on the shared server: named once with --db-url, reopened from the folder, no password in it. */
class CollectorServerFolderTest {
    @TempDir
    Path dir;

    @Test
    void theFolderRemembersTheServerButNeverThePassword() throws IOException {
        ServerConnection server = CollectorDatabases.freshServerDatabase();
        String password = new String(server.password());
        try {
            CollectorLaunch launch = CollectorLaunch.fromArguments(List.of("--data-dir", dir.toString(), "--db-url",
                    server.jdbcUrl(), "--db-user", server.user()));
            AtomicInteger asked = new AtomicInteger();
            try (CollectorWorkspace ws = CollectorWorkspace.open(dir, launch, s -> {
                asked.incrementAndGet();
                assertThat(s.password()).isNull();
                return password.toCharArray();
            })) {
                assertThat(ws.database().dialect()).isEqualTo(SQLDialect.POSTGRES);
                assertThat(ws.server()).contains(server.withoutPassword());
            }
            assertThat(asked).hasValue(1);
            assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_SERVER);
            assertNoFileHolds(dir, password);

            // Next start: only the folder; the password is asked again, and a wrong one is refused in Vietnamese.
            CollectorLaunch plain = CollectorLaunch.fromArguments(List.of("--data-dir", dir.toString()));
            assertThatThrownBy(() -> CollectorWorkspace.open(dir, plain, s -> "sai".toCharArray()))
                    .isInstanceOf(ServerConnectionException.class).hasMessageContaining(server.shown());
            try (CollectorWorkspace ws = CollectorWorkspace.open(dir, plain, s -> password.toCharArray())) {
                assertThat(ws.server()).contains(server.withoutPassword());
            }
            assertNoFileHolds(dir, password);
        } finally {
            CollectorDatabases.dropServerDatabase(server);
        }
    }

    @Test
    void aServerThatDoesNotOpenLeavesTheFolderAsItWas() {
        ServerConnection base = CollectorDatabases.requirePostgres();
        CollectorLaunch launch = CollectorLaunch.fromArguments(List.of("--db-url", base.jdbcUrl(), "--db-user",
                base.user()));
        assertThatThrownBy(() -> CollectorWorkspace.open(dir, launch, s -> "sai".toCharArray()))
                .isInstanceOf(ServerConnectionException.class);
        assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.EMPTY);
    }

    @Test
    void theSettingsPageChecksAndSavesTheServerButNeverThePassword() {
        ServerConnection server = CollectorDatabases.freshServerDatabase();
        String password = new String(server.password());
        try {
            try (CollectorWorkspace ws = CollectorWorkspace.open(dir, CollectorLaunch.fromArguments(
                    List.of("--collector")), s -> null)) {
                ServerSettingsService page = new ServerSettingsService(ws);
                page.check(server.withPassword(password.toCharArray()));
                page.useServer(server.withPassword(password.toCharArray()));
            }
            assertThat(CollectorWorkspace.savedServer(dir)).contains(server.withoutPassword());
            assertNoFileHolds(dir, password);
        } finally {
            CollectorDatabases.dropServerDatabase(server);
        }
    }

    private static void assertNoFileHolds(Path folder, String secret) {
        FolderSecrets.assertNoFileHolds(folder, secret);
    }
}
