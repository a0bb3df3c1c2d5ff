package vn.kehoachxa.service.collect;

import java.util.List;
import vn.kehoachxa.exchange.collect.PackageReadResult;

/**
 * Các gói đã đọc, chưa lưu: what reading the chosen files found, handed from the file work (reading, checking
 * checksums) to the database work (storing) so that the screen reads on the file executor and stores on the ordered
 * one. Opaque to the screens: they only count it.
 */
public final class PackageBatch {
    private final List<PackageReadResult> results;
    private final int sources;

    PackageBatch(List<PackageReadResult> results, int sources) {
        this.results = List.copyOf(results);
        this.sources = sources;
    }

    List<PackageReadResult> results() {
        return results;
    }

    /** How many packages (and refusals) were found. */
    public int size() {
        return results.size();
    }

    /** How many files or folders were read. */
    public int sources() {
        return sources;
    }
}
