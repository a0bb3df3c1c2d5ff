package vn.kehoachxa.persistence;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.StorageException;
import vn.kehoachxa.domain.storage.StorageProblem;
import vn.kehoachxa.files.FileFailures;

/**
 * Names a low-level database or file failure (H2's error codes, MVStore's, the operating system's words) as one
 * {@link StorageProblem} with its Vietnamese message, so the user never reads H2's English.
 */
final class StorageFailures {
    private StorageFailures() {
    }

    /** The storage problem behind {@code error}, or null when it is not one (a constraint, a bug). */
    static StorageException classify(Throwable error, Path file) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StorageException storage) {
                return storage;
            }
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            StorageProblem problem = problemOf(t);
            if (problem != null) {
                return of(problem, file, error);
            }
        }
        return null;
    }

    /** The exception for {@code problem} on {@code file}, with its message. */
    static StorageException of(StorageProblem problem, Path file, Throwable cause) {
        String key = switch (problem) {
            case IN_USE -> "db.inUse";
            case MISSING -> "db.missing";
            case EMPTY -> "db.empty";
            case CORRUPT -> "db.corrupt";
            case READ_ONLY_FILE -> "db.readOnlyFile";
            case READ_ONLY_FOLDER -> "db.readOnlyFolder";
            case DISK_FULL -> "db.diskFull";
            case FILE_LOST -> "db.fileLost";
            case UNOPENABLE -> "db.unopenable";
            case NEWER_VERSION, MIGRATION_FAILED -> throw new IllegalArgumentException(problem + " needs details");
        };
        Path shown = problem == StorageProblem.READ_ONLY_FOLDER || problem == StorageProblem.IN_USE
                || problem == StorageProblem.DISK_FULL ? folderOf(file) : file;
        return new StorageException(problem, file, Texts.get(key, shown), cause);
    }

    private static Path folderOf(Path file) {
        return file.getFileName() != null && file.getFileName().toString().contains(".") && file.getParent() != null
                ? file.getParent() : file;
    }

    private static StorageProblem problemOf(Throwable t) {
        // The system's words for a full disk and a read-only medium are read in one place for every file.
        if (FileFailures.saysDiskFull(t.getMessage())) {
            return StorageProblem.DISK_FULL;
        }
        if (FileFailures.saysReadOnlyMedium(t.getMessage())) {
            return StorageProblem.READ_ONLY_FOLDER;
        }
        if (t instanceof SQLException sql) {
            return switch (sql.getErrorCode()) {
                case ErrorCode.DATABASE_ALREADY_OPEN_1 -> StorageProblem.IN_USE;
                case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> StorageProblem.CORRUPT;
                case ErrorCode.DATABASE_IS_READ_ONLY -> StorageProblem.READ_ONLY_FILE;
                case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 ->
                        StorageProblem.FILE_LOST;
                default -> null;
            };
        }
        if (t instanceof MVStoreException mv) {
            return switch (mv.getErrorCode()) {
                case DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_UNSUPPORTED_FORMAT, DataUtils.ERROR_READING_FAILED,
                     DataUtils.ERROR_CHUNK_NOT_FOUND, DataUtils.ERROR_BLOCK_NOT_FOUND -> StorageProblem.CORRUPT;
                case DataUtils.ERROR_FILE_LOCKED -> StorageProblem.IN_USE;
                default -> null;
            };
        }
        if (t instanceof AccessDeniedException) {
            return StorageProblem.READ_ONLY_FILE;
        }
        if (t instanceof NoSuchFileException) {
            return StorageProblem.FILE_LOST;
        }
        if (t instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().toLowerCase(Locale.ROOT).contains("read-only")) {
            return StorageProblem.READ_ONLY_FOLDER;
        }
        return null;
    }
}
