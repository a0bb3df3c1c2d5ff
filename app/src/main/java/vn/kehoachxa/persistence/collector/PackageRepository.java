package vn.kehoachxa.persistence.collector;

import static vn.kehoachxa.persistence.collector.jooq.Tables.PACKAGE_FILE;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PACKAGE_INDICATOR;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PACKAGE_TASK_COUNT;
import static vn.kehoachxa.persistence.collector.jooq.Tables.RECEIVED_PACKAGE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.kehoachxa.domain.collect.CommuneIndicatorResult;
import vn.kehoachxa.domain.collect.PackageEntry;
import vn.kehoachxa.domain.collect.PackageFile;
import vn.kehoachxa.domain.collect.PackageManifest;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ReceivedPackage;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.TaskStatus;

/**
 * The register of received packages ({@code received_package} with its files, indicator lines and task counts).
 * Plain jOOQ DSL only, so the same code runs on H2 and PostgreSQL. Times are stored as UTC.
 */
public final class PackageRepository {
    private final DSLContext dsl;

    PackageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The stored package whose manifest had exactly these bytes (by their SHA-256). */
    public Optional<PackageEntry> findByManifest(String manifestSha256) {
        return dsl.selectFrom(RECEIVED_PACKAGE).where(RECEIVED_PACKAGE.MANIFEST_SHA256.eq(manifestSha256))
                .orderBy(RECEIVED_PACKAGE.RECEIVED_AT).limit(1).fetchOptional().map(PackageRepository::entry);
    }

    /** The stored package {@code id}. */
    public Optional<PackageEntry> find(UUID id) {
        return dsl.selectFrom(RECEIVED_PACKAGE).where(RECEIVED_PACKAGE.PACKAGE_ID.eq(id.toString()))
                .fetchOptional().map(PackageRepository::entry);
    }

    /** The package in force for {@code communeCode} in the period (kind, year, index), if any. */
    public Optional<PackageEntry> inForce(String communeCode, PackagePeriod period) {
        return dsl.selectFrom(RECEIVED_PACKAGE)
                .where(RECEIVED_PACKAGE.COMMUNE_CODE.eq(communeCode))
                .and(RECEIVED_PACKAGE.PERIOD_KIND.eq(period.kind().name()))
                .and(RECEIVED_PACKAGE.PERIOD_YEAR.eq(period.year()))
                .and(RECEIVED_PACKAGE.PERIOD_INDEX.eq(period.index()))
                .and(RECEIVED_PACKAGE.REPLACED_BY.isNull())
                .orderBy(RECEIVED_PACKAGE.RECEIVED_AT.desc()).limit(1)
                .fetchOptional().map(PackageRepository::entry);
    }

    /** Every stored package of {@code communeCode}, oldest first (history included). */
    public List<PackageEntry> ofCommune(String communeCode) {
        return dsl.selectFrom(RECEIVED_PACKAGE).where(RECEIVED_PACKAGE.COMMUNE_CODE.eq(communeCode))
                .orderBy(RECEIVED_PACKAGE.RECEIVED_AT, RECEIVED_PACKAGE.PACKAGE_ID).fetch(PackageRepository::entry);
    }

    /** How many packages are stored (history included). */
    public int count() {
        return dsl.fetchCount(RECEIVED_PACKAGE);
    }

