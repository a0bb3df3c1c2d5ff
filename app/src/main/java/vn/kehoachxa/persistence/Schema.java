package vn.kehoachxa.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.domain.storage.BackupReason;
import vn.kehoachxa.domain.storage.StorageException;
import vn.kehoachxa.domain.storage.StorageProblem;

/**
 * Bringing the database file to this version's schema without ever leaving half a file: a new database is created
 * and migrated in a work folder and moved into place; an existing one is archived, copied, migrated beside and
 * moved over the original. Flyway (and the Jackson it loads) costs most of a second, so a database already at
 * {@link Database#LATEST_MIGRATION} opens without it.
 */
final class Schema {
    private static final String WORK_PREFIX = ".kehoachxa-dang-tao-";
    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    private Schema() {
    }

    /** Opens the database in {@code dir}, creating or upgrading it first when needed. */
    static Database.Handle openOrCreate(Path dir, List<String> locations, Clock clock) {
        Path file = Database.databaseFile(dir);
        cleanLeftovers(dir, clock);
        if (!Files.exists(file)) {
            if (new Backups(dir, clock).list().stream().anyMatch(BackupInfo::verified)) {
                throw StorageFailures.of(StorageProblem.MISSING, file, null);
            }
            createBeside(dir, locations);
        }
        checkFile(file);
        JdbcConnectionPool pool = pool(file);
        try {
            boolean defaults = locations.equals(List.of(Database.DEFAULT_LOCATION));
            if (!defaults || !isCurrent(pool)) {
                Optional<String> pending = pendingFrom(pool, file, locations);
                if (pending.isPresent()) {
                    pool.dispose();
                    upgradeBeside(dir, pending.get(), locations, clock);
                    pool = pool(file);
                }
            }
            try (var c = pool.getConnection()) {
                c.isValid(1); // opens the file now, so its failures are named here and not at the first edit
            }
            return Database.Handle.of(pool);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            StorageException storage = StorageFailures.classify(e, file);
            if (storage != null) {
                throw storage;
            }
            LOG.error("Cannot open {}", file, e);
            throw StorageFailures.of(StorageProblem.UNOPENABLE, file, e);
        }
    }

    /** A work folder beside the database, for a file that is not ready to be the database yet. */
    static Path workFolder(Path dir) {
        return dir.resolve(WORK_PREFIX + ProcessHandle.current().pid() + "-" + System.nanoTime());
    }

    /** Free bytes below which a failed build of a new database is put down to a full disk. */
    private static final long NEARLY_FULL = 512 * 1024;

    /** Creates and migrates a new database in a work folder, then moves it into place in one step. */
    static void createBeside(Path dir, List<String> locations) {
        Path work = workFolder(dir);
        try {
            Files.createDirectories(work);
            Path built = Database.databaseFile(work);
            try {
                migrate(built, locations);
            } catch (FlywayException e) {
                // A disk that fills up while the new database is built reaches us inside Flyway's exception: name it.
                // H2 may only say "closed" after its writer hit the full disk; the free space tells the cause then.
                StorageException storage = StorageFailures.classify(e, Database.databaseFile(dir));
                if (storage != null) {
                    throw storage;
                }
                if (Files.getFileStore(work).getUsableSpace() < NEARLY_FULL) {
                    throw StorageFailures.of(StorageProblem.DISK_FULL, Database.databaseFile(dir), e);
                }
                throw e;
            }
            DataFolders.moveIntoPlace(built, Database.databaseFile(dir));
            LOG.info("Created the database {}", Database.databaseFile(dir));
        } catch (IOException e) {
            throw DataFolders.unwritable(dir, e);
        } finally {
            DataFolders.deleteTree(work);
        }
    }

    private static void upgradeBeside(Path dir, String fromVersion, List<String> locations, Clock clock) {
        Path file = Database.databaseFile(dir);
        BackupInfo copy;
        try {
            copy = new Backups(dir, clock).archive(file, BackupReason.BEFORE_UPGRADE);
        } catch (StorageException e) {
            throw e;
        } catch (DomainException e) {
            // The copy is checked by opening it: a file whose own copy does not open is damaged (a truncated file can
            // open as a fragment of an older state whose schema looks incomplete).
            throw StorageFailures.of(StorageProblem.CORRUPT, file, e);
        }
        Path work = workFolder(dir);
        try {
            Files.createDirectories(work);
            Path built = Database.databaseFile(work);
            Files.copy(file, built);
            try {
                migrate(built, locations);
            } catch (FlywayException e) {
                LOG.error("Upgrading {} from version {} failed", file, fromVersion, e);
                throw new StorageException(StorageProblem.MIGRATION_FAILED, file,
                        Texts.get("db.migrationFailed", file, fromVersion, copy.file()), e);
            }
            DataFolders.moveIntoPlace(built, file);
            LOG.info("Upgraded {} from version {}; the copy before is {}", file, fromVersion, copy.file());
        } catch (IOException e) {
            throw DataFolders.unwritable(dir, e);
        } finally {
            DataFolders.deleteTree(work);
        }
    }

