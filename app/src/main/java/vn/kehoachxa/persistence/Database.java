package vn.kehoachxa.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;

/**
 * The embedded H2 database file: opened (and migrated by Flyway) once at start, then used through
 * {@link #inTransaction}. A copy of the file is taken before any migration changes an existing database.
 */
public final class Database implements AutoCloseable {
    /** File name of the database inside the data folder, without H2's {@code .mv.db} suffix. */
    public static final String FILE_NAME = "kehoachxa";
    /**
     * The newest migration in {@code db/migration}. Flyway (with the Jackson it loads) costs most of a second at
     * every start, so a database already at this version opens without it; a test keeps this in step with the files.
     */
    static final int LATEST_MIGRATION = 3;
    static final String DEFAULT_LOCATION = "classpath:db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path directory;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(Path directory, JdbcConnectionPool pool) {
        this.directory = directory;
        this.pool = pool;
        Settings settings = new Settings().withRenderSchema(false).withExecuteLogging(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
    }

    /** Opens (creating if needed) and migrates the database in {@code directory}. */
    public static Database open(Path directory) {
        return open(directory, List.of(DEFAULT_LOCATION));
    }

    /** Opens with other migration locations; tests add a later migration to check the backup. */
    static Database open(Path directory, List<String> migrationLocations) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new DomainException(Texts.get("db.folderUnavailable", directory), e);
        }
        Path file = directory.resolve(FILE_NAME + ".mv.db");
        // AUTO_SERVER is off on purpose: one office, one process. DB_CLOSE_ON_EXIT keeps a killed app recoverable.
        String url = "jdbc:h2:file:" + directory.resolve(FILE_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            if (!migrationLocations.equals(List.of(DEFAULT_LOCATION)) || !isCurrent(pool)) {
                migrate(pool, file, migrationLocations);
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(directory, pool);
    }

    /** Whether every migration up to {@link #LATEST_MIGRATION} was applied successfully and nothing newer exists. */
    static boolean isCurrent(JdbcConnectionPool pool) {
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            // Ask the catalogue first: querying a missing table makes H2 write a trace file beside the database.
            try (var rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return false;
                }
            }
            try (var rs = s.executeQuery("SELECT COUNT(*), MAX(CAST(\"version\" AS INT)), "
                    + "MIN(CAST(\"success\" AS INT)) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                rs.next();
                return rs.getInt(1) == LATEST_MIGRATION && rs.getInt(2) == LATEST_MIGRATION && rs.getInt(3) == 1;
            }
        } catch (SQLException e) {
            return false; // anything unexpected: let Flyway look
        }
    }

    private static void migrate(JdbcConnectionPool pool, Path file, List<String> locations) {
        Flyway flyway = Flyway.configure().dataSource(pool).locations(locations.toArray(String[]::new))
                .cleanDisabled(true).load();
        try {
            MigrationInfo[] pending = flyway.info().pending();
            boolean existing = flyway.info().applied().length > 0;
            if (existing && pending.length > 0) {
                backup(pool, file, flyway.info().current().getVersion().getVersion());
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new DomainException(Texts.get("db.migrationFailed", file, e.getMessage()), e);
        }
    }

    /** H2's online backup would need a second file format; a copy after CHECKPOINT is simplest for one user. */
    private static void backup(JdbcConnectionPool pool, Path file, String version) {
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path copy = file.resolveSibling(FILE_NAME + "-v" + version + "-" + stamp + ".mv.db.bak");
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            LOG.info("Backed up the database to {} before migrating", copy);
        } catch (Exception e) {
            throw new DomainException(Texts.get("db.backupFailed", file), e);
        }
    }

    /** The folder holding the database file. */
    public Path directory() {
        return directory;
    }

    /**
     * Runs {@code work} in one transaction: all of it is written or none of it. Constraint violations become
     * a {@link DomainException} with a Vietnamese message.
     */
    public <T> T inTransaction(Function<Store, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(new Store(DSL.using(cfg))));
        } catch (DataAccessException e) {
            throw ConstraintMessages.translate(e);
        }
    }

    /** Runs read-only {@code work}; the same as a transaction, named for the reader. */
    public <T> T read(Function<Store, T> work) {
        return inTransaction(work);
    }

    /** Closes every connection; H2 then closes the file (it closes with its last connection). */
    @Override
    public void close() {
        pool.dispose();
    }
}