    /**
     * Stores {@code received} with its files, indicator lines and task counts, received at {@code receivedAt}. The
     * caller's transaction makes the four tables one unit: a failing row leaves none of them.
     */
    public void insert(ReceivedPackage received, Instant receivedAt) {
        PackageManifest m = received.manifest();
        String id = m.packageId().toString();
        PackagePeriod p = m.period();
        dsl.insertInto(RECEIVED_PACKAGE)
                .set(RECEIVED_PACKAGE.PACKAGE_ID, id)
                .set(RECEIVED_PACKAGE.COMMUNE_CODE, m.communeCode())
                .set(RECEIVED_PACKAGE.COMMUNE_NAME, m.communeName())
                .set(RECEIVED_PACKAGE.PROVINCE, m.province())
                .set(RECEIVED_PACKAGE.PLAN_GLOBAL_ID, m.planGlobalId().toString())
                .set(RECEIVED_PACKAGE.PLAN_FINGERPRINT, m.planFingerprint() == null ? "" : m.planFingerprint())
                .set(RECEIVED_PACKAGE.PLAN_VERSION, m.planVersion())
                .set(RECEIVED_PACKAGE.PERIOD_KIND, p.kind().name())
                .set(RECEIVED_PACKAGE.PERIOD_YEAR, p.year())
                .set(RECEIVED_PACKAGE.PERIOD_INDEX, p.index())
                .set(RECEIVED_PACKAGE.CUTOFF_START, p.cutoffStart())
                .set(RECEIVED_PACKAGE.CUTOFF_END, p.cutoffEnd())
                .set(RECEIVED_PACKAGE.CREATED_AT, utc(m.createdAt()))
                .set(RECEIVED_PACKAGE.RECEIVED_AT, utc(receivedAt))
                .set(RECEIVED_PACKAGE.REPLACES, m.replaces() == null ? null : m.replaces().toString())
                .set(RECEIVED_PACKAGE.SOURCE_NAME, received.sourceName())
                .set(RECEIVED_PACKAGE.MANIFEST_SHA256, received.manifestSha256())
                .set(RECEIVED_PACKAGE.APP_VERSION, m.appVersion())
                .execute();
        for (PackageFile f : m.files()) {
            dsl.insertInto(PACKAGE_FILE).set(PACKAGE_FILE.PACKAGE_ID, id).set(PACKAGE_FILE.FILE_NAME, f.name())
                    .set(PACKAGE_FILE.SHA256, f.sha256()).set(PACKAGE_FILE.BYTE_SIZE, f.size()).execute();
        }
        int row = 0;
        for (CommuneIndicatorResult r : received.results().indicators()) {
            dsl.insertInto(PACKAGE_INDICATOR)
                    .set(PACKAGE_INDICATOR.PACKAGE_ID, id)
                    .set(PACKAGE_INDICATOR.ROW_NO, ++row)
                    .set(PACKAGE_INDICATOR.CODE, r.code())
                    .set(PACKAGE_INDICATOR.NAME, r.name())
                    .set(PACKAGE_INDICATOR.UNIT, r.unitOfMeasure())
                    .set(PACKAGE_INDICATOR.TARGET_TEXT, r.targetText())
                    .set(PACKAGE_INDICATOR.TARGET_VALUE, r.targetValue())
                    .set(PACKAGE_INDICATOR.FIGURE, r.value())
                    .set(PACKAGE_INDICATOR.FIGURE_TEXT, r.text())
                    .set(PACKAGE_INDICATOR.EVALUATION, r.evaluation().name())
                    .execute();
        }
        for (Map.Entry<TaskStatus, Integer> e : received.results().taskCounts().entrySet()) {
            dsl.insertInto(PACKAGE_TASK_COUNT).set(PACKAGE_TASK_COUNT.PACKAGE_ID, id)
                    .set(PACKAGE_TASK_COUNT.TASK_STATUS, e.getKey().name())
                    .set(PACKAGE_TASK_COUNT.TASK_COUNT, e.getValue()).execute();
        }
    }

    /** Marks {@code old} as replaced by {@code by} (null: in force again). */
    public void setReplacedBy(UUID old, UUID by) {
        dsl.update(RECEIVED_PACKAGE).set(RECEIVED_PACKAGE.REPLACED_BY, by == null ? null : by.toString())
                .where(RECEIVED_PACKAGE.PACKAGE_ID.eq(old.toString())).execute();
    }

    /** Deletes package {@code id} with its files, indicator lines and task counts (explicitly, not by cascade). */
    public void delete(UUID id) {
        String key = id.toString();
        dsl.deleteFrom(PACKAGE_TASK_COUNT).where(PACKAGE_TASK_COUNT.PACKAGE_ID.eq(key)).execute();
        dsl.deleteFrom(PACKAGE_INDICATOR).where(PACKAGE_INDICATOR.PACKAGE_ID.eq(key)).execute();
        dsl.deleteFrom(PACKAGE_FILE).where(PACKAGE_FILE.PACKAGE_ID.eq(key)).execute();
        dsl.deleteFrom(RECEIVED_PACKAGE).where(RECEIVED_PACKAGE.PACKAGE_ID.eq(key)).execute();
    }

    /** How many indicator lines, files and task-count rows package {@code id} holds, in that order. */
    public int[] childCounts(UUID id) {
        String key = id.toString();
        return new int[] {
            dsl.fetchCount(PACKAGE_INDICATOR, PACKAGE_INDICATOR.PACKAGE_ID.eq(key)),
            dsl.fetchCount(PACKAGE_FILE, PACKAGE_FILE.PACKAGE_ID.eq(key)),
            dsl.fetchCount(PACKAGE_TASK_COUNT, PACKAGE_TASK_COUNT.PACKAGE_ID.eq(key))
        };
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static PackageEntry entry(Record r) {
        String replaces = r.get(RECEIVED_PACKAGE.REPLACES);
        String replacedBy = r.get(RECEIVED_PACKAGE.REPLACED_BY);
        PackagePeriod period = new PackagePeriod(PeriodKind.valueOf(r.get(RECEIVED_PACKAGE.PERIOD_KIND)),
                r.get(RECEIVED_PACKAGE.PERIOD_YEAR), r.get(RECEIVED_PACKAGE.PERIOD_INDEX),
                r.get(RECEIVED_PACKAGE.CUTOFF_START), r.get(RECEIVED_PACKAGE.CUTOFF_END));
        return new PackageEntry(UUID.fromString(r.get(RECEIVED_PACKAGE.PACKAGE_ID)),
                r.get(RECEIVED_PACKAGE.COMMUNE_CODE), r.get(RECEIVED_PACKAGE.COMMUNE_NAME), period,
                instant(r.get(RECEIVED_PACKAGE.CREATED_AT)), instant(r.get(RECEIVED_PACKAGE.RECEIVED_AT)),
                replaces == null ? null : UUID.fromString(replaces),
                replacedBy == null ? null : UUID.fromString(replacedBy),
                r.get(RECEIVED_PACKAGE.SOURCE_NAME), r.get(RECEIVED_PACKAGE.MANIFEST_SHA256));
    }
}
