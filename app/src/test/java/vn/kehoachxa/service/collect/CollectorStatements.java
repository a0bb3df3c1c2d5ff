package vn.kehoachxa.service.collect;

import java.util.function.Supplier;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.persistence.collector.CollectorTestAccess;

/**
 * Counts the SQL statements an embedded (H2) collector database runs for one piece of work, from H2's query
 * statistics, less what an empty transaction and the statistics' own read cost: the cost tests' proof that a view
 * stays a fixed number of statements whatever the number of communes.
 */
final class CollectorStatements {
    private CollectorStatements() {
    }

    /** What {@code work} returned and how many statements it ran. */
    record Counted<T>(T value, long statements) {
    }

    static <T> Counted<T> count(CollectorDatabase db, Supplier<T> work) {
        db.read(store -> {
            CollectorTestAccess.dsl(store).execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
            return CollectorTestAccess.dsl(store).execute("SET QUERY_STATISTICS TRUE");
        });
        long start = executed(db);
        db.read(store -> null);
        long before = executed(db);
        T value = work.get();
        long after = executed(db);
        return new Counted<>(value, (after - before) - (before - start));
    }

    private static long executed(CollectorDatabase db) {
        return db.read(store -> CollectorTestAccess.dsl(store)
                .fetchOne("SELECT SUM(EXECUTION_COUNT) FROM INFORMATION_SCHEMA.QUERY_STATISTICS").get(0, Long.class));
    }
}
