package vn.kehoachxa.domain.collect;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Hoàn tác lần nhập: what undoing the last import batch does — the packages that batch stored ({@code removed},
 * with the communes' figures in them) go, and the packages they had replaced ({@code restored}) are in force again.
 * Shown to the official before anything is removed.
 */
public record ImportBatchUndo(UUID batchId, int batchNo, Instant importedAt, List<PackageEntry> removed,
                              List<PackageEntry> restored) {
    public ImportBatchUndo {
        removed = List.copyOf(removed);
        restored = List.copyOf(restored);
    }
}
