package vn.kehoachxa.persistence.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.kehoachxa.persistence.collector.jooq.Tables.COLLECTION_PERIOD;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PACKAGE_FILE;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PACKAGE_INDICATOR;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PACKAGE_TASK_COUNT;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PROVINCE_COMMUNE;
import static vn.kehoachxa.persistence.collector.jooq.Tables.RECEIVED_PACKAGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import vn.kehoachxa.testsupport.CollectorDatabases;
import vn.kehoachxa.testsupport.CollectorTest;

/** The collector's schema and jOOQ code on both databases: every table, transactions, reopening. */
class CollectorStoreTest {
    private static final String PACKAGE = "0b7f3c1e-8f7a-4d2b-9c55-2f3d6a1e9b10";
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 3, 31, 12, 0, 0);

    @CollectorTest
    void everyTableTakesAndGivesBackARowThroughJooq(CollectorDatabases.Target target) {
        try (CollectorDatabase db = target.open()) {
            assertThat(db.dialect()).isEqualTo(target.kind() == CollectorDatabases.Kind.H2 ? SQLDialect.H2
                    : SQLDialect.POSTGRES);
            db.inTransaction(CollectorStoreTest::insertAll);
            db.read(s -> {
                var d = s.dsl();
                assertThat(d.fetchOne(PROVINCE_COMMUNE).getName()).isEqualTo("Mường La");
                assertThat(d.fetchOne(COLLECTION_PERIOD).getDueDate()).isEqualTo(LocalDate.of(2026, 4, 5));
                var p = d.fetchOne(RECEIVED_PACKAGE);
                assertThat(p.getCommuneName()).isEqualTo("Mường La");
                assertThat(p.getCreatedAt()).isEqualTo(NOON);
                assertThat(p.getCutoffStart()).isEqualTo(LocalDate.of(2025, 12, 15));
                assertThat(d.fetchOne(PACKAGE_FILE).getByteSize()).isEqualTo(5_000_000_000L);
                var i = d.fetchOne(PACKAGE_INDICATOR);
                assertThat(i.getFigure()).isEqualByComparingTo(new BigDecimal("1234.5"));
                assertThat(i.getName()).isEqualTo("Tỷ lệ hộ dân được cấp nước sạch");
                assertThat(d.fetchOne(PACKAGE_TASK_COUNT).getTaskCount()).isEqualTo(7);
                // A join and a filter, as the views will write them.
                assertThat(d.select(PROVINCE_COMMUNE.NAME).from(RECEIVED_PACKAGE).join(PROVINCE_COMMUNE)
                        .on(PROVINCE_COMMUNE.CODE.eq(RECEIVED_PACKAGE.COMMUNE_CODE))
                        .where(RECEIVED_PACKAGE.REPLACED_BY.isNull()).fetchOne(PROVINCE_COMMUNE.NAME))
                        .isEqualTo("Mường La");
                return null;
            });
        }
    }

    @CollectorTest
    void aFailedTransactionLeavesNothing(CollectorDatabase db) {
        assertThatThrownBy(() -> db.inTransaction(s -> {
            insertAll(s);
            throw new IllegalStateException("the import stops half-way");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> db.inTransaction(s -> {
            insertAll(s);
            // a file row for a package that does not exist breaks the foreign key, after rows went in
            return s.dsl().insertInto(PACKAGE_FILE).set(PACKAGE_FILE.PACKAGE_ID, "nope")
                    .set(PACKAGE_FILE.FILE_NAME, "a").set(PACKAGE_FILE.SHA256, "0").set(PACKAGE_FILE.BYTE_SIZE, 1L)
                    .execute();
        })).isInstanceOf(DataAccessException.class);
        int rows = db.read(s -> s.dsl().fetchCount(PROVINCE_COMMUNE) + s.dsl().fetchCount(RECEIVED_PACKAGE)
                + s.dsl().fetchCount(PACKAGE_INDICATOR) + s.dsl().fetchCount(COLLECTION_PERIOD));
        assertThat(rows).isZero();
    }

    @CollectorTest
    void reopeningKeepsWhatWasCommitted(CollectorDatabases.Target target) {
        try (CollectorDatabase db = target.open()) {
            db.inTransaction(CollectorStoreTest::insertAll);
        }
        try (CollectorDatabase db = target.open()) {
            assertThat(db.<Integer>read(s -> s.dsl().fetchCount(PACKAGE_INDICATOR))).isEqualTo(1);
            assertThat(db.<String>read(s -> s.dsl().fetchValue(RECEIVED_PACKAGE.PACKAGE_ID))).isEqualTo(PACKAGE);
        }
    }

    private static int insertAll(CollectorStore s) {
        var d = s.dsl();
        d.insertInto(PROVINCE_COMMUNE).set(PROVINCE_COMMUNE.CODE, "14290").set(PROVINCE_COMMUNE.NAME, "Mường La")
                .set(PROVINCE_COMMUNE.PROVINCE, "Sơn La").set(PROVINCE_COMMUNE.ADDED_AT, NOON).execute();
        d.insertInto(COLLECTION_PERIOD).set(COLLECTION_PERIOD.PERIOD_KIND, "QUARTER")
                .set(COLLECTION_PERIOD.PERIOD_YEAR, 2026).set(COLLECTION_PERIOD.PERIOD_INDEX, 1)
                .set(COLLECTION_PERIOD.DUE_DATE, LocalDate.of(2026, 4, 5)).execute();
        d.insertInto(RECEIVED_PACKAGE).set(RECEIVED_PACKAGE.PACKAGE_ID, PACKAGE)
                .set(RECEIVED_PACKAGE.COMMUNE_CODE, "14290").set(RECEIVED_PACKAGE.COMMUNE_NAME, "Mường La")
                .set(RECEIVED_PACKAGE.PROVINCE, "Sơn La")
                .set(RECEIVED_PACKAGE.PLAN_GLOBAL_ID, "5d0c6f0e-1111-4222-8333-444455556666")
                .set(RECEIVED_PACKAGE.PLAN_FINGERPRINT, "ab".repeat(32)).set(RECEIVED_PACKAGE.PLAN_VERSION, "1")
                .set(RECEIVED_PACKAGE.PERIOD_KIND, "QUARTER").set(RECEIVED_PACKAGE.PERIOD_YEAR, 2026)
                .set(RECEIVED_PACKAGE.PERIOD_INDEX, 1).set(RECEIVED_PACKAGE.CUTOFF_START, LocalDate.of(2025, 12, 15))
                .set(RECEIVED_PACKAGE.CUTOFF_END, LocalDate.of(2026, 3, 14)).set(RECEIVED_PACKAGE.CREATED_AT, NOON)
                .set(RECEIVED_PACKAGE.RECEIVED_AT, NOON.plusHours(1))
                .set(RECEIVED_PACKAGE.SOURCE_NAME, "goi-bao-cao.zip")
                .set(RECEIVED_PACKAGE.MANIFEST_SHA256, "cd".repeat(32)).set(RECEIVED_PACKAGE.APP_VERSION, "0.1")
                .execute();
        d.insertInto(PACKAGE_FILE).set(PACKAGE_FILE.PACKAGE_ID, PACKAGE).set(PACKAGE_FILE.FILE_NAME, "ket-qua.json")
                .set(PACKAGE_FILE.SHA256, "ef".repeat(32)).set(PACKAGE_FILE.BYTE_SIZE, 5_000_000_000L).execute();
        d.insertInto(PACKAGE_INDICATOR).set(PACKAGE_INDICATOR.PACKAGE_ID, PACKAGE).set(PACKAGE_INDICATOR.ROW_NO, 1)
                .set(PACKAGE_INDICATOR.CODE, "NQ72-01").set(PACKAGE_INDICATOR.NAME, "Tỷ lệ hộ dân được cấp nước sạch")
                .set(PACKAGE_INDICATOR.UNIT, "%").set(PACKAGE_INDICATOR.TARGET_TEXT, "≥ 95%")
                .set(PACKAGE_INDICATOR.TARGET_VALUE, new BigDecimal("95"))
                .set(PACKAGE_INDICATOR.FIGURE, new BigDecimal("1234.5")).set(PACKAGE_INDICATOR.EVALUATION, "MET")
                .execute();
        return d.insertInto(PACKAGE_TASK_COUNT).set(PACKAGE_TASK_COUNT.PACKAGE_ID, PACKAGE)
                .set(PACKAGE_TASK_COUNT.TASK_STATUS, "DONE").set(PACKAGE_TASK_COUNT.TASK_COUNT, 7).execute();
    }
}