    private static void migrate(Path file, List<String> locations) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(file, false), "sa", "");
        try {
            flyway(pool, locations).migrate();
            try (var c = pool.getConnection(); var s = c.createStatement()) {
                // Compacted: the file that goes into place holds the final state only, not every migration step.
                s.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException e) {
            StorageException storage = StorageFailures.classify(e, file);
            throw storage != null ? storage : new IllegalStateException(e);
        } finally {
            pool.dispose();
        }
    }

    /**
     * The version to upgrade from when migrations are pending; empty when the schema is complete. A database
     * from a newer app, or one whose earlier upgrade failed half-way (older versions migrated in place), is named.
     */
    private static Optional<String> pendingFrom(JdbcConnectionPool pool, Path file, List<String> locations) {
        Flyway flyway = flyway(pool, locations);
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> newer = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED).reduce((a, b) -> b);
        if (newer.isPresent()) {
            throw new StorageException(StorageProblem.NEWER_VERSION, file, Texts.get("db.newerVersion", file,
                    newer.get().getVersion().getVersion(), String.valueOf(Database.LATEST_MIGRATION)), null);
        }
        if (Arrays.stream(all).anyMatch(m -> m.getState().isFailed())) {
            Optional<Path> copy = new Backups(file.getParent(), Clock.systemDefaultZone()).list().stream()
                    .filter(b -> b.reason() == BackupReason.BEFORE_UPGRADE && b.verified())
                    .map(BackupInfo::file).findFirst();
            String message = copy.map(c -> Texts.get("db.migrationBroken.withCopy", file, c))
                    .orElseGet(() -> Texts.get("db.migrationBroken", file));
            throw new StorageException(StorageProblem.MIGRATION_FAILED, file, message, null);
        }
        if (flyway.info().pending().length == 0) {
            return Optional.empty();
        }
        MigrationInfo current = flyway.info().current();
        return Optional.of(current == null ? "0" : current.getVersion().getVersion());
    }

    /** Whether every migration up to {@link Database#LATEST_MIGRATION} succeeded and nothing newer exists. */
    static boolean isCurrent(JdbcConnectionPool pool) throws SQLException {
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
                int latest = Database.LATEST_MIGRATION;
                return rs.getInt(1) == latest && rs.getInt(2) == latest && rs.getInt(3) == 1;
            }
        }
    }

    private static Flyway flyway(JdbcConnectionPool pool, List<String> locations) {
        return Flyway.configure().dataSource(pool).locations(locations.toArray(String[]::new))
                .cleanDisabled(true).load();
    }

    private static void checkFile(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw StorageFailures.of(StorageProblem.EMPTY, file, null);
            }
        } catch (IOException e) {
            throw StorageFailures.of(StorageProblem.UNOPENABLE, file, e);
        }
        if (!Files.isWritable(file)) {
            throw StorageFailures.of(Files.isWritable(file.getParent()) ? StorageProblem.READ_ONLY_FILE
                    : StorageProblem.READ_ONLY_FOLDER, file, null);
        }
    }

    /** A connection of its own (not from the pool) to the open database file {@code file}. */
    static java.sql.Connection connect(Path file) throws java.sql.SQLException {
        // H2's data source, not DriverManager, which would load every JDBC driver on the class path first.
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(url(file, true));
        source.setUser("sa");
        source.setPassword("");
        return source.getConnection();
    }

    private static JdbcConnectionPool pool(Path file) {
        return JdbcConnectionPool.create(url(file, true), "sa", "");
    }

    /**
     * WRITE_DELAY=0: H2 writes each commit before the call returns instead of up to 500 ms later from a background
     * thread (a kill lost confirmed edits otherwise). REUSE_SPACE=FALSE: new chunks are appended, never written over
     * the space of older ones. With reuse on, the crash harness still lost confirmed edits (4 of 620 in 100 kills:
     * a whole imported plan, a unit, headings put back to older text); with it off, none (docs/reliability.md).
     * {@link Database#close} compacts what a session appended. IFEXISTS: an opened database is never created by
     * accident; only {@link #createBeside} creates one. AUTO_SERVER off: one office, one process.
     */
    private static String url(Path file, boolean mustExist) {
        String name = file.getFileName().toString();
        Path base = file.resolveSibling(name.substring(0, name.length() - ".mv.db".length())).toAbsolutePath();
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    private static void cleanLeftovers(Path dir, Clock clock) {
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith(WORK_PREFIX)).forEach(DataFolders::deleteTree);
        } catch (IOException e) {
            LOG.warn("Cannot clean work folders in {}", dir, e);
        }
        new Backups(dir, clock).cleanLeftovers();
    }
}
