package vn.kehoachxa.exchange.collect;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads upward report packages from what a province official points at: a package folder, a .zip, an .eml saved from
 * the mailbox (every attached package in it), or a folder holding any number of those. Every package is checked
 * (manifest and results well formed, every listed file present with its checksum, size limits, zip bombs) and comes
 * back as a {@link PackageReadResult}; one bad package never stops the others. Touches no database.
 */
public final class PackageReader {
    private PackageReader() {
    }

    /** Every package found in {@code source}, in a stable order (by file name). */
    public static List<PackageReadResult> read(Path source) {
        throw new UnsupportedOperationException("issue 17: PackageReader is being written on branch pkg");
    }
}
