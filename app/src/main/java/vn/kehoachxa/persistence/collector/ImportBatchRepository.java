package vn.kehoachxa.persistence.collector;

import static vn.kehoachxa.persistence.collector.jooq.Tables.IMPORT_BATCH;
import static vn.kehoachxa.persistence.collector.jooq.Tables.IMPORT_BATCH_PACKAGE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The import batches ({@code import_batch}) and what each stored ({@code import_batch_package}). */
public final class ImportBatchRepository {
    private final DSLContext dsl;

    ImportBatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One batch: its id, number and time. */
    public record Batch(UUID id, int number, Instant importedAt) {
    }

    /** One package a batch stored, and the package it replaced then (null for a first sending). */
    public record Stored(UUID packageId, UUID replacedId) {
    }

    /** Creates batch {@code id} at {@code at} unless it exists; numbers it after every other batch. */
    public void ensure(UUID id, Instant at) {
        String key = id.toString();
        if (dsl.fetchExists(IMPORT_BATCH, IMPORT_BATCH.BATCH_ID.eq(key))) {
            return;
        }
        Integer last = dsl.select(DSL.max(IMPORT_BATCH.BATCH_NO)).from(IMPORT_BATCH).fetchOne(0, Integer.class);
        dsl.insertInto(IMPORT_BATCH).set(IMPORT_BATCH.BATCH_ID, key)
                .set(IMPORT_BATCH.BATCH_NO, last == null ? 1 : last + 1)
                .set(IMPORT_BATCH.IMPORTED_AT, PackageRepository.utc(at)).execute();
    }

    /** Records that batch {@code batch} stored {@code packageId}, replacing {@code replacedId} (or null). */
    public void add(UUID batch, UUID packageId, UUID replacedId) {
        dsl.insertInto(IMPORT_BATCH_PACKAGE).set(IMPORT_BATCH_PACKAGE.BATCH_ID, batch.toString())
                .set(IMPORT_BATCH_PACKAGE.PACKAGE_ID, packageId.toString())
                .set(IMPORT_BATCH_PACKAGE.REPLACED_ID, replacedId == null ? null : replacedId.toString()).execute();
    }

    /** The latest batch that still holds a package. */
    public Optional<Batch> last() {
        return dsl.selectFrom(IMPORT_BATCH)
                .where(DSL.exists(DSL.selectOne().from(IMPORT_BATCH_PACKAGE)
                        .where(IMPORT_BATCH_PACKAGE.BATCH_ID.eq(IMPORT_BATCH.BATCH_ID))))
                .orderBy(IMPORT_BATCH.BATCH_NO.desc()).limit(1)
                .fetchOptional(r -> new Batch(UUID.fromString(r.getBatchId()), r.getBatchNo(),
                        PackageRepository.instant(r.getImportedAt())));
    }

    /** What batch {@code batch} stored, in the order stored. */
    public List<Stored> packages(UUID batch) {
        return dsl.selectFrom(IMPORT_BATCH_PACKAGE).where(IMPORT_BATCH_PACKAGE.BATCH_ID.eq(batch.toString()))
                .orderBy(IMPORT_BATCH_PACKAGE.PACKAGE_ID)
                .fetch(r -> new Stored(UUID.fromString(r.getPackageId()),
                        r.getReplacedId() == null ? null : UUID.fromString(r.getReplacedId())));
    }

    /** Deletes batch {@code batch} and its list (not its packages). */
    public void delete(UUID batch) {
        dsl.deleteFrom(IMPORT_BATCH_PACKAGE).where(IMPORT_BATCH_PACKAGE.BATCH_ID.eq(batch.toString())).execute();
        dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.BATCH_ID.eq(batch.toString())).execute();
    }
}
