package vn.kehoachxa.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.domain.storage.BackupReason;
import vn.kehoachxa.domain.storage.StorageException;
import vn.kehoachxa.domain.storage.StorageProblem;

/**
 * The embedded H2 database file, held by one process ({@link DataFolderLock}) and used through
 * {@link #inTransaction}. A commit is on disk when the call returns ({@code WRITE_DELAY=0}); a new database and an
 * upgraded one are built beside the real file and moved into place, so a kill never leaves half of either; every
 * failure is a {@link StorageException} naming its kind; backups live in {@code backups/} ({@link Backups}).
 */
public final class Database implements AutoCloseable {
    /** File name of the database inside the data folder, without H2's {@code .mv.db} suffix. */
    public static final String FILE_NAME = "kehoachxa";
    /** The newest migration in {@code db/migration}; a test keeps this in step with the files. */
    static final int LATEST_MIGRATION = 16;
    static final String DEFAULT_LOCATION = "classpath:db/migration";
    /** Where the damaged file goes when a backup is restored over it: never deleted, only moved aside. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DataFolderLock lock;
    private final Path file;
    private final List<String> locations;
    private final Backups backups;
    private volatile Handle handle;
    private volatile Object fileKey;
    private volatile long sizeAtOpen;

    private Database(DataFolderLock lock, List<String> locations, Handle handle, Clock clock) {
        this.lock = lock;
        this.file = databaseFile(lock.directory());
        this.locations = locations;
        this.backups = new Backups(lock.directory(), clock);
        this.handle = handle;
        this.fileKey = fileKey(file);
        this.sizeAtOpen = sizeOf(file);
    }

    /** Opens (creating if needed) and migrates the database in {@code directory}, claiming the folder. */
    public static Database open(Path directory) {
        return open(directory, List.of(DEFAULT_LOCATION));
    }

