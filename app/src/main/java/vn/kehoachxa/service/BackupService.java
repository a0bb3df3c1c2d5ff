package vn.kehoachxa.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.domain.storage.BackupReason;
import vn.kehoachxa.persistence.DataFolderLock;
import vn.kehoachxa.persistence.Database;

/**
 * Sao lưu và khôi phục: checked backups of the whole database — one at the first start of each day, one before
 * every step that could destroy data (replacing or deleting a plan, restoring, upgrading), and on demand, also to
 * a folder of the official's choosing (a USB stick); restoring first backs up what is there.
 */
public final class BackupService {
    private final Database db;
    private final Clock clock;

    /** Works on {@code db}, with the system clock. */
    public BackupService(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    /** Works on {@code db}; {@code clock} says what day it is (tests). */
    public BackupService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every backup, newest first. */
    public List<BackupInfo> list() {
        return db.backups();
    }

    /** The folder holding the backups (to open it for the official). */
    public Path folder() {
        return db.backupsFolder();
    }

    /** Takes a backup now, on the official's request. */
    public BackupInfo backupNow() {
        return db.backup(BackupReason.MANUAL);
    }

    /** Takes a backup now and copies it into {@code folder} (a USB stick); returns the copy's path. */
    public Path backupTo(Path folder) {
        return db.copyBackup(db.backup(BackupReason.MANUAL), folder);
    }

    /** Takes the day's backup unless there already is one of today; returns it when taken. */
    public Optional<BackupInfo> dailyIfDue() {
        LocalDate today = LocalDate.now(clock);
        boolean done = db.backups().stream()
                .anyMatch(b -> b.reason() == BackupReason.DAILY && b.verified() && b.takenAt().toLocalDate()
                        .equals(today));
        return done ? Optional.empty() : Optional.of(db.backup(BackupReason.DAILY));
    }

    /**
     * Replaces all data with {@code backup}'s (after backing up the current data); returns what the restored
     * database holds.
     */
    public BackupInfo.Counts restore(BackupInfo backup) {
        return db.restore(backup);
    }

    /** The backups of a data folder whose database cannot be opened (start-up). */
    public static List<BackupInfo> listIn(Path dataDirectory) {
        return Database.backups(dataDirectory);
    }

    /** A backup file given by path (a copy on a USB stick), to restore from. */
    public static BackupInfo describe(Path zip) {
        return Database.describeBackup(zip);
    }

    /** The newest checked backup of a data folder, to offer when its database cannot be opened. */
    public static Optional<BackupInfo> newestGoodIn(Path dataDirectory) {
        return listIn(dataDirectory).stream().filter(BackupInfo::verified).findFirst();
    }

    /**
     * Restores {@code backup} into a folder whose database cannot be opened, under this process's lock; the
     * unusable file is kept beside it under another name.
     */
    public static BackupInfo.Counts restoreInto(DataFolderLock lock, BackupInfo backup) {
        return Database.restoreClosed(lock, backup);
    }

    /** Starts with an empty database where the old one cannot be opened; the old file is kept beside it. */
    public static void startEmpty(DataFolderLock lock) {
        Database.setAsideUnusable(lock);
    }
}
