package vn.kehoachxa.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.StorageException;
import vn.kehoachxa.domain.storage.StorageProblem;

/**
 * The claim of one process on a data folder: an operating-system lock on {@code kehoachxa.lock}, held while the
 * window or a command uses the database, so a second window or a command never opens the same file (H2's own lock
 * would only say "in use" in English, halfway through opening). The lock dies with the process, even on kill -9.
 */
public final class DataFolderLock implements AutoCloseable {
    /** The lock file's name inside the data folder; its content means nothing, only the lock counts. */
    public static final String FILE_NAME = "kehoachxa.lock";

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /** Claims {@code directory} (creating it if needed), or says in Vietnamese that another process holds it. */
    public static DataFolderLock acquire(Path directory) {
        return tryAcquire(directory).orElseThrow(() -> new StorageException(StorageProblem.IN_USE, directory,
                Texts.get("db.inUse", directory), null));
    }

    /** Claims {@code directory}, or returns empty when another process (or this one) holds it. */
    public static Optional<DataFolderLock> tryAcquire(Path directory) {
        DataFolders.ensureWritable(directory);
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DataFolderLock(directory, channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw DataFolders.unwritable(directory, e);
        }
    }

    /** Whether some process holds {@code directory} now (checked by trying, and letting go at once). */
    public static boolean isHeld(Path directory) {
        if (!Files.isRegularFile(directory.resolve(FILE_NAME))) {
            return false;
        }
        try {
            Optional<DataFolderLock> lock = tryAcquire(directory);
            lock.ifPresent(DataFolderLock::close);
            return lock.isEmpty();
        } catch (DomainException e) {
            return false;
        }
    }

    /** The data folder claimed. */
    public Path directory() {
        return directory;
    }

    /** Lets the folder go; the lock file stays (deleting it would race with a process about to lock it). */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // The channel closes below, which releases the lock anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }
}
