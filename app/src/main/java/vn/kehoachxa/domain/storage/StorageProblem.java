package vn.kehoachxa.domain.storage;

/**
 * Why the database could not be opened or written (sự cố cơ sở dữ liệu). Each kind has its own Vietnamese message
 * and its own advice; the start-up offers a backup for the kinds where restoring one helps.
 */
public enum StorageProblem {
    /** Another window or command holds the data folder. */
    IN_USE(false),
    /** The database file is gone although backups exist (deleted, moved, a new PC with a copied folder). */
    MISSING(true),
    /** The database file has zero bytes (a power cut while it was being created, or a bad copy). */
    EMPTY(true),
    /** The file cannot be read as a database (damaged bytes, truncated, not a database at all). */
    CORRUPT(true),
    /** The database file itself cannot be written (read-only attribute, read-only medium). */
    READ_ONLY_FILE(false),
    /** The data folder cannot be written (permissions, a read-only medium). */
    READ_ONLY_FOLDER(false),
    /** The disk holding the data folder is full. */
    DISK_FULL(false),
    /** The database was written by a newer version of the app. */
    NEWER_VERSION(false),
    /** Upgrading the database to this version failed; the database was left as it was. */
    MIGRATION_FAILED(true),
    /** The database file was deleted or replaced while the app had it open. */
    FILE_LOST(false),
    /** Any other failure to open; the log has the details. */
    UNOPENABLE(true);

    private final boolean restoreHelps;

    StorageProblem(boolean restoreHelps) {
        this.restoreHelps = restoreHelps;
    }

    /** Whether restoring a backup is a sensible answer (the start-up offers the newest good one). */
    public boolean restoreHelps() {
        return restoreHelps;
    }
}
