package vn.kehoachxa.persistence.collector;

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
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.reporting.PeriodKind;

/**
 * The reads behind what the province sees (issue 17, point 4): each is one SQL statement whatever the number of
 * communes, so a period's summary costs the same few statements for 10 communes or 3,000. Plain jOOQ DSL only, so the
 * same code runs on the embedded H2 and on a shared PostgreSQL server. Times come out as UTC {@link Instant}s (the
 * tables store UTC, decision 0038).
 */
public final class ProvinceQueries {
    private final DSLContext dsl;

    ProvinceQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A period the collector knows of, by kind, year and index. */
    public record PeriodKey(PeriodKind kind, int year, int index) {
    }

    /** A package received for the period: whether it is in force (no later package replaced it). */
    public record PackageRow(String packageId, String communeCode, String communeName, String province,
                             Instant receivedAt, boolean inForce, String planVersion) {
    }

    /** One indicator line of a package in force, with its commune and when the package arrived. */
    public record IndicatorRow(String communeCode, Instant receivedAt, int rowNo, String code, String name,
                               String unitOfMeasure, BigDecimal figure, String figureText, String evaluation) {
    }

    /** One task count of a package in force. */
    public record TaskCountRow(String communeCode, String status, int count) {
    }

    /** Every period with a package or a due date, in no particular order. */
    public List<PeriodKey> periods() {
        var received = dsl.selectDistinct(RECEIVED_PACKAGE.PERIOD_KIND, RECEIVED_PACKAGE.PERIOD_YEAR,
                RECEIVED_PACKAGE.PERIOD_INDEX).from(RECEIVED_PACKAGE);
        var due = dsl.select(COLLECTION_PERIOD.PERIOD_KIND, COLLECTION_PERIOD.PERIOD_YEAR,
                COLLECTION_PERIOD.PERIOD_INDEX).from(COLLECTION_PERIOD);
        return received.union(due).fetch(r -> new PeriodKey(PeriodKind.valueOf(r.value1()), r.value2(), r.value3()));
    }

    /** The province's communes in code order (Danh sách xã). */
    public List<ProvinceCommune> communes() {
        return dsl.select(PROVINCE_COMMUNE.CODE, PROVINCE_COMMUNE.NAME, PROVINCE_COMMUNE.PROVINCE)
                .from(PROVINCE_COMMUNE).orderBy(PROVINCE_COMMUNE.CODE)
                .fetch(r -> new ProvinceCommune(r.value1(), r.value2(), r.value3()));
    }

    /** The day the period's reports are due, if the province set one. */
    public Optional<LocalDate> dueDate(PeriodKind kind, int year, int index) {
        return dsl.select(COLLECTION_PERIOD.DUE_DATE).from(COLLECTION_PERIOD)
                .where(COLLECTION_PERIOD.PERIOD_KIND.eq(kind.name()), COLLECTION_PERIOD.PERIOD_YEAR.eq(year),
                        COLLECTION_PERIOD.PERIOD_INDEX.eq(index))
                .fetchOptional(COLLECTION_PERIOD.DUE_DATE);
    }

    /** Every package received for the period, history included, by commune then arrival. */
    public List<PackageRow> packages(PeriodKind kind, int year, int index) {
        return dsl.select(RECEIVED_PACKAGE.PACKAGE_ID, RECEIVED_PACKAGE.COMMUNE_CODE, RECEIVED_PACKAGE.COMMUNE_NAME,
                        RECEIVED_PACKAGE.PROVINCE, RECEIVED_PACKAGE.RECEIVED_AT, RECEIVED_PACKAGE.REPLACED_BY,
                        RECEIVED_PACKAGE.PLAN_VERSION)
                .from(RECEIVED_PACKAGE).where(period(kind, year, index))
                .orderBy(RECEIVED_PACKAGE.COMMUNE_CODE, RECEIVED_PACKAGE.RECEIVED_AT, RECEIVED_PACKAGE.PACKAGE_ID)
                .fetch(r -> new PackageRow(r.value1(), r.value2(), r.value3(), r.value4(), utc(r.value5()),
                        r.value6() == null, r.value7()));
    }

    /** The indicator lines of the packages in force for the period, by code then commune. */
    public List<IndicatorRow> indicatorsInForce(PeriodKind kind, int year, int index) {
        var i = PACKAGE_INDICATOR;
        return dsl.select(RECEIVED_PACKAGE.COMMUNE_CODE, RECEIVED_PACKAGE.RECEIVED_AT, i.ROW_NO, i.CODE, i.NAME,
                        i.UNIT, i.FIGURE, i.FIGURE_TEXT, i.EVALUATION)
                .from(i).join(RECEIVED_PACKAGE).on(RECEIVED_PACKAGE.PACKAGE_ID.eq(i.PACKAGE_ID))
                .where(period(kind, year, index), RECEIVED_PACKAGE.REPLACED_BY.isNull())
                .orderBy(i.CODE, RECEIVED_PACKAGE.COMMUNE_CODE)
                .fetch(r -> new IndicatorRow(r.value1(), utc(r.value2()), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /** The task counts of the packages in force for the period, by commune. */
    public List<TaskCountRow> taskCountsInForce(PeriodKind kind, int year, int index) {
        var t = PACKAGE_TASK_COUNT;
        return dsl.select(RECEIVED_PACKAGE.COMMUNE_CODE, t.TASK_STATUS, t.TASK_COUNT)
                .from(t).join(RECEIVED_PACKAGE).on(RECEIVED_PACKAGE.PACKAGE_ID.eq(t.PACKAGE_ID))
                .where(period(kind, year, index), RECEIVED_PACKAGE.REPLACED_BY.isNull())
                .orderBy(RECEIVED_PACKAGE.COMMUNE_CODE, t.TASK_STATUS)
                .fetch(r -> new TaskCountRow(r.value1(), r.value2(), r.value3()));
    }

    private static Condition period(PeriodKind kind, int year, int index) {
        return RECEIVED_PACKAGE.PERIOD_KIND.eq(kind.name()).and(RECEIVED_PACKAGE.PERIOD_YEAR.eq(year))
                .and(RECEIVED_PACKAGE.PERIOD_INDEX.eq(index));
    }

    private static Instant utc(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
