package vn.kehoachxa.persistence.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.domain.collect.ServerConnectionException;
import vn.kehoachxa.domain.collect.ServerProblem;
import vn.kehoachxa.testsupport.CollectorDatabases;
import vn.kehoachxa.testsupport.EnglishText;

/** A real PostgreSQL server refusing: each failure reaches the official in Vietnamese, naming the server. */
class ServerFailuresTest {
    @Test
    void aWrongPasswordIsNamedWithTheServerAndTheUser() {
        ServerConnection server = CollectorDatabases.requirePostgres().withPassword("sai-mat-khau".toCharArray());
        ServerConnectionException e = refused(server);
        assertThat(e.problem()).isEqualTo(ServerProblem.BAD_LOGIN);
        assertThat(e.getMessage()).contains(server.shown(), server.user(), "sai tên người dùng hoặc mật khẩu");
        assertVietnamese(e);
    }

    @Test
    void noPasswordWhereTheServerWantsOneAsksForIt() {
        ServerConnection server = CollectorDatabases.requirePostgres().withPassword(null);
        // pgjdbc would read a pgpass file; make sure none is found
        System.setProperty("org.postgresql.pgpassfile", "/nonexistent/pgpass");
        try {
            ServerConnectionException e = refused(server);
            assertThat(e.problem()).isEqualTo(ServerProblem.BAD_LOGIN);
            assertThat(e.getMessage()).contains("chưa có mật khẩu", "KEHOACHXA_DB_PASSWORD");
            assertVietnamese(e);
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }

    @Test
    void aMissingDatabaseIsNamed() {
        ServerConnection base = CollectorDatabases.requirePostgres();
        ServerConnection server = new ServerConnection(base.host(), base.port(), "khong_co_csdl_nay", base.user(),
                base.password());
        ServerConnectionException e = refused(server);
        assertThat(e.problem()).isEqualTo(ServerProblem.NO_DATABASE);
        assertThat(e.getMessage()).contains("khong_co_csdl_nay", base.host() + ":" + base.port());
        assertVietnamese(e);
    }

    @Test
    void aPortWhereNothingListensIsUnreachable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServerConnection server = new ServerConnection("127.0.0.1", port, "tonghop", "tinh",
                "x".toCharArray());
        ServerConnectionException e = refused(server);
        assertThat(e.problem()).isEqualTo(ServerProblem.UNREACHABLE);
        assertThat(e.getMessage()).contains("127.0.0.1", String.valueOf(port), "bật máy chủ");
        assertVietnamese(e);
        // the connection check of the settings page says the same
        assertThat(catchThrowableOfType(ServerConnectionException.class,
                () -> CollectorDatabase.checkServer(server)).problem()).isEqualTo(ServerProblem.UNREACHABLE);
    }

    @Test
    void theRightPasswordPassesTheCheck() {
        CollectorDatabase.checkServer(CollectorDatabases.requirePostgres());
    }

    private static ServerConnectionException refused(ServerConnection server) {
        return catchThrowableOfType(ServerConnectionException.class, () -> CollectorDatabase.openServer(server)
                .close());
    }

    private static void assertVietnamese(ServerConnectionException e) {
        assertThat(e).isNotNull();
        assertThat(EnglishText.in(e.getMessage())).as(e.getMessage()).isEmpty();
        assertThat(e.getMessage()).doesNotContain("Exception", "FATAL", "password authentication");
    }
}
