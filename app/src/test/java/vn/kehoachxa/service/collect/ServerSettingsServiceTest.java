package vn.kehoachxa.service.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.collect.CollectorStorage;
import vn.kehoachxa.domain.collect.DataFolderKind;
import vn.kehoachxa.domain.collect.ServerCheck;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.domain.collect.ServerConnectionException;
import vn.kehoachxa.domain.collect.ServerProblem;
import vn.kehoachxa.testsupport.CollectorDatabases;
import vn.kehoachxa.testsupport.CollectorFixtures;
import vn.kehoachxa.testsupport.CollectorTest;
import vn.kehoachxa.testsupport.FolderSecrets;

/**
 * The Cài đặt page's service (decision 0046) on real databases: where the data are, the check of a real PostgreSQL
 * server with right and wrong logins (changing nothing there), and the switches between the folder's embedded
 * database and the server, which take effect at the next start and never lose or delete either side's data.
 */
class ServerSettingsServiceTest {
    @TempDir
    Path dir;

    @CollectorTest
    void theStorageSaysWhereTheDataAreAndWhatTheyHold(CollectorDatabases.Target target) {
        boolean server = target.kind() == CollectorDatabases.Kind.POSTGRESQL;
        try (CollectorWorkspace ws = open(target.folder(), target.server())) {
            CollectorFixtures.communes(ws.database(), "Sơn La", 3);
            CollectorStorage storage = new ServerSettingsService(ws).storage();

            assertThat(storage.folder()).isEqualTo(target.folder());
            assertThat(storage.communes()).isEqualTo(3);
            assertThat(storage.packages()).isZero();
            assertThat(storage.changesAtNextStart()).isFalse();
            if (server) {
                assertThat(storage.inUse()).contains(target.server().withoutPassword());
                assertThat(storage.inUse().orElseThrow().password()).isNull();
                assertThat(storage.embeddedFile()).isFalse();
                assertThat(storage.embeddedHoldsData()).isFalse();
            } else {
                assertThat(storage.inUse()).isEmpty();
                assertThat(storage.embeddedFile()).isTrue();
                assertThat(storage.embeddedHoldsData()).isTrue();
            }
        }
    }

