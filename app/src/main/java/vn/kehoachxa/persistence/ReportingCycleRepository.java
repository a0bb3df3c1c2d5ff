package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNEE;
import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNMENT_ITEM;
import static vn.kehoachxa.persistence.jooq.Tables.HOLIDAY;
import static vn.kehoachxa.persistence.jooq.Tables.HOLIDAY_SEED_YEAR;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR_RESULT;
import static vn.kehoachxa.persistence.jooq.Tables.REPORTING_PERIOD;
import static vn.kehoachxa.persistence.jooq.Tables.TASK_PROGRESS;
import static vn.kehoachxa.persistence.jooq.Tables.UNIT_SUBMISSION;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.plan.AssigneeRole;
import vn.kehoachxa.domain.reporting.ReportingPeriod;

/**
 * What the reporting cycle stores beyond {@link ReportingRepository}: who is assigned what (by unit id), the form
 * version of a period, where an imported submission came from, reminders and holiday seeding.
 */
public final class ReportingCycleRepository {
    private final DSLContext dsl;

    ReportingCycleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One unit's assignment to a matrix row ({@code itemId}) or an indicator ({@code indicatorId}). */
    public record Assignment(Long itemId, Long indicatorId, long unitId, AssigneeRole role, int position) {
    }

    /** Every unit (not generic text) assigned to a row or an indicator of the plan, in printed order. */
    public List<Assignment> assignments(long planId) {
        var viaItem = dsl.select(ASSIGNEE.ITEM_ID, ASSIGNEE.INDICATOR_ID, ASSIGNEE.UNIT_ID, ASSIGNEE.ROLE,
                        ASSIGNEE.POSITION).from(ASSIGNEE)
                .join(ASSIGNMENT_ITEM).on(ASSIGNMENT_ITEM.ID.eq(ASSIGNEE.ITEM_ID))
                .where(ASSIGNMENT_ITEM.PLAN_ID.eq(planId), ASSIGNEE.UNIT_ID.isNotNull());
        var viaIndicator = dsl.select(ASSIGNEE.ITEM_ID, ASSIGNEE.INDICATOR_ID, ASSIGNEE.UNIT_ID, ASSIGNEE.ROLE,
                        ASSIGNEE.POSITION).from(ASSIGNEE).join(INDICATOR).on(INDICATOR.ID.eq(ASSIGNEE.INDICATOR_ID))
                .where(INDICATOR.PLAN_ID.eq(planId), ASSIGNEE.UNIT_ID.isNotNull());
        return viaItem.unionAll(viaIndicator).orderBy(ASSIGNEE.POSITION).fetch(r -> new Assignment(r.value1(),
                r.value2(), r.value3(), AssigneeRole.valueOf(r.value4()), r.value5()));
    }

    /** Moves a period's cut-off and due date (after holidays changed), keeping its submissions. */
    public void updatePeriodDates(ReportingPeriod p) {
        dsl.update(REPORTING_PERIOD).set(REPORTING_PERIOD.CUTOFF_START, p.cutoffStart())
                .set(REPORTING_PERIOD.CUTOFF_END, p.cutoffEnd()).set(REPORTING_PERIOD.DUE_DATE, p.dueDate())
                .set(REPORTING_PERIOD.DUE_NOTE, p.dueNote()).set(REPORTING_PERIOD.UPDATED_AT, Audit.now())
                .set(REPORTING_PERIOD.UPDATED_BY, Audit.user()).where(REPORTING_PERIOD.ID.eq(p.id())).execute();
    }

    /** Deletes a period; only called for periods without submissions. */
    public void deletePeriod(long periodId) {
        dsl.deleteFrom(REPORTING_PERIOD).where(REPORTING_PERIOD.ID.eq(periodId)).execute();
    }

    /** How many submissions (all versions) a period has. */
    public int submissionCount(long periodId) {
        return dsl.fetchCount(UNIT_SUBMISSION, UNIT_SUBMISSION.PERIOD_ID.eq(periodId));
    }

    /** The version of the forms last generated for a period (0: none yet) and the fingerprint of their rows. */
    public record FormIssue(int version, String fingerprint) {
    }

    /** The form issue of a period. */
    public FormIssue formIssue(long periodId) {
        return dsl.select(REPORTING_PERIOD.FORM_VERSION, REPORTING_PERIOD.FORM_FINGERPRINT).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.ID.eq(periodId)).fetchOptional(r -> new FormIssue(r.value1(), r.value2()))
                .orElse(new FormIssue(0, null));
    }

    /** Records that forms of {@code version} with rows of {@code fingerprint} were generated for a period. */
    public void setFormIssue(long periodId, FormIssue issue) {
        dsl.update(REPORTING_PERIOD).set(REPORTING_PERIOD.FORM_VERSION, issue.version())
                .set(REPORTING_PERIOD.FORM_FINGERPRINT, issue.fingerprint())
                .where(REPORTING_PERIOD.ID.eq(periodId)).execute();
    }

    /** Records which form an imported submission came from. */
    public void setSubmissionForm(long submissionId, int formVersion, String planFingerprint) {
        dsl.update(UNIT_SUBMISSION).set(UNIT_SUBMISSION.FORM_VERSION, formVersion)
                .set(UNIT_SUBMISSION.PLAN_FINGERPRINT, planFingerprint)
                .where(UNIT_SUBMISSION.ID.eq(submissionId)).execute();
    }

    /** The id of a submission imported from a file with this checksum, if any. */
    public Optional<Long> submissionWithChecksum(String checksum) {
        return dsl.select(UNIT_SUBMISSION.ID).from(UNIT_SUBMISSION).where(UNIT_SUBMISSION.CHECKSUM.eq(checksum))
                .limit(1).fetchOptional(UNIT_SUBMISSION.ID);
    }

    /** The day the reminder for a period was last shown. */
    public Optional<LocalDate> reminderShownOn(long periodId) {
        return dsl.select(REPORTING_PERIOD.REMINDER_SHOWN_ON).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.ID.eq(periodId)).fetchOptional(REPORTING_PERIOD.REMINDER_SHOWN_ON);
    }

    /** Records that the reminder for a period was shown on {@code day}. */
    public void markReminderShown(long periodId, LocalDate day) {
        dsl.update(REPORTING_PERIOD).set(REPORTING_PERIOD.REMINDER_SHOWN_ON, day)
                .where(REPORTING_PERIOD.ID.eq(periodId)).execute();
    }

    /** Whether the fixed holidays of {@code year} were seeded already. */
    public boolean holidaysSeeded(int year) {
        return dsl.fetchExists(HOLIDAY_SEED_YEAR, HOLIDAY_SEED_YEAR.SEED_YEAR.eq(year));
    }

    /** Records that the fixed holidays of {@code year} were seeded. */
    public void markHolidaysSeeded(int year) {
        dsl.insertInto(HOLIDAY_SEED_YEAR).set(HOLIDAY_SEED_YEAR.SEED_YEAR, year).onDuplicateKeyIgnore().execute();
    }

    /** Row counts of the reporting tables, by table name: what an import may change. */
    public Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("reporting_period", dsl.fetchCount(REPORTING_PERIOD));
        counts.put("unit_submission", dsl.fetchCount(UNIT_SUBMISSION));
        counts.put("task_progress", dsl.fetchCount(TASK_PROGRESS));
        counts.put("indicator_result", dsl.fetchCount(INDICATOR_RESULT));
        counts.put("holiday", dsl.fetchCount(HOLIDAY));
        return counts;
    }
}
