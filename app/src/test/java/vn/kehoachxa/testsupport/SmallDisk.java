package vn.kehoachxa.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Real file-system conditions for storage tests: a size-limited tmpfs (a disk that fills up), a read-only remount,
 * an immutable file. They need root (CI runs as root); elsewhere the test is skipped, not faked.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code megabytes} at {@code mountPoint} (an empty folder), or skips the test. */
    public static SmallDisk mount(Path mountPoint, int megabytes) {
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", mountPoint.toString()),
                "needs root to mount a small tmpfs");
        return new SmallDisk(mountPoint);
    }

    /** Remounts the file system read-only. */
    public void makeReadOnly() {
        if (!run("mount", "-o", "remount,ro", mountPoint.toString())) {
            throw new IllegalStateException("cannot remount " + mountPoint + " read-only");
        }
    }

    /** Makes {@code file} immutable (chattr +i), or skips; {@link #clearImmutable} undoes it. */
    public static void makeImmutable(Path file) {
        assumeTrue(run("chattr", "+i", file.toString()), "needs root and chattr");
    }

    /** Undoes {@link #makeImmutable}. */
    public static void clearImmutable(Path file) {
        run("chattr", "-i", file.toString());
    }

    /** Whether this process is root (file permissions do not stop root). */
    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public void close() {
        run("umount", "-l", mountPoint.toString());
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