    @Test
    void theCheckReadsWhatTheServerHoldsAndChangesNothing() {
        ServerConnection server = CollectorDatabases.freshServerDatabase();
        try (CollectorWorkspace ws = open(dir, null)) {
            ServerSettingsService service = new ServerSettingsService(ws);
            ServerCheck empty = service.check(server);
            assertThat(empty.schema()).isEqualTo(ServerCheck.Schema.EMPTY);
            assertThat(empty.server().password()).isNull();
            // a check creates no table: the server is still empty, and the folder still embedded
            assertThat(service.check(server).schema()).isEqualTo(ServerCheck.Schema.EMPTY);
            assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_EMBEDDED);

            try (CollectorWorkspace onServer = open(Files.createTempDirectory(dir, "may-"), server)) {
                CollectorFixtures.communes(onServer.database(), "Sơn La", 5);
            }
            ServerCheck current = service.check(server);
            assertThat(current.schema()).isEqualTo(ServerCheck.Schema.CURRENT);
            assertThat(current.communes()).isEqualTo(5);
            assertThat(current.packages()).isZero();
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            CollectorDatabases.dropServerDatabase(server);
        }
    }

    @Test
    void eachRefusalOfTheServerComesInVietnamese() throws IOException {
        ServerConnection base = CollectorDatabases.requirePostgres();
        try (CollectorWorkspace ws = open(dir, null)) {
            ServerSettingsService service = new ServerSettingsService(ws);
            ServerConnectionException wrong = refused(service, base.withPassword("sai-mat-khau".toCharArray()));
            assertThat(wrong.problem()).isEqualTo(ServerProblem.BAD_LOGIN);
            assertThat(wrong.getMessage()).contains(base.shown(), base.user(), "sai tên người dùng hoặc mật khẩu");

            ServerConnectionException missing = refused(service, new ServerConnection(base.host(), base.port(),
                    "khong_co_csdl_nay", base.user(), base.password()));
            assertThat(missing.problem()).isEqualTo(ServerProblem.NO_DATABASE);
            assertThat(missing.getMessage()).contains("khong_co_csdl_nay");

            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            ServerConnectionException off = refused(service, new ServerConnection("127.0.0.1", port, "tonghop",
                    "tinh", "x".toCharArray()));
            assertThat(off.problem()).isEqualTo(ServerProblem.UNREACHABLE);
            assertThat(off.getMessage()).contains("127.0.0.1", String.valueOf(port));
        }
    }

    @Test
    void aDatabaseWhereTheUserMayNotCreateTablesOrThatHoldsOtherTablesIsRefusedByTheCheck() throws SQLException {
        ServerConnection locked = CollectorDatabases.freshServerDatabase();
        ServerConnection foreign = CollectorDatabases.freshServerDatabase();
        try (CollectorWorkspace ws = open(dir, null)) {
            ServerSettingsService service = new ServerSettingsService(ws);
            sql(locked, "REVOKE CREATE ON SCHEMA public FROM pg_database_owner",
                    "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            ServerConnectionException noRight = refused(service, locked);
            assertThat(noRight.problem()).isEqualTo(ServerProblem.NO_PERMISSION);
            assertThat(noRight.getMessage()).contains(locked.user(), "không có quyền");

            sql(foreign, "CREATE TABLE ke_toan (so integer)");
            ServerConnectionException other = refused(service, foreign);
            assertThat(other.getMessage()).contains(foreign.shown(), "bảng khác");
            // and saving it is refused the same way: the folder keeps its embedded database
            catchThrowableOfType(ServerConnectionException.class, () -> service.useServer(foreign));
            assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_EMBEDDED);
        } finally {
            CollectorDatabases.dropServerDatabase(locked);
            CollectorDatabases.dropServerDatabase(foreign);
        }
    }

    @Test
    void anOlderSchemaIsReportedForUpgradeAndANewerOneIsRefused() throws SQLException {
        ServerConnection server = CollectorDatabases.freshServerDatabase();
        try (CollectorWorkspace ws = open(dir, null)) {
            ServerSettingsService service = new ServerSettingsService(ws);
            // as an earlier version of the app left it: only the first collector migration
            Flyway.configure().dataSource(server.jdbcUrl(), server.user(), new String(server.password()))
                    .locations("classpath:db/collector").target("1").load().migrate();
            ServerCheck older = service.check(server);
            assertThat(older.schema()).isEqualTo(ServerCheck.Schema.OLDER);
            assertThat(older.communes()).isZero();
            assertThat(service.check(server).schema()).as("the check upgrades nothing")
                    .isEqualTo(ServerCheck.Schema.OLDER);

            sql(server, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
                    + "'V99__future.sql', 1, 'test', 1, true)");
            ServerConnectionException newer = refused(service, server);
            assertThat(newer.problem()).isEqualTo(ServerProblem.NEWER_SCHEMA);
            assertThat(newer.getMessage()).contains("phiên bản Kế hoạch Xã mới hơn", "99");
        } finally {
            CollectorDatabases.dropServerDatabase(server);
        }
    }

    @Test
    void switchingToTheServerAndBackKeepsTheFolderDataAndNeverThePassword() {
        ServerConnection server = CollectorDatabases.freshServerDatabase();
        String password = new String(server.password());
        Path embeddedFile = dir.resolve("tonghop.mv.db");
        try {
            try (CollectorWorkspace ws = open(dir, null)) {
                CollectorFixtures.communes(ws.database(), "Sơn La", 3);
                ServerSettingsService service = new ServerSettingsService(ws);
                ServerCheck saved = service.useServer(server.withPassword(password.toCharArray()));
                assertThat(saved.schema()).isEqualTo(ServerCheck.Schema.EMPTY);
                // takes effect at the next start: the open window still shows the folder's data
                CollectorStorage after = service.storage();
                assertThat(after.inUse()).isEmpty();
                assertThat(after.saved()).contains(server.withoutPassword());
                assertThat(after.changesAtNextStart()).isTrue();
                assertThat(after.communes()).isEqualTo(3);
            }
            assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_SERVER);
            assertThat(embeddedFile).exists();
            FolderSecrets.assertNoFileHolds(dir, password);

            // next start: the server, empty; the folder's 3 communes are not there, and not lost
            try (CollectorWorkspace ws = reopen(dir, password)) {
                assertThat(ws.server()).contains(server.withoutPassword());
                ServerSettingsService service = new ServerSettingsService(ws);
                assertThat(service.storage().communes()).isZero();
                service.useEmbedded();
                assertThat(service.storage().saved()).isEmpty();
            }
            assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_EMBEDDED);
            try (CollectorWorkspace ws = reopen(dir, null)) {
                assertThat(ws.server()).isEmpty();
                assertThat(new ServerSettingsService(ws).storage().communes()).isEqualTo(3);
            }
            FolderSecrets.assertNoFileHolds(dir, password);
        } finally {
            CollectorDatabases.dropServerDatabase(server);
        }
    }

    @Test
    void aWrongPasswordSavesNothing() {
        ServerConnection base = CollectorDatabases.requirePostgres();
        try (CollectorWorkspace ws = open(dir, null)) {
            ServerSettingsService service = new ServerSettingsService(ws);
            ServerConnectionException e = catchThrowableOfType(ServerConnectionException.class,
                    () -> service.useServer(base.withPassword("sai".toCharArray())));
            assertThat(e.problem()).isEqualTo(ServerProblem.BAD_LOGIN);
            assertThat(service.storage().saved()).isEmpty();
        }
        assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_EMBEDDED);
        assertThat(dir.resolve("may-chu.properties")).doesNotExist();
    }

    @Test
    void aServerFolderWithoutItsOwnDatabaseGetsAnEmptyOneWhenGoingBack() {
        ServerConnection server = CollectorDatabases.freshServerDatabase();
        try {
            try (CollectorWorkspace ws = open(dir, server)) {
                CollectorFixtures.communes(ws.database(), "Sơn La", 2);
                ServerSettingsService service = new ServerSettingsService(ws);
                assertThat(service.storage().embeddedFile()).isFalse();
                service.useEmbedded();
                assertThat(service.storage().embeddedFile()).isTrue();
            }
            assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_EMBEDDED);
            try (CollectorWorkspace ws = reopen(dir, null)) {
                assertThat(new ServerSettingsService(ws).storage().communes()).isZero();
            }
            // the server kept its communes
            try (CollectorWorkspace ws = open(dir, null)) {
                assertThat(new ServerSettingsService(ws).check(server).communes()).isEqualTo(2);
            }
        } finally {
            CollectorDatabases.dropServerDatabase(server);
        }
    }

    /** Opens {@code folder} as a collector: on {@code server} (named as by --db-url) or embedded when null. */
    private static CollectorWorkspace open(Path folder, ServerConnection server) {
        if (server == null) {
            return CollectorWorkspace.open(folder, CollectorLaunch.fromArguments(List.of("--collector")), s -> {
                throw new AssertionError("no password for an embedded collector");
            });
        }
        String password = new String(server.password());
        return CollectorWorkspace.open(folder, CollectorLaunch.fromArguments(List.of("--db-url", server.jdbcUrl(),
                "--db-user", server.user())), s -> password.toCharArray());
    }

    /** A later start on {@code folder} alone, typing {@code password} if asked. */
    private static CollectorWorkspace reopen(Path folder, String password) {
        return CollectorWorkspace.open(folder, CollectorLaunch.fromArguments(List.of()), s -> {
            assertThat(password).as("password asked for %s", s).isNotNull();
            return password.toCharArray();
        });
    }

    private static ServerConnectionException refused(ServerSettingsService service, ServerConnection server) {
        ServerConnectionException e = catchThrowableOfType(ServerConnectionException.class,
                () -> service.check(server));
        assertThat(e).as("check of %s", server).isNotNull();
        return e;
    }

    private static void sql(ServerConnection server, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(),
                new String(server.password())); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
