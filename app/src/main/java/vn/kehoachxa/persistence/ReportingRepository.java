package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.HOLIDAY;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR_RESULT;
import static vn.kehoachxa.persistence.jooq.Tables.REPORTING_PERIOD;
import static vn.kehoachxa.persistence.jooq.Tables.TASK_PROGRESS;
import static vn.kehoachxa.persistence.jooq.Tables.UNIT_SUBMISSION;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.kehoachxa.domain.reporting.Holiday;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.PlanPeriods;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.persistence.jooq.tables.records.ReportingPeriodRecord;
import vn.kehoachxa.persistence.jooq.tables.records.UnitSubmissionRecord;

/** The reporting cycle's records: periods, unit submissions with their progress and results, and holidays. */
public final class ReportingRepository {
    private final DSLContext dsl;

    ReportingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts a period and returns it with its id. */
    public ReportingPeriod insertPeriod(ReportingPeriod p) {
        ReportingPeriodRecord rec = dsl.newRecord(REPORTING_PERIOD).setPlanId(p.planId()).setKind(p.kind().name())
                .setPeriodYear(p.year()).setPeriodIndex(p.index()).setCutoffStart(p.cutoffStart())
                .setCutoffEnd(p.cutoffEnd()).setDueDate(p.dueDate()).setDueNote(p.dueNote()).setSentAt(p.sentAt())
                .setSentTo(p.sentTo()).setUpdatedBy(Audit.user());
        rec.store();
        return toPeriod(rec);
    }

    /** The plan's periods by due date, a quarter before a half-year due the same day ({@link PlanPeriods#ORDER}). */
    public List<ReportingPeriod> periods(long planId) {
        // Sorted here, not by the KIND column: its names sort HALF_YEAR before QUARTER.
        return dsl.selectFrom(REPORTING_PERIOD).where(REPORTING_PERIOD.PLAN_ID.eq(planId))
                .fetch(ReportingRepository::toPeriod).stream().sorted(PlanPeriods.ORDER).toList();
    }

    /** One period. */
    public Optional<ReportingPeriod> period(long periodId) {
        return dsl.fetchOptional(REPORTING_PERIOD, REPORTING_PERIOD.ID.eq(periodId)).map(ReportingRepository::toPeriod);
    }

    /** Inserts a submission with the next version number for its unit and period; returns it. */
    public UnitSubmission insertSubmission(UnitSubmission s) {
        Integer max = dsl.select(DSL.max(UNIT_SUBMISSION.VERSION)).from(UNIT_SUBMISSION)
                .where(UNIT_SUBMISSION.PERIOD_ID.eq(s.periodId()), UNIT_SUBMISSION.UNIT_ID.eq(s.unitId()))
                .fetchOne(0, Integer.class);
        UnitSubmissionRecord rec = dsl.newRecord(UNIT_SUBMISSION).setPeriodId(s.periodId()).setUnitId(s.unitId())
                .setVersion(max == null ? 1 : max + 1).setReceivedDate(s.receivedDate()).setSource(s.source().name())
                .setFileName(s.fileName()).setChecksum(s.checksum()).setNote(s.note()).setUpdatedBy(Audit.user());
        rec.store();
        return toSubmission(rec);
    }

    /** Every version of every submission of a period. */
    public List<UnitSubmission> submissions(long periodId) {
        return dsl.selectFrom(UNIT_SUBMISSION).where(UNIT_SUBMISSION.PERIOD_ID.eq(periodId))
                .orderBy(UNIT_SUBMISSION.UNIT_ID, UNIT_SUBMISSION.VERSION).fetch(ReportingRepository::toSubmission);
    }

