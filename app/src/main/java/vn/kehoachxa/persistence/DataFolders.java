package vn.kehoachxa.persistence;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.storage.StorageException;
import vn.kehoachxa.domain.storage.StorageProblem;
import vn.kehoachxa.files.SafeFiles;

/** File-system steps the database relies on: a writable folder, fsync, and an atomic move into place. */
final class DataFolders {
    private DataFolders() {
    }

    /** Creates {@code directory} if needed and checks that files can be written in it. */
    static void ensureWritable(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
        if (!Files.isWritable(directory)) {
            throw new StorageException(StorageProblem.READ_ONLY_FOLDER, directory,
                    Texts.get("db.readOnlyFolder", directory), null);
        }
    }

    /** The failure to write in {@code directory}: a full disk, a read-only folder, or a folder that cannot exist. */
    static DomainException unwritable(Path directory, IOException e) {
        StorageException storage = StorageFailures.classify(e, directory);
        if (storage != null) {
            return storage;
        }
        if (e instanceof FileSystemException && !Files.isWritable(directory) && Files.isDirectory(directory)) {
            return new StorageException(StorageProblem.READ_ONLY_FOLDER, directory,
                    Texts.get("db.readOnlyFolder", directory), e);
        }
        return new DomainException(Texts.get("db.folderUnavailable", directory), e);
    }

    /** Forces {@code file}'s bytes to the disk, so a power cut after the move cannot leave an empty file. */
    static void fsync(Path file) throws IOException {
        SafeFiles.fsync(file);
    }

    /**
     * Moves a finished, synced file over {@code target} in one step, so a reader sees either the old file or the
     * new one; where the file system has no atomic rename, a plain replace. The same steps as every file the app
     * writes ({@link SafeFiles#moveIntoPlace}).
     */
    static void moveIntoPlace(Path source, Path target) throws IOException {
        SafeFiles.moveIntoPlace(source, target);
    }

    /** Deletes a folder and what it holds, as far as possible (work folders of an interrupted step). */
    static void deleteTree(Path folder) {
        SafeFiles.deleteTreeQuietly(folder);
    }
}
