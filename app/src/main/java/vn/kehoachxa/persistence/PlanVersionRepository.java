package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNMENT_ITEM;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR_RESULT;
import static vn.kehoachxa.persistence.jooq.Tables.ITEM_GROUP;
import static vn.kehoachxa.persistence.jooq.Tables.PLAN;
import static vn.kehoachxa.persistence.jooq.Tables.PLAN_ISSUE;
import static vn.kehoachxa.persistence.jooq.Tables.REPORTING_PERIOD;
import static vn.kehoachxa.persistence.jooq.Tables.SECTION;
import static vn.kehoachxa.persistence.jooq.Tables.TASK_PROGRESS;
import static vn.kehoachxa.persistence.jooq.Tables.UNIT_SUBMISSION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.plan.IssueRecord;
import vn.kehoachxa.domain.plan.PlanStatus;

/**
 * Versions of a plan (phiên bản): which plan a section, group, indicator or row belongs to (so an edit can be
 * refused on an issued plan), the issue record, the revision that follows a plan, and moving reporting periods to
 * the version in force (decision 0014).
 */
public final class PlanVersionRepository {
    private final DSLContext dsl;

    PlanVersionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The plan a section belongs to. */
    public long planOfSection(long sectionId) {
        return found(dsl.select(SECTION.PLAN_ID).from(SECTION).where(SECTION.ID.eq(sectionId))
                .fetchOne(SECTION.PLAN_ID),
                sectionId);
    }

    /** The plan a group of the indicator table or of a matrix belongs to. */
    public long planOfGroup(long groupId) {
        return found(dsl.select(ITEM_GROUP.PLAN_ID).from(ITEM_GROUP).where(ITEM_GROUP.ID.eq(groupId))
                .fetchOne(ITEM_GROUP.PLAN_ID),
                groupId);
    }

    /** The plan an indicator belongs to. */
    public long planOfIndicator(long indicatorId) {
        return found(dsl.select(INDICATOR.PLAN_ID).from(INDICATOR).where(INDICATOR.ID.eq(indicatorId))
                .fetchOne(INDICATOR.PLAN_ID),
                indicatorId);
    }

    /** The plan a matrix row belongs to. */
    public long planOfItem(long itemId) {
        return found(dsl.select(ASSIGNMENT_ITEM.PLAN_ID).from(ASSIGNMENT_ITEM).where(ASSIGNMENT_ITEM.ID.eq(itemId))
                .fetchOne(ASSIGNMENT_ITEM.PLAN_ID), itemId);
    }

    /** The plan the rows a delete took away belonged to: every removed group, indicator or row names it. */
    public long planOfRemoval(Removal removal) {
        for (Removal.TableRows table : removal.rows()) {
            for (Map<String, Object> row : table.rows()) {
                for (Map.Entry<String, Object> e : row.entrySet()) {
                    if (e.getKey().equalsIgnoreCase("plan_id")) {
                        return ((Number) e.getValue()).longValue();
                    }
                }
            }
        }
        throw new IllegalArgumentException("a removal names no plan: " + removal.kind());
    }

    /** The plan's status, or a domain error when the plan is gone. */
    public PlanStatus status(long planId) {
        String status = dsl.select(PLAN.STATUS).from(PLAN).where(PLAN.ID.eq(planId)).fetchOne(PLAN.STATUS);
        if (status == null) {
            throw new DomainException(Texts.get("plan.notFound", String.valueOf(planId)));
        }
        return PlanStatus.valueOf(status);
    }

