package vn.kehoachxa.testsupport;

import static vn.kehoachxa.persistence.collector.jooq.Tables.COLLECTION_PERIOD;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PACKAGE_INDICATOR;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PACKAGE_TASK_COUNT;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PROVINCE_COMMUNE;
import static vn.kehoachxa.persistence.collector.jooq.Tables.RECEIVED_PACKAGE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.persistence.collector.CollectorTestAccess;

/**
 * Writes the collector's tables directly (plain jOOQ, so on H2 and PostgreSQL alike): communes, collection periods and
 * received packages with their indicator lines and task counts, as the import would have stored them. For tests of
 * what the province sees, which must not depend on the package reader and the import.
 */
public final class CollectorFixtures {
    private CollectorFixtures() {
    }

    /** The five-digit code of test commune {@code n} (1 → "10001"). */
    public static String code(int n) {
        return String.valueOf(10000 + n);
    }

    /** The name of test commune {@code n}. */
    public static String name(int n) {
        return "Xã Thử " + n;
    }

    /** Adds communes 1..{@code count} of {@code province} to the list. */
    public static void communes(CollectorDatabase db, String province, int count) {
        db.inTransaction(store -> {
            DSLContext dsl = CollectorTestAccess.dsl(store);
            var insert = dsl.insertInto(PROVINCE_COMMUNE, PROVINCE_COMMUNE.CODE, PROVINCE_COMMUNE.NAME,
                    PROVINCE_COMMUNE.PROVINCE, PROVINCE_COMMUNE.ADDED_AT);
            for (int n = 1; n <= count; n++) {
                insert = insert.values(code(n), name(n), province, LocalDateTime.of(2026, 1, 2, 3, 0));
            }
            return insert.execute();
        });
    }

    /** Sets the due date of a period. */
    public static void period(CollectorDatabase db, PeriodKind kind, int year, int index, LocalDate due) {
        db.inTransaction(store -> CollectorTestAccess.dsl(store).insertInto(COLLECTION_PERIOD)
                .set(COLLECTION_PERIOD.PERIOD_KIND, kind.name()).set(COLLECTION_PERIOD.PERIOD_YEAR, year)
                .set(COLLECTION_PERIOD.PERIOD_INDEX, index).set(COLLECTION_PERIOD.DUE_DATE, due).execute());
    }

    /** A package from commune {@code n} for a period, received at {@code receivedAt}; fill it, then insert it. */
    public static Package pkg(int n, PeriodKind kind, int year, int index, Instant receivedAt) {
        return new Package(n, kind, year, index, receivedAt);
    }

    /** A package being described: its indicator lines, task counts and the package it corrects. */
    public static final class Package {
        private final int commune;
        private final PeriodKind kind;
        private final int year;
        private final int index;
        private final Instant receivedAt;
        private final List<Object[]> indicators = new ArrayList<>();
        private final Map<TaskStatus, Integer> tasks = new LinkedHashMap<>();
        private String province = "Sơn La";
        private String replaces;

        private Package(int commune, PeriodKind kind, int year, int index, Instant receivedAt) {
            this.commune = commune;
            this.kind = kind;
            this.year = year;
            this.index = index;
            this.receivedAt = receivedAt;
        }

        /** An indicator line: a figure (or null) and words (or null), with the commune's judgement. */
        public Package indicator(String code, String name, String unit, String figure, String text,
                                 Evaluation evaluation) {
            indicators.add(new Object[] {code, name, unit, figure == null ? null : new BigDecimal(figure), text,
                    evaluation});
            return this;
        }

        /** A task count. */
        public Package tasks(TaskStatus status, int count) {
            tasks.put(status, count);
            return this;
        }

        /** The province the manifest names. */
        public Package province(String name) {
            this.province = name;
            return this;
        }

        /** Makes this a correction of package {@code id}, which it marks as replaced when inserted. */
        public Package replacing(String id) {
            this.replaces = id;
            return this;
        }

        /** Stores the package with its lines in one transaction; returns its id. */
        public String insert(CollectorDatabase db) {
            String id = UUID.randomUUID().toString();
            db.inTransaction(store -> {
                DSLContext dsl = CollectorTestAccess.dsl(store);
                LocalDateTime received = LocalDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
                dsl.insertInto(RECEIVED_PACKAGE)
                        .set(RECEIVED_PACKAGE.PACKAGE_ID, id).set(RECEIVED_PACKAGE.COMMUNE_CODE, code(commune))
                        .set(RECEIVED_PACKAGE.COMMUNE_NAME, name(commune)).set(RECEIVED_PACKAGE.PROVINCE, province)
                        .set(RECEIVED_PACKAGE.PLAN_GLOBAL_ID, UUID.nameUUIDFromBytes(code(commune).getBytes())
                                .toString())
                        .set(RECEIVED_PACKAGE.PLAN_FINGERPRINT, "0".repeat(64))
                        .set(RECEIVED_PACKAGE.PLAN_VERSION, "Số 12/KH-UBND")
                        .set(RECEIVED_PACKAGE.PERIOD_KIND, kind.name()).set(RECEIVED_PACKAGE.PERIOD_YEAR, year)
                        .set(RECEIVED_PACKAGE.PERIOD_INDEX, index)
                        .set(RECEIVED_PACKAGE.CREATED_AT, received.minusHours(1))
                        .set(RECEIVED_PACKAGE.RECEIVED_AT, received)
                        .set(RECEIVED_PACKAGE.REPLACES, replaces)
                        .set(RECEIVED_PACKAGE.SOURCE_NAME, "BaoCao-" + code(commune) + ".zip")
                        .set(RECEIVED_PACKAGE.MANIFEST_SHA256, "1".repeat(64))
                        .set(RECEIVED_PACKAGE.APP_VERSION, "1.0").execute();
                if (replaces != null) {
                    dsl.update(RECEIVED_PACKAGE).set(RECEIVED_PACKAGE.REPLACED_BY, id)
                            .where(RECEIVED_PACKAGE.PACKAGE_ID.eq(replaces)).execute();
                }
                int row = 0;
                for (Object[] i : indicators) {
                    dsl.insertInto(PACKAGE_INDICATOR).set(PACKAGE_INDICATOR.PACKAGE_ID, id)
                            .set(PACKAGE_INDICATOR.ROW_NO, ++row).set(PACKAGE_INDICATOR.CODE, (String) i[0])
                            .set(PACKAGE_INDICATOR.NAME, (String) i[1]).set(PACKAGE_INDICATOR.UNIT, (String) i[2])
                            .set(PACKAGE_INDICATOR.TARGET_TEXT, "")
                            .set(PACKAGE_INDICATOR.FIGURE, (BigDecimal) i[3])
                            .set(PACKAGE_INDICATOR.FIGURE_TEXT, (String) i[4])
                            .set(PACKAGE_INDICATOR.EVALUATION, ((Evaluation) i[5]).name()).execute();
                }
                tasks.forEach((status, count) -> dsl.insertInto(PACKAGE_TASK_COUNT)
                        .set(PACKAGE_TASK_COUNT.PACKAGE_ID, id).set(PACKAGE_TASK_COUNT.TASK_STATUS, status.name())
                        .set(PACKAGE_TASK_COUNT.TASK_COUNT, count).execute());
                return null;
            });
            return id;
        }
    }
}
