package vn.kehoachxa.domain.storage;

import java.nio.file.Path;
import java.util.Optional;
import vn.kehoachxa.domain.DomainException;

/** A database failure the user must hear about in words: what happened, to which file, and what to do. */
public final class StorageException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final StorageProblem problem;
    private final transient Path file;

    /** {@code message} is the full Vietnamese text; {@code file} the database file or folder concerned. */
    public StorageException(StorageProblem problem, Path file, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
    }

    /** What kind of failure this is. */
    public StorageProblem problem() {
        return problem;
    }

    /** The database file (or data folder) the failure concerns. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
