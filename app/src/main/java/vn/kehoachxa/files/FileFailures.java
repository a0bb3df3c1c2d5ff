package vn.kehoachxa.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import vn.kehoachxa.domain.Texts;

/**
 * Reads what the operating system said when a file could not be written (Linux, Windows and macOS words, the
 * exception's type, the step that failed) and names it as one {@link FileWriteException.Problem} with its Vietnamese
 * message. The database's own failures ({@code persistence.StorageFailures}) use the same words for a full disk and
 * a read-only medium.
 */
public final class FileFailures {
    private FileFailures() {
    }

    /** The step of a safe write that failed: it tells a locked target from a read-only folder. */
    enum Step {
        /** Creating the temporary file in the target's folder. */
        CREATE,
        /** Writing and syncing the temporary file. */
        WRITE,
        /** Moving it over the target. */
        MOVE
    }

    /** Whether {@code error} or one of its causes says the disk (or the user's quota) is full. */
    public static boolean isDiskFull(Throwable error) {
        return anyMessage(error, FileFailures::saysDiskFull);
    }

    /** Whether {@code error} or one of its causes says the medium is read-only. */
    public static boolean isReadOnlyMedium(Throwable error) {
        return anyMessage(error, FileFailures::saysReadOnlyMedium);
    }

    /** Whether a system's error text says the disk or quota is full (Linux, macOS and Windows words). */
    public static boolean saysDiskFull(String message) {
        return contains(message, "no space left", "not enough space", "disk full", "quota exceeded");
    }

    /** Whether a system's error text says the file system is mounted read-only or the medium write-protected. */
    public static boolean saysReadOnlyMedium(String message) {
        return contains(message, "read-only file system", "write-protected", "write protected");
    }

    /** Whether {@code error} or one of its causes says another program holds the file (Windows' sharing words). */
    static boolean isHeldByAnotherProgram(Throwable error) {
        return anyMessage(error, m -> contains(m, "used by another process", "locked a portion of the file",
                "sharing violation"));
    }

    /** The failure of {@code step} while writing {@code target}, named for the user. */
    static FileWriteException classify(IOException error, Step step, Path target) {
        Path folder = target.getParent();
        FileWriteException.Problem problem;
        if (isDiskFull(error)) {
            problem = FileWriteException.Problem.DISK_FULL;
        } else if (isReadOnlyMedium(error)) {
            problem = FileWriteException.Problem.READ_ONLY_FOLDER;
        } else if (isHeldByAnotherProgram(error)) {
            problem = FileWriteException.Problem.IN_USE;
        } else if (step == Step.CREATE && (folder == null || !Files.isDirectory(folder))) {
            problem = FileWriteException.Problem.NO_FOLDER;
        } else if (step == Step.CREATE && error instanceof FileSystemException) {
            // No file could be made in the folder: permissions, a write-protected USB stick.
            problem = FileWriteException.Problem.READ_ONLY_FOLDER;
        } else if (step == Step.MOVE && error instanceof NoSuchFileException && !Files.isDirectory(folder)) {
            problem = FileWriteException.Problem.NO_FOLDER;
        } else if (step == Step.MOVE && error instanceof FileSystemException) {
            // Windows refuses to replace a file Word or Excel has open (access denied or "being used"); a read-only
            // file and a folder in the file's place are refused the same way.
            problem = FileWriteException.Problem.IN_USE;
        } else if (error instanceof AccessDeniedException) {
            problem = FileWriteException.Problem.READ_ONLY_FOLDER;
        } else {
            problem = FileWriteException.Problem.OTHER;
        }
        return of(problem, target, error);
    }

    /** The exception for {@code problem} on {@code target}, with its message. */
    static FileWriteException of(FileWriteException.Problem problem, Path target, Throwable cause) {
        Path folder = target.getParent();
        String message = switch (problem) {
            case IN_USE -> Texts.get("file.write.inUse", target);
            case READ_ONLY_FOLDER -> Texts.get("file.write.readOnlyFolder", target, String.valueOf(folder));
            case NO_FOLDER -> Texts.get("file.write.noFolder", target, String.valueOf(folder));
            case DISK_FULL -> Texts.get("file.write.diskFull", target);
            case OTHER -> Texts.get("file.write.failed", target, reason(cause));
        };
        return new FileWriteException(problem, target, message, cause);
    }

    private static String reason(Throwable cause) {
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return cause == null ? "" : String.valueOf(cause.getMessage());
    }

    private static boolean anyMessage(Throwable error, Predicate<String> says) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (says.test(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String message, String... words) {
        if (message == null) {
            return false;
        }
        String text = message.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
