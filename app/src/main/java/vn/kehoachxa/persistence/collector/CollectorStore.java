package vn.kehoachxa.persistence.collector;

import org.jooq.DSLContext;

/**
 * One transaction's view of the collector database: the repositories of the collector's tables, all on the same
 * transaction. Services receive it from {@link CollectorDatabase#inTransaction}; nothing outside {@code persistence}
 * sees jOOQ.
 */
public final class CollectorStore {
    private final DSLContext dsl;

    CollectorStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The transaction's jOOQ context, for repositories in this package. */
    DSLContext dsl() {
        return dsl;
    }

    /** The reads behind what the province sees: receipts, consolidated indicators, task counts (issue 17, point 4). */
    public ProvinceQueries provinceQueries() {
        return new ProvinceQueries(dsl);
    }

    /** The register of received packages (branch import). */
    public PackageRepository packages() {
        return new PackageRepository(dsl);
    }

    /** The province's list of communes and the province this collector serves (branch import). */
    public CommuneListRepository communeList() {
        return new CommuneListRepository(dsl);
    }

    /** The due dates of the collection periods (branch import). */
    public DueDateRepository dueDates() {
        return new DueDateRepository(dsl);
    }

    /** The import batches, for undoing the last (branch import). */
    public ImportBatchRepository importBatches() {
        return new ImportBatchRepository(dsl);
    }

    /** The reads behind the province's charts: every period at once (branch s7-charts). */
    public ProvinceHistoryQueries provinceHistory() {
        return new ProvinceHistoryQueries(dsl);
    }
}
