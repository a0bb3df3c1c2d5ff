package vn.kehoachxa.service.collect;

import java.nio.file.Path;
import java.time.Clock;
import vn.kehoachxa.persistence.collector.CollectorDatabase;

/**
 * Thư mục tổng hợp đang mở: a collector data folder opened for the command line (the desktop window's composition
 * root builds its services from the database itself), with the import and commune-list services over it.
 */
public final class CollectorFolder implements AutoCloseable {
    private final CollectorDatabase db;
    private final CollectorImportService imports;
    private final ProvinceCommuneService communes;

    private CollectorFolder(CollectorDatabase db, Clock clock) {
        this.db = db;
        this.imports = new CollectorImportService(db, clock);
        this.communes = new ProvinceCommuneService(db, clock);
    }

    /** Opens (creating and migrating if needed) the embedded collector database in {@code directory}. */
    public static CollectorFolder open(Path directory) {
        return new CollectorFolder(CollectorDatabase.openEmbedded(directory), Clock.systemDefaultZone());
    }

    /** Importing packages. */
    public CollectorImportService imports() {
        return imports;
    }

    /** Fills this empty collector with the sample province, its packages written under {@code packages}. */
    public SampleProvince.Filled fillWithSample(Path packages) {
        return SampleProvince.fill(db, packages, java.time.ZoneId.systemDefault());
    }

    /** The province's list of communes and settings. */
    public ProvinceCommuneService communes() {
        return communes;
    }

    @Override
    public void close() {
        db.close();
    }
}
