package vn.kehoachxa.service.collect;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import vn.kehoachxa.persistence.collector.CollectorDatabase;

/**
 * Nhập gói báo cáo của các xã: takes in many packages at once (folders, .zip files, .eml files) with ODK-style rules —
 * the same package twice changes nothing, a correction replaces the package it names and keeps it as history, a
 * tampered file, an unknown commune, another province's package are refused with their reason — each package one
 * transaction, nothing half-imported.
 */
public final class CollectorImportService {
    private final CollectorDatabase db;
    private final Clock clock;

    public CollectorImportService(CollectorDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Imports every package found in {@code sources}, reporting progress per source; returns every outcome. */
    public ImportReport importAll(List<Path> sources, Consumer<ImportProgress> progress) {
        throw new UnsupportedOperationException("issue 17: being written on branch import (" + db + clock + ")");
    }
}
