package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.PERIOD_REPORT;
import static vn.kehoachxa.persistence.jooq.Tables.PERIOD_REPORT_SECTION;
import static vn.kehoachxa.persistence.jooq.Tables.REPORTING_PERIOD;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.report.PeriodicReport;
import vn.kehoachxa.domain.report.ReportPart;

/** The commune's periodic report per period (edited parts, number, date) and what was sent upward. */
public final class PeriodReportRepository {
    private final DSLContext dsl;

    PeriodReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The stored report of a period, if the official saved one. */
    public Optional<PeriodicReport> find(long periodId) {
        var head = dsl.selectFrom(PERIOD_REPORT).where(PERIOD_REPORT.PERIOD_ID.eq(periodId)).fetchOptional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<ReportPart, String> parts = new EnumMap<>(ReportPart.class);
        dsl.selectFrom(PERIOD_REPORT_SECTION).where(PERIOD_REPORT_SECTION.PERIOD_ID.eq(periodId))
                .forEach(r -> parts.put(ReportPart.valueOf(r.getPart()), r.getBody()));
        var h = head.get();
        return Optional.of(new PeriodicReport(periodId, h.getReportNumber(), h.getReportDate(), parts,
                h.getGeneratedAt(), true));
    }

    /** Stores the report of its period, replacing any earlier text. */
    public void save(PeriodicReport report) {
        long periodId = report.periodId();
        dsl.deleteFrom(PERIOD_REPORT_SECTION).where(PERIOD_REPORT_SECTION.PERIOD_ID.eq(periodId)).execute();
        dsl.insertInto(PERIOD_REPORT).set(PERIOD_REPORT.PERIOD_ID, periodId)
                .set(PERIOD_REPORT.REPORT_NUMBER, report.number()).set(PERIOD_REPORT.REPORT_DATE, report.date())
                .set(PERIOD_REPORT.GENERATED_AT, report.generatedAt()).set(PERIOD_REPORT.UPDATED_AT, Audit.now())
                .set(PERIOD_REPORT.UPDATED_BY, Audit.user())
                .onDuplicateKeyUpdate()
                .set(PERIOD_REPORT.REPORT_NUMBER, report.number()).set(PERIOD_REPORT.REPORT_DATE, report.date())
                .set(PERIOD_REPORT.GENERATED_AT, report.generatedAt()).set(PERIOD_REPORT.UPDATED_AT, Audit.now())
                .set(PERIOD_REPORT.UPDATED_BY, Audit.user())
                .execute();
        for (ReportPart part : ReportPart.values()) {
            dsl.insertInto(PERIOD_REPORT_SECTION).set(PERIOD_REPORT_SECTION.PERIOD_ID, periodId)
                    .set(PERIOD_REPORT_SECTION.PART, part.name()).set(PERIOD_REPORT_SECTION.BODY, report.text(part))
                    .execute();
        }
    }

    /** Records that the report of a period was sent (or made ready to send) at {@code at} to {@code to}. */
    public void markSent(long periodId, LocalDateTime at, String to, String packageFolder) {
        dsl.update(REPORTING_PERIOD).set(REPORTING_PERIOD.SENT_AT, at).set(REPORTING_PERIOD.SENT_TO, to)
                .set(REPORTING_PERIOD.SENT_PACKAGE, packageFolder).set(REPORTING_PERIOD.UPDATED_AT, Audit.now())
                .set(REPORTING_PERIOD.UPDATED_BY, Audit.user()).where(REPORTING_PERIOD.ID.eq(periodId)).execute();
    }

    /** The folder of the package last built for a period. */
    public Optional<String> sentPackage(long periodId) {
        return dsl.select(REPORTING_PERIOD.SENT_PACKAGE).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.ID.eq(periodId)).fetchOptional(REPORTING_PERIOD.SENT_PACKAGE);
    }

    /**
     * The id of the last upward package built for a period and confirmed sent ({@code replaces} of the next one),
     * if any.
     */
    public Optional<java.util.UUID> sentPackageId(long periodId) {
        return dsl.select(REPORTING_PERIOD.SENT_PACKAGE_ID).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.ID.eq(periodId)).fetchOptional(REPORTING_PERIOD.SENT_PACKAGE_ID)
                .map(java.util.UUID::fromString);
    }

    /** Records {@code packageId} as the package confirmed sent for the period. */
    public void setSentPackageId(long periodId, java.util.UUID packageId) {
        dsl.update(REPORTING_PERIOD).set(REPORTING_PERIOD.SENT_PACKAGE_ID, packageId.toString())
                .where(REPORTING_PERIOD.ID.eq(periodId)).execute();
    }

    /** The province's deadline for this period's report, when one was set apart from the units' due date. */
    public Optional<LocalDate> upwardDueDate(long periodId) {
        return dsl.select(REPORTING_PERIOD.UPWARD_DUE_DATE).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.ID.eq(periodId)).fetchOptional(REPORTING_PERIOD.UPWARD_DUE_DATE);
    }

    /** The province's own deadlines set for the plan's periods, by period id (periods without one are absent). */
    public Map<Long, LocalDate> upwardDueDatesOfPlan(long planId) {
        return dsl.select(REPORTING_PERIOD.ID, REPORTING_PERIOD.UPWARD_DUE_DATE).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.PLAN_ID.eq(planId), REPORTING_PERIOD.UPWARD_DUE_DATE.isNotNull())
                .fetchMap(REPORTING_PERIOD.ID, REPORTING_PERIOD.UPWARD_DUE_DATE);
    }

    /** Sets (or clears, with null) the province's deadline for this period's report. */
    public void setUpwardDueDate(long periodId, LocalDate due) {
        dsl.update(REPORTING_PERIOD).set(REPORTING_PERIOD.UPWARD_DUE_DATE, due)
                .where(REPORTING_PERIOD.ID.eq(periodId)).execute();
    }
}
