package vn.kehoachxa.persistence.collector;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.domain.collect.ServerConnectionException;
import vn.kehoachxa.domain.collect.ServerProblem;

/**
 * The shared PostgreSQL server's data source, and its failures turned into Vietnamese: the official sees which server
 * and what to do; the English driver message and stack go to the log only.
 */
final class ServerFailures {
    private static final Logger LOG = LoggerFactory.getLogger(ServerFailures.class);
    /** Seconds to wait for a server that does not answer: long enough for a slow office network, short for a typo. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    private ServerFailures() {
    }

    /**
     * pgjdbc's plain data source, one physical connection per transaction (no pool, decision 0042). Without a
     * password here the driver reads the user's own pgpass file.
     */
    static PGSimpleDataSource dataSource(ServerConnection server) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {server.host()});
        ds.setPortNumbers(new int[] {server.port()});
        ds.setDatabaseName(server.database());
        ds.setUser(server.user());
        if (server.hasPassword()) {
            ds.setPassword(new String(server.password()));
        }
        ds.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        ds.setLoginTimeout(CONNECT_TIMEOUT_SECONDS * 2);
        ds.setTcpKeepAlive(true);
        ds.setApplicationName("Ke hoach Xa (tong hop)");
        return ds;
    }

    /** {@code error} as the official should read it, naming {@code server}. */
    static ServerConnectionException translate(Throwable error, ServerConnection server) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServerConnectionException known) {
                return known;
            }
        }
        ServerProblem problem = problemOf(error);
        String shown = server.shown();
        String message = switch (problem) {
            case UNREACHABLE -> Texts.get("collector.server.unreachable", server.host(), String.valueOf(server.port()));
            case BAD_LOGIN -> server.hasPassword() ? Texts.get("collector.server.badLogin", shown, server.user())
                    : Texts.get("collector.server.noPassword", shown, server.user());
            case NO_DATABASE -> Texts.get("collector.server.noDatabase", server.host() + ":" + server.port(),
                    server.database());
            case NO_PERMISSION -> Texts.get("collector.server.noPermission", shown, server.user());
            case NEWER_SCHEMA, OTHER -> Texts.get("collector.server.other", shown, sqlState(error));
        };
        LOG.warn("PostgreSQL server {} as {}: {}", shown, server.user(), problem, error);
        return new ServerConnectionException(problem, message, error);
    }

    /** Whether {@code error} says the connection to the server was lost or never made (SQL state class 08). */
    static boolean isConnectionLoss(Throwable error) {
        return problemOf(error) == ServerProblem.UNREACHABLE;
    }

    private static ServerProblem problemOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                switch (state) {
                    case "28P01", "28000":
                        return ServerProblem.BAD_LOGIN;
                    case "3D000":
                        return ServerProblem.NO_DATABASE;
                    case "42501":
                        return ServerProblem.NO_PERMISSION;
                    case "08004":
                        // pgjdbc says so when the server wants a password and none was given
                        if (String.valueOf(sql.getMessage()).contains("password")) {
                            return ServerProblem.BAD_LOGIN;
                        }
                        return ServerProblem.UNREACHABLE;
                    default:
                        if (state.startsWith("08")) {
                            return ServerProblem.UNREACHABLE;
                        }
                }
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return ServerProblem.UNREACHABLE;
            }
        }
        return ServerProblem.OTHER;
    }

    private static String sqlState(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "?";
    }
}
