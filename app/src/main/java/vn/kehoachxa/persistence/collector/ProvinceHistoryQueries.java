package vn.kehoachxa.persistence.collector;

import static vn.kehoachxa.persistence.collector.jooq.Tables.COLLECTION_PERIOD;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PACKAGE_INDICATOR;
import static vn.kehoachxa.persistence.collector.jooq.Tables.RECEIVED_PACKAGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.persistence.collector.ProvinceQueries.IndicatorRow;
import vn.kehoachxa.persistence.collector.ProvinceQueries.PackageRow;
import vn.kehoachxa.persistence.collector.ProvinceQueries.PeriodKey;

/**
 * The reads behind the province's charts (issue 17, point 4): every period at once, so the history across periods
 * costs the same three statements (with {@link ProvinceQueries#communes()}, four) for 10 communes or 3,000 and for one
 * quarter or twenty. Plain jOOQ DSL, as {@link ProvinceQueries}, for H2 and PostgreSQL alike; times as UTC.
 */
public final class ProvinceHistoryQueries {
    private final DSLContext dsl;

    ProvinceHistoryQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A period's due date. */
    public record DueRow(PeriodKey period, LocalDate dueDate) {
    }

    /** A package received for a period (history included), with the cut-off its commune's plan gave the period. */
    public record HistoryPackageRow(PeriodKey period, LocalDate cutoffStart, LocalDate cutoffEnd, PackageRow row) {
    }

    /** An indicator line of a package in force for a period, with the commune's target for it (value may be null). */
    public record HistoryIndicatorRow(PeriodKey period, IndicatorRow row, String targetText, BigDecimal targetValue) {
    }

    /** The due date of every period the province set one for. */
    public List<DueRow> dueDates() {
        var p = COLLECTION_PERIOD;
        return dsl.select(p.PERIOD_KIND, p.PERIOD_YEAR, p.PERIOD_INDEX, p.DUE_DATE).from(p)
                .fetch(r -> new DueRow(key(r.value1(), r.value2(), r.value3()), r.value4()));
    }

    /** Every package received, history included, by period, commune then arrival. */
    public List<HistoryPackageRow> packages() {
        var p = RECEIVED_PACKAGE;
        return dsl.select(p.PERIOD_KIND, p.PERIOD_YEAR, p.PERIOD_INDEX, p.CUTOFF_START, p.CUTOFF_END, p.PACKAGE_ID,
                        p.COMMUNE_CODE, p.COMMUNE_NAME, p.PROVINCE, p.RECEIVED_AT, p.REPLACED_BY, p.PLAN_VERSION)
                .from(p)
                .orderBy(p.PERIOD_KIND, p.PERIOD_YEAR, p.PERIOD_INDEX, p.COMMUNE_CODE, p.RECEIVED_AT, p.PACKAGE_ID)
                .fetch(r -> new HistoryPackageRow(key(r.value1(), r.value2(), r.value3()), r.value4(), r.value5(),
                        new PackageRow(r.value6(), r.value7(), r.value8(), r.value9(), utc(r.value10()),
                                r.value11() == null, r.value12())));
    }

    /** The indicator lines of every package in force, by period, code then commune. */
    public List<HistoryIndicatorRow> indicatorsInForce() {
        var i = PACKAGE_INDICATOR;
        var p = RECEIVED_PACKAGE;
        return dsl.select(p.PERIOD_KIND, p.PERIOD_YEAR, p.PERIOD_INDEX, p.COMMUNE_CODE, p.RECEIVED_AT, i.ROW_NO,
                        i.CODE, i.NAME, i.UNIT, i.FIGURE, i.FIGURE_TEXT, i.EVALUATION, i.TARGET_TEXT, i.TARGET_VALUE)
                .from(i).join(p).on(p.PACKAGE_ID.eq(i.PACKAGE_ID))
                .where(p.REPLACED_BY.isNull())
                .orderBy(p.PERIOD_KIND, p.PERIOD_YEAR, p.PERIOD_INDEX, i.CODE, p.COMMUNE_CODE)
                .fetch(r -> new HistoryIndicatorRow(key(r.value1(), r.value2(), r.value3()),
                        new IndicatorRow(r.value4(), utc(r.value5()), r.value6(), r.value7(), r.value8(), r.value9(),
                                r.value10(), r.value11(), r.value12()), r.value13(), r.value14()));
    }

    private static PeriodKey key(String kind, int year, int index) {
        return new PeriodKey(PeriodKind.valueOf(kind), year, index);
    }

    private static java.time.Instant utc(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