    /** Opens with other migration locations; tests add a later migration to check the upgrade path. */
    static Database open(Path directory, List<String> migrationLocations) {
        DataFolderLock lock = DataFolderLock.acquire(directory);
        try {
            return open(lock, migrationLocations);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the database of a folder this process already claimed (the window claims it before anything else, to
     * hand a second launch over to itself). The lock stays with the caller when opening fails, so a backup can be
     * restored under it; once open, closing the database lets it go.
     */
    public static Database open(DataFolderLock lock) {
        return open(lock, List.of(DEFAULT_LOCATION));
    }

    static Database open(DataFolderLock lock, List<String> migrationLocations) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // A province collector's folder is never opened as a commune's (decision 0042).
        vn.kehoachxa.persistence.collector.CollectorFolder.requireCommune(lock.directory());
        Handle handle = Schema.openOrCreate(lock.directory(), migrationLocations, Clock.systemDefaultZone());
        return new Database(lock, migrationLocations, handle, Clock.systemDefaultZone());
    }

    /** The database file inside {@code directory}. */
    static Path databaseFile(Path directory) {
        return directory.resolve(FILE_NAME + ".mv.db");
    }

    /** The folder holding the database file. */
    public Path directory() {
        return lock.directory();
    }

    /**
     * Runs {@code work} in one transaction: all of it is written (on disk when this returns) or none of it.
     * Constraint violations become a Vietnamese {@code DomainException}, storage failures a
     * {@link StorageException}; a file deleted or replaced under the open database fails the call, because what
     * was written went nowhere a restart would find.
     */
    public <T> T inTransaction(Function<Store, T> work) {
        T result;
        try {
            result = handle.dsl().transactionResult(cfg -> work.apply(new Store(DSL.using(cfg))));
        } catch (DataAccessException e) {
            throw translate(e);
        } catch (RuntimeException e) {
            StorageException storage = StorageFailures.classify(e, file);
            throw storage != null ? storage : e;
        }
        checkFileUnchanged();
        return result;
    }

    /** Runs read-only {@code work}; the same as a transaction, named for the reader. */
    public <T> T read(Function<Store, T> work) {
        return inTransaction(work);
    }

    /** Takes a consistent backup now, checks it and records it in {@code backups/}. */
    public BackupInfo backup(BackupReason reason) {
        checkFileUnchanged();
        try (var c = handle.pool().getConnection()) {
            return backups.snapshot(c, reason);
        } catch (java.sql.SQLException e) {
            StorageException storage = StorageFailures.classify(e, file);
            throw storage != null ? storage : new IllegalStateException(e);
        }
    }

    /** The folder holding this database's backups. */
    public Path backupsFolder() {
        return backups.folder();
    }

    /** Every backup of this data folder, newest first. */
    public List<BackupInfo> backups() {
        return backups.list();
    }

    /** Copies a backup to another folder (a USB stick); returns the copy's path. */
    public Path copyBackup(BackupInfo backup, Path folder) {
        return backups.copyTo(backup, folder);
    }

    /**
     * Replaces the data with {@code backup}'s, after backing up the current data: the backup is checked, its file
     * is put in place atomically, and the database reopens (upgrading an older copy). Run it where no other
     * transaction runs (the ordered background executor, or a command).
     */
    public BackupInfo.Counts restore(BackupInfo backup) {
        BackupInfo.Counts counts = Backups.count(backup.file());
        backup(BackupReason.BEFORE_RESTORE);
        handle.pool().dispose();
        try {
            placeBackup(directory(), backup);
        } finally {
            handle = Schema.openOrCreate(directory(), locations, Clock.systemDefaultZone());
            fileKey = fileKey(file);
            sizeAtOpen = sizeOf(file);
        }
        LOG.info("Restored {} ({})", backup.file(), counts);
        return counts;
    }

    /** Every backup in {@code directory}, newest first, without opening the database (start-up, damaged file). */
    public static List<BackupInfo> backups(Path directory) {
        return new Backups(directory, Clock.systemDefaultZone()).list();
    }

    /** A backup file given by path (a copy on a USB stick), described for restoring. */
    public static BackupInfo describeBackup(Path zip) {
        return Backups.describe(zip);
    }

    /**
     * Puts {@code backup} in place of a database that cannot be opened, under a lock this process holds; the
     * damaged file (if any) is moved aside as {@code kehoachxa-hong-<time>.mv.db}, never deleted.
     */
    public static BackupInfo.Counts restoreClosed(DataFolderLock lock, BackupInfo backup) {
        BackupInfo.Counts counts = Backups.count(backup.file());
        Path file = databaseFile(lock.directory());
        try {
            if (Files.exists(file)) {
                Path aside = lock.directory().resolve(FILE_NAME + "-hong-" + LocalDateTime.now().format(STAMP)
                        + ".mv.db");
                Files.move(file, aside);
                LOG.warn("Moved the unusable database {} aside to {}", file, aside);
            }
        } catch (IOException e) {
            throw DataFolders.unwritable(lock.directory(), e);
        }
        placeBackup(lock.directory(), backup);
        LOG.info("Restored {} into a closed folder ({})", backup.file(), counts);
        return counts;
    }

    /**
     * Starts over with an empty database where the old one cannot be opened and the official chose not to
     * restore: the old file is moved aside, never deleted.
     */
    public static void setAsideUnusable(DataFolderLock lock) {
        Path file = databaseFile(lock.directory());
        try {
            if (Files.exists(file)) {
                Files.move(file, lock.directory().resolve(FILE_NAME + "-hong-"
                        + LocalDateTime.now().format(STAMP) + ".mv.db"));
            }
            Schema.createBeside(lock.directory(), List.of(DEFAULT_LOCATION));
        } catch (IOException e) {
            throw DataFolders.unwritable(lock.directory(), e);
        }
    }

    private static void placeBackup(Path directory, BackupInfo backup) {
        Path work = Schema.workFolder(directory);
        try {
            Files.createDirectories(work);
            Path extracted = work.resolve(FILE_NAME + ".mv.db");
            Backups.extract(backup.file(), extracted);
            DataFolders.moveIntoPlace(extracted, databaseFile(directory));
            // The signed originals the backup carries come back too; files already there are kept as they are.
            SignedCopies.restore(backup.file(), directory);
        } catch (IOException e) {
            throw DataFolders.unwritable(directory, e);
        } finally {
            DataFolders.deleteTree(work);
        }
    }

    private RuntimeException translate(DataAccessException e) {
        StorageException storage = StorageFailures.classify(e, file);
        if (storage != null) {
            return storage;
        }
        return ConstraintMessages.translate(e);
    }

    private void checkFileUnchanged() {
        Object now;
        try {
            now = fileKey(file);
        } catch (StorageException e) {
            throw StorageFailures.of(StorageProblem.FILE_LOST, file, e);
        }
        if (!Objects.equals(now, fileKey)) {
            throw StorageFailures.of(StorageProblem.FILE_LOST, file, null);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The file's identity (inode on Linux); null where the system has none (Windows: an open file stays put). */
    private static Object fileKey(Path file) {
        try {
            return Optional.ofNullable(Files.readAttributes(file, BasicFileAttributes.class).fileKey())
                    .orElse(Boolean.TRUE);
        } catch (NoSuchFileException e) {
            throw StorageFailures.of(StorageProblem.FILE_LOST, file, e);
        } catch (IOException e) {
            return Boolean.TRUE;
        }
    }

    /**
     * Closes the file, then lets the folder go. Writes are appended (no space reuse, see {@code Schema}), so a session
     * that grew the file ends with {@code SHUTDOWN COMPACT}: H2 writes the compacted store beside and replaces the
     * file atomically (~60 ms at the samples' size). A closed file then holds its latest state only, so a truncated
     * copy of it cannot open as an older state and is named damaged instead.
     */
    @Override
    public void close() {
        try {
            compactIfGrown();
            handle.pool().dispose();
        } finally {
            lock.close();
        }
    }

    private void compactIfGrown() {
        try {
            if (Files.size(file) > sizeAtOpen) {
                // Not through the pool: a pooled connection rolls back when handed back, which fails on the
                // database SHUTDOWN just closed, and H2 then wrote kehoachxa.trace.db at every compacting close.
                try (var c = Schema.connect(file); var s = c.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
            }
        } catch (IOException | java.sql.SQLException | RuntimeException e) {
            // The data is stored either way; only the file stays larger until the next close.
            LOG.warn("Could not compact {}", file, e);
        }
    }

    /** The connection pool and jOOQ context of one opening of the file. */
    record Handle(JdbcConnectionPool pool, DSLContext dsl) {
        static Handle of(JdbcConnectionPool pool) {
            Settings settings = new Settings().withRenderSchema(false).withExecuteLogging(false);
            return new Handle(pool, DSL.using(pool, SQLDialect.H2, settings));
        }
    }
}
