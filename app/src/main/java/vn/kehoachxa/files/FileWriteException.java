package vn.kehoachxa.files;

import java.nio.file.Path;
import vn.kehoachxa.domain.DomainException;

/** A file the app could not write, with a Vietnamese message that names it and says what to do. */
public final class FileWriteException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final Problem problem;
    private final transient Path file;

    /** Why the file could not be written. */
    public enum Problem {
        /** The file is open in another program (Word, Excel), or marked read-only; a folder may sit in its place. */
        IN_USE,
        /** Nothing can be written in the folder: permissions, a write-protected USB stick, a read-only mount. */
        READ_ONLY_FOLDER,
        /** The folder does not exist (deleted, a USB stick pulled out). */
        NO_FOLDER,
        /** The disk is full. */
        DISK_FULL,
        /** Anything else; the message carries the system's reason. */
        OTHER
    }

    FileWriteException(Problem problem, Path file, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
    }

    /** Why the write failed. */
    public Problem problem() {
        return problem;
    }

    /** The file that was to be written. */
    public Path file() {
        return file;
    }
}
