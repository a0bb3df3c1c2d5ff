package vn.kehoachxa.persistence.collector;

import org.jooq.DSLContext;

/** Lets test fixtures outside this package write the collector's tables with the transaction's jOOQ context. */
public final class CollectorTestAccess {
    private CollectorTestAccess() {
    }

    /** The jOOQ context of {@code store}'s transaction. */
    public static DSLContext dsl(CollectorStore store) {
        return store.dsl();
    }
}