    /** Records that the plan was issued, and the signed file when there is one. */
    public void saveIssue(long planId, IssueRecord issue) {
        dsl.mergeInto(PLAN_ISSUE).using(dsl.selectOne())
                .on(PLAN_ISSUE.PLAN_ID.eq(planId))
                .whenMatchedThenUpdate().set(PLAN_ISSUE.ISSUED_AT, issue.issuedAt())
                .set(PLAN_ISSUE.SIGNED_FILE, issue.signedFile()).set(PLAN_ISSUE.SIGNED_SHA256, issue.signedSha256())
                .set(PLAN_ISSUE.UPDATED_AT, Audit.now())
                .whenNotMatchedThenInsert(PLAN_ISSUE.PLAN_ID, PLAN_ISSUE.ISSUED_AT, PLAN_ISSUE.SIGNED_FILE,
                        PLAN_ISSUE.SIGNED_SHA256)
                .values(planId, issue.issuedAt(), issue.signedFile(), issue.signedSha256())
                .execute();
    }

    /** When and with which signed file the plan was issued; empty for a draft (or an older database's plan). */
    public Optional<IssueRecord> issue(long planId) {
        return dsl.selectFrom(PLAN_ISSUE).where(PLAN_ISSUE.PLAN_ID.eq(planId)).fetchOptional()
                .map(r -> new IssueRecord(r.getIssuedAt(), r.getSignedFile(), r.getSignedSha256()));
    }

    /** Sets a plan's status only (issuing, superseding). */
    public void setStatus(long planId, PlanStatus status) {
        dsl.update(PLAN).set(PLAN.STATUS, status.name()).set(PLAN.UPDATED_AT, Audit.now())
                .where(PLAN.ID.eq(planId)).execute();
    }

    /** The revisions made from a plan (plans whose revises_plan_id is it), oldest first. */
    public List<Long> revisionsOf(long planId) {
        return dsl.select(PLAN.ID).from(PLAN).where(PLAN.REVISES_PLAN_ID.eq(planId)).orderBy(PLAN.ID)
                .fetch(PLAN.ID);
    }

    /** The plan's reporting periods whose data period ends on or after {@code from}. */
    public List<Long> periodsEndingFrom(long planId, LocalDate from) {
        return dsl.select(REPORTING_PERIOD.ID).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.PLAN_ID.eq(planId), REPORTING_PERIOD.CUTOFF_END.ge(from))
                .orderBy(REPORTING_PERIOD.ID).fetch(REPORTING_PERIOD.ID);
    }

    /** Moves a reporting period, with its submissions, to another version of the plan. */
    public void movePeriod(long periodId, long toPlanId) {
        dsl.update(REPORTING_PERIOD).set(REPORTING_PERIOD.PLAN_ID, toPlanId)
                .set(REPORTING_PERIOD.UPDATED_AT, Audit.now()).where(REPORTING_PERIOD.ID.eq(periodId)).execute();
    }

    /** Points the results of a period's submissions at another indicator; returns how many rows changed. */
    public int repointResults(long periodId, long fromIndicatorId, long toIndicatorId) {
        return dsl.update(INDICATOR_RESULT).set(INDICATOR_RESULT.INDICATOR_ID, toIndicatorId)
                .where(INDICATOR_RESULT.INDICATOR_ID.eq(fromIndicatorId), INDICATOR_RESULT.SUBMISSION_ID.in(
                        dsl.select(UNIT_SUBMISSION.ID).from(UNIT_SUBMISSION)
                                .where(UNIT_SUBMISSION.PERIOD_ID.eq(periodId))))
                .execute();
    }

    /** Points the progress of a period's submissions at another matrix row; returns how many rows changed. */
    public int repointProgress(long periodId, long fromItemId, long toItemId) {
        return dsl.update(TASK_PROGRESS).set(TASK_PROGRESS.ITEM_ID, toItemId)
                .where(TASK_PROGRESS.ITEM_ID.eq(fromItemId), TASK_PROGRESS.SUBMISSION_ID.in(
                        dsl.select(UNIT_SUBMISSION.ID).from(UNIT_SUBMISSION)
                                .where(UNIT_SUBMISSION.PERIOD_ID.eq(periodId))))
                .execute();
    }

    private static long found(Long planId, long id) {
        if (planId == null) {
            throw new DomainException(Texts.get("version.rowGone", String.valueOf(id)));
        }
        return planId;
    }
}