    /**
     * Every submission to any period of the plan, by period id (in each, by unit then version): one statement for
     * what {@link #submissions(long)} would read once per period.
     */
    public Map<Long, List<UnitSubmission>> submissionsOfPlan(long planId) {
        return dsl.select(UNIT_SUBMISSION.fields()).from(UNIT_SUBMISSION).join(REPORTING_PERIOD)
                .on(REPORTING_PERIOD.ID.eq(UNIT_SUBMISSION.PERIOD_ID)).where(REPORTING_PERIOD.PLAN_ID.eq(planId))
                .orderBy(UNIT_SUBMISSION.PERIOD_ID, UNIT_SUBMISSION.UNIT_ID, UNIT_SUBMISSION.VERSION)
                .fetchInto(UNIT_SUBMISSION).stream().map(ReportingRepository::toSubmission)
                .collect(Collectors.groupingBy(UnitSubmission::periodId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Every version of one unit's submissions for a period, oldest first. */
    public List<UnitSubmission> submissions(long periodId, long unitId) {
        return dsl.selectFrom(UNIT_SUBMISSION)
                .where(UNIT_SUBMISSION.PERIOD_ID.eq(periodId), UNIT_SUBMISSION.UNIT_ID.eq(unitId))
                .orderBy(UNIT_SUBMISSION.VERSION).fetch(ReportingRepository::toSubmission);
    }

    /** Records what a submission says of one matrix row. */
    public void insertProgress(TaskProgress p) {
        dsl.insertInto(TASK_PROGRESS).set(TASK_PROGRESS.SUBMISSION_ID, p.submissionId())
                .set(TASK_PROGRESS.ITEM_ID, p.itemId()).set(TASK_PROGRESS.STATUS, p.status().name())
                .set(TASK_PROGRESS.RESULT_TEXT, p.resultText()).set(TASK_PROGRESS.DIFFICULTIES, p.difficulties())
                .set(TASK_PROGRESS.PROPOSALS, p.proposals()).set(TASK_PROGRESS.COMPLETED_ON, p.completedOn())
                .set(TASK_PROGRESS.UPDATED_BY, Audit.user()).execute();
    }

    /** What a submission says of the matrix rows. */
    public List<TaskProgress> progress(long submissionId) {
        return dsl.selectFrom(TASK_PROGRESS).where(TASK_PROGRESS.SUBMISSION_ID.eq(submissionId))
                .orderBy(TASK_PROGRESS.ID).fetch(r -> new TaskProgress(r.getId(), r.getSubmissionId(), r.getItemId(),
                        ProgressStatus.valueOf(r.getStatus()), r.getResultText(), r.getDifficulties(),
                        r.getProposals(), r.getCompletedOn()));
    }

    /** Records a figure a submission reports for one indicator. */
    public void insertResult(IndicatorResult r) {
        dsl.insertInto(INDICATOR_RESULT).set(INDICATOR_RESULT.SUBMISSION_ID, r.submissionId())
                .set(INDICATOR_RESULT.INDICATOR_ID, r.indicatorId()).set(INDICATOR_RESULT.RESULT_VALUE, r.value())
                .set(INDICATOR_RESULT.RESULT_TEXT, r.text()).set(INDICATOR_RESULT.NOTE, r.note())
                .set(INDICATOR_RESULT.UPDATED_BY, Audit.user()).execute();
    }

    /** The figures a submission reports. */
    public List<IndicatorResult> results(long submissionId) {
        return dsl.selectFrom(INDICATOR_RESULT).where(INDICATOR_RESULT.SUBMISSION_ID.eq(submissionId))
                .orderBy(INDICATOR_RESULT.ID).fetch(r -> new IndicatorResult(r.getId(), r.getSubmissionId(),
                        r.getIndicatorId(), IndicatorRepository.strip(r.getResultValue()), r.getResultText(),
                        r.getNote()));
    }

    /** Every holiday, by date. */
    public List<Holiday> holidays() {
        return dsl.selectFrom(HOLIDAY).orderBy(HOLIDAY.HOLIDAY_DATE)
                .fetch(r -> new Holiday(r.getHolidayDate(), r.getName()));
    }

    /** Adds or renames a holiday. */
    public void saveHoliday(Holiday h) {
        dsl.mergeInto(HOLIDAY).using(DSL.selectOne()).on(HOLIDAY.HOLIDAY_DATE.eq(h.date()))
                .whenMatchedThenUpdate().set(HOLIDAY.NAME, h.name()).set(HOLIDAY.UPDATED_AT, Audit.now())
                .whenNotMatchedThenInsert(HOLIDAY.HOLIDAY_DATE, HOLIDAY.NAME, HOLIDAY.UPDATED_BY)
                .values(h.date(), h.name(), Audit.user()).execute();
    }

    /** Removes a holiday. */
    public void deleteHoliday(LocalDate date) {
        dsl.deleteFrom(HOLIDAY).where(HOLIDAY.HOLIDAY_DATE.eq(date)).execute();
    }

    private static ReportingPeriod toPeriod(ReportingPeriodRecord r) {
        return new ReportingPeriod(r.getId(), r.getPlanId(), PeriodKind.valueOf(r.getKind()), r.getPeriodYear(),
                r.getPeriodIndex(), r.getCutoffStart(), r.getCutoffEnd(), r.getDueDate(), r.getDueNote(),
                r.getSentAt(), r.getSentTo());
    }

    private static UnitSubmission toSubmission(UnitSubmissionRecord r) {
        return new UnitSubmission(r.getId(), r.getPeriodId(), r.getUnitId(), r.getVersion(), r.getReceivedDate(),
                SubmissionSource.valueOf(r.getSource()), r.getFileName(), r.getChecksum(), r.getNote());
    }
}
