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
}
