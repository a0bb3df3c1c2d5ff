package vn.kehoachxa.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import vn.kehoachxa.domain.DomainException;

/**
 * The one way the app writes a file a user keeps (plan files, Word and Excel exports, unit forms, the report
 * package's .zip and .eml, the settings file): the bytes go to a hidden temporary file in the target's own folder
 * ({@code .~<name>.<random>.tmp}), are forced to the disk, get the normal mode {@code rw-r--r--} on POSIX file
 * systems, and the file is then moved over the target in one step (an atomic rename, or a plain replace where the
 * file system has none). A reader, a crash or a power cut sees the old file or the whole new one, never half a file;
 * a failure leaves the old target as it was and no temporary file behind, and becomes a {@link FileWriteException}
 * whose Vietnamese message names the file and says what to do. See {@code docs/decisions/0010-safe-file-writes.md}.
 */
public final class SafeFiles {
    /** The mode every written file gets on a POSIX file system, whatever it had before: {@code 0644}. */
    public static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");
    /** How much of the target's name the temporary name keeps, so it stays within the system's name limit. */
    private static final int NAME_PART = 80;

    private SafeFiles() {
    }

    /** Writes a file's content to {@code out}; need not close it (closing it is harmless). */
    @FunctionalInterface
    public interface Body {
        /** Writes the whole content. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} with what {@code body} writes, safely (see the class). An exception the body throws
     * that is not about the file (a {@link DomainException}, a bug) passes through unchanged, after the temporary
     * file is removed.
     *
     * @throws FileWriteException when the file cannot be written: it is open in another program or read-only, the
     *                            folder is read-only or missing, the disk is full, or the system refused otherwise
     */
    public static void write(Path target, Body body) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null) {
            throw FileFailures.of(FileWriteException.Problem.NO_FOLDER, absolute, null);
        }
        refuseReadOnlyTarget(absolute, folder);
        Path temp = folder.resolve(temporaryName(absolute));
        FileFailures.Step step = FileFailures.Step.CREATE;
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                step = FileFailures.Step.WRITE;
                OutputStream out = new BufferedOutputStream(new KeptOpen(Channels.newOutputStream(channel)), 1 << 16);
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            setNormalMode(temp);
            step = FileFailures.Step.MOVE;
            move(temp, absolute);
            moved = true;
            fsyncFolder(folder);
        } catch (IOException e) {
            throw FileFailures.classify(e, step, absolute);
        } catch (RuntimeException e) {
            // POI and others wrap the stream's IOException (a full disk mid-write) in their own unchecked ones.
            IOException io = ioCause(e);
            if (io == null || e instanceof DomainException) {
                throw e;
            }
            throw FileFailures.classify(io, step, absolute);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /** Writes {@code bytes} to {@code target}, safely. */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code text} to {@code target} as UTF-8, safely. */
    public static void writeString(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Copies {@code source} to {@code target} (replacing it), safely; the copy gets the normal mode. */
    public static void copy(Path source, Path target) {
        write(target, out -> Files.copy(source, out));
    }

    /**
     * Moves a finished file over {@code target} in one step after forcing its bytes to the disk, then syncs the
     * folder: the last steps of {@link #write}, for files built elsewhere (the database, its backups).
     */
    public static void moveIntoPlace(Path source, Path target) throws IOException {
        fsync(source);
        move(source, target);
        fsyncFolder(target.toAbsolutePath().getParent());
    }

    /** Forces {@code file}'s bytes to the disk, so a power cut after a move cannot leave an empty file. */
    public static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Forces a folder's entries to the disk where the system allows it (Linux, macOS; Windows cannot). */
    public static void fsyncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows opens no channel on a folder; NTFS journals the rename itself.
        }
    }

    /** {@code .~<name>.<random>.tmp}: hidden on Linux and macOS, marked as temporary as Office marks its own. */
    static String temporaryName(Path target) {
        String name = target.getFileName().toString();
        if (name.codePointCount(0, name.length()) > NAME_PART) {
            name = name.substring(0, name.offsetByCodePoints(0, NAME_PART));
        }
        return ".~" + name + "." + Integer.toHexString(ThreadLocalRandom.current().nextInt()) + ".tmp";
    }

    /**
     * A file marked read-only is never replaced, on every system alike: Windows refuses to rename over it, POSIX
     * would not. (Root may write anything; then only the move can fail.)
     */
    private static void refuseReadOnlyTarget(Path target, Path folder) {
        if (Files.isRegularFile(target) && !Files.isWritable(target)) {
            throw FileFailures.of(Files.isWritable(folder) ? FileWriteException.Problem.IN_USE
                    : FileWriteException.Problem.READ_ONLY_FOLDER, target, null);
        }
    }

    private static IOException ioCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code rw-r--r--} on POSIX file systems, whatever the umask or the creating call gave; elsewhere nothing. */
    private static void setNormalMode(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, FILE_MODE);
        } catch (IOException | UnsupportedOperationException e) {
            // A FAT or NTFS USB stick mounted on Linux keeps no modes; the content is what matters.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The failure the user must hear about is the write's; a hidden .~…tmp harms nothing.
        }
    }

    /** Lets a body close its stream (a zip, a workbook) without closing the channel before it is synced. */
    private static final class KeptOpen extends OutputStream {
        private final OutputStream out;

        KeptOpen(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * Deletes a work folder and what it holds, as far as possible: what cannot be deleted now (a file another program
     * holds open on Windows) is left for the next start's clean-up, never an error.
     */
    public static void deleteTreeQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the next start to clean
                }
            });
        } catch (IOException e) {
            // left for the next start to clean
        }
    }
}
