package vn.kehoachxa.persistence.collector;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.domain.collect.ServerCheck;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.persistence.DataFolderLock;

/**
 * Cơ sở dữ liệu tổng hợp của tỉnh: the province collector's database (decisions 0038, 0042), its own schema
 * ({@code db/collector}) apart from a commune's. Embedded H2 in a collector data folder by default, with the same
 * durability settings as the commune database (a commit is on disk when {@link #inTransaction} returns); or a shared
 * PostgreSQL server through the same jOOQ code and the same Flyway migrations, the dialect chosen here at run time.
 * Used only through {@link #inTransaction} and {@link #read}, which hand the work a {@link CollectorStore}.
 */
public final class CollectorDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CollectorDatabase.class);
    /** File name of the embedded database inside a collector data folder, without H2's {@code .mv.db}. */
    public static final String FILE_NAME = "tonghop";
    /** Where the collector's migrations live; the same files run on H2 and on PostgreSQL. */
    public static final String LOCATION = "classpath:db/collector";
    /** The newest collector migration this version knows; a database beyond it is refused, not used. */
    public static final int LATEST_MIGRATION = 3;

    /** The data folder's lock; null for a server opened without a folder (tests, command line). */
    private final DataFolderLock lock;
    private final DSLContext dsl;
    /** The server, for translating a lost connection; null when embedded. */
    private final ServerConnection server;
    private final Runnable closer;

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private CollectorDatabase(DataFolderLock lock, DSLContext dsl, ServerConnection server, Runnable closer) {
        this.lock = lock;
        this.dsl = dsl;
        this.server = server;
        this.closer = closer;
    }

    /**
     * Opens (creating if needed) and migrates the embedded collector database in {@code directory}, holding the
     * folder's lock until {@link #close}. A commune's folder is refused.
     */
    public static CollectorDatabase openEmbedded(Path directory) {
        DataFolderLock lock = DataFolderLock.acquire(directory);
        try {
            return openEmbedded(lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * {@link #openEmbedded(Path)} on a folder this process already claimed (the window claims it first). The lock
     * stays with the caller when opening fails; once open, {@link #close} lets it go.
     */
    public static CollectorDatabase openEmbedded(DataFolderLock lock) {
        CollectorFolder.requireCollector(lock.directory());
        JdbcConnectionPool pool = EmbeddedCollector.open(lock.directory());
        Settings settings = new Settings().withRenderSchema(false).withExecuteLogging(false);
        return new CollectorDatabase(lock, DSL.using(pool, SQLDialect.H2, settings), null,
                () -> EmbeddedCollector.close(pool));
    }

    /**
     * Connects to a shared PostgreSQL server and brings its collector schema to this version (same migrations as
     * the embedded file). Failures come as {@link vn.kehoachxa.domain.collect.ServerConnectionException} with a
     * Vietnamese message naming the server.
     */
    public static CollectorDatabase openServer(ServerConnection server) {
        return openServer((DataFolderLock) null, server);
    }

    /** {@link #openServer(ServerConnection)} for a collector data folder, holding its lock until {@link #close}. */
    public static CollectorDatabase openServer(Path directory, ServerConnection server) {
        DataFolderLock lock = DataFolderLock.acquire(directory);
        try {
            return openServer(lock, server);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * {@link #openServer(ServerConnection)} for a collector folder this process already claimed (null: none). The
     * lock stays with the caller when opening fails; once open, {@link #close} lets it go.
     */
    public static CollectorDatabase openServer(DataFolderLock lock, ServerConnection server) {
        if (lock != null) {
            CollectorFolder.requireCollector(lock.directory());
        }
        DataSource ds = ServerFailures.dataSource(server);
        try {
            check(ds);
            CollectorMigrations.migrate(ds, server.shown());
        } catch (SQLException | RuntimeException e) {
            throw ServerFailures.translate(e, server);
        }
        return new CollectorDatabase(lock, DSL.using(ds, SQLDialect.POSTGRES, serverSettings()), server, () -> { });
    }

    /**
     * jOOQ's settings on the server. The migrations are written in lower-case names unquoted; jOOQ's classes are
     * generated from H2 in upper case. Unquoted names let PostgreSQL fold them to the lower case its catalogue holds.
     */
    static Settings serverSettings() {
        return new Settings().withRenderSchema(false).withExecuteLogging(false)
                .withRenderQuotedNames(RenderQuotedNames.NEVER).withRenderNameCase(RenderNameCase.LOWER);
    }

    /**
     * "Kiểm tra kết nối" with what the server holds: logs in, reads the collector schema's state, the user's right to
     * create or write its tables and the communes and packages there, changing nothing (decision 0046). Throws the
     * Vietnamese failure, as {@link #openServer(ServerConnection)} would.
     */
    public static ServerCheck inspectServer(ServerConnection server) {
        return ServerInspection.inspect(server);
    }

    /** Logs in to {@code server} once and leaves: "Kiểm tra kết nối". Throws the Vietnamese failure, if any. */
    public static void checkServer(ServerConnection server) {
        try {
            check(ServerFailures.dataSource(server));
        } catch (SQLException | RuntimeException e) {
            throw ServerFailures.translate(e, server);
        }
    }

    private static void check(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.isValid(ServerFailures.CONNECT_TIMEOUT_SECONDS);
        }
    }

    /** The SQL dialect of this database (H2 here; POSTGRES on a shared server). */
    public SQLDialect dialect() {
        return dsl.dialect();
    }

    /** The data folder this database belongs to; null for a server opened without one. */
    public Path directory() {
        return lock == null ? null : lock.directory();
    }

    /** The shared server, without password, or null when embedded. */
    public ServerConnection server() {
        return server == null ? null : server.withoutPassword();
    }

    /** Runs {@code work} in one transaction: all of it is stored, on disk when this returns, or none of it. */
    public <T> T inTransaction(Function<CollectorStore, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(new CollectorStore(DSL.using(cfg))));
        } catch (DataAccessException e) {
            if (server != null && ServerFailures.isConnectionLoss(e)) {
                throw ServerFailures.translate(e, server);
            }
            throw e;
        }
    }

    /**
     * Runs {@code work} in one transaction like {@link #inTransaction}, and runs it again (at most
     * {@value #CONFLICT_ATTEMPTS} times in all) when it failed only because another writer committed the same key at
     * the same moment (unique key, serialization failure, deadlock): province staff sharing a server may import the
     * same package or number their batches at once (decision 0044). The work reads again on each attempt, so it
     * sees what the other writer stored; it must have no effect outside the transaction.
     */
    public <T> T inTransactionRetryingConflicts(Function<CollectorStore, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction(work);
            } catch (DataAccessException e) {
                if (attempt >= CONFLICT_ATTEMPTS || !isConcurrentConflict(e)) {
                    throw e;
                }
                LOG.info("Transaction met a concurrent writer (attempt {}), running it again: {}", attempt,
                        e.getMessage());
            }
        }
    }

    /** How many times {@link #inTransactionRetryingConflicts} runs its work at most. */
    static final int CONFLICT_ATTEMPTS = 3;

    /** SQL states (the same on H2 and PostgreSQL) of a clash with a concurrent writer rather than a fault. */
    static boolean isConcurrentConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return switch (sql.getSQLState()) {
                    case "23505", "40001", "40P01" -> true;
                    default -> false;
                };
            }
        }
        return false;
    }

    /** Runs read-only {@code work}. */
    public <T> T read(Function<CollectorStore, T> work) {
        return inTransaction(work);
    }

    @Override
    public void close() {
        try {
            closer.run();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
