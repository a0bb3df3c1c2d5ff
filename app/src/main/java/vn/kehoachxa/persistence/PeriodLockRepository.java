package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.FIGURE_ACCEPTANCE;
import static vn.kehoachxa.persistence.jooq.Tables.PERIOD_EVENT;
import static vn.kehoachxa.persistence.jooq.Tables.REPORTING_PERIOD;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.reporting.PeriodEvent;
import vn.kehoachxa.domain.reporting.PeriodLock;

/**
 * Whether a period is locked (sent and not reopened), its history of events, and the flagged figures accepted with a
 * note (migration V13). Who did something is the computer's user name ({@link Audit}).
 */
public final class PeriodLockRepository {
    private final DSLContext dsl;

    PeriodLockRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The lock state of a period (empty: no such period). */
    public Optional<PeriodLock> lock(long periodId) {
        return dsl.select(REPORTING_PERIOD.SENT_AT, REPORTING_PERIOD.SENT_TO, REPORTING_PERIOD.REOPENED)
                .from(REPORTING_PERIOD).where(REPORTING_PERIOD.ID.eq(periodId))
                .fetchOptional(r -> new PeriodLock(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3())));
    }

    /** Marks the period reopened (true) or locked again by a sending (false). */
    public void setReopened(long periodId, boolean reopened) {
        dsl.update(REPORTING_PERIOD).set(REPORTING_PERIOD.REOPENED, reopened)
                .set(REPORTING_PERIOD.UPDATED_AT, Audit.now()).set(REPORTING_PERIOD.UPDATED_BY, Audit.user())
                .where(REPORTING_PERIOD.ID.eq(periodId)).execute();
    }

    /** Records an event of the period at {@code at}, done by this computer's user; returns it as stored. */
    public PeriodEvent addEvent(long periodId, PeriodEvent.Kind kind, LocalDateTime at, String subject,
                                String detail) {
        Long id = dsl.insertInto(PERIOD_EVENT).set(PERIOD_EVENT.PERIOD_ID, periodId)
                .set(PERIOD_EVENT.KIND, kind.name()).set(PERIOD_EVENT.HAPPENED_AT, at)
                .set(PERIOD_EVENT.DONE_BY, Audit.user()).set(PERIOD_EVENT.SUBJECT, subject)
                .set(PERIOD_EVENT.DETAIL, detail).returning(PERIOD_EVENT.ID).fetchOne(PERIOD_EVENT.ID);
        return new PeriodEvent(id, periodId, kind, at, Audit.user(), subject, detail);
    }

    /** The events of a period, oldest first. */
    public List<PeriodEvent> events(long periodId) {
        return dsl.selectFrom(PERIOD_EVENT).where(PERIOD_EVENT.PERIOD_ID.eq(periodId))
                .orderBy(PERIOD_EVENT.HAPPENED_AT, PERIOD_EVENT.ID)
                .fetch(r -> new PeriodEvent(r.getId(), r.getPeriodId(), PeriodEvent.Kind.valueOf(r.getKind()),
                        r.getHappenedAt(), r.getDoneBy(), r.getSubject(), r.getDetail()));
    }

    /** A figure accepted with a note: for the unit and indicator in the period, while the figure is {@code value}. */
    public record Acceptance(long unitId, long indicatorId, BigDecimal value, String note, LocalDateTime at,
                             String by) {
        /** Whether the acceptance covers {@code figure} (the same number, whatever its scale). */
        public boolean covers(BigDecimal figure) {
            return figure != null && value.compareTo(figure) == 0;
        }
    }

    /** Every acceptance of the period. */
    public List<Acceptance> acceptances(long periodId) {
        return dsl.selectFrom(FIGURE_ACCEPTANCE).where(FIGURE_ACCEPTANCE.PERIOD_ID.eq(periodId))
                .fetch(r -> new Acceptance(r.getUnitId(), r.getIndicatorId(), r.getResultValue(), r.getNote(),
                        r.getAcceptedAt(), r.getAcceptedBy()));
    }

    /** Stores the acceptance of {@code value}, replacing an earlier one for the same unit and indicator. */
    public void accept(long periodId, long unitId, long indicatorId, BigDecimal value, String note,
                       LocalDateTime at) {
        dsl.mergeInto(FIGURE_ACCEPTANCE)
                .using(dsl.selectOne())
                .on(FIGURE_ACCEPTANCE.PERIOD_ID.eq(periodId).and(FIGURE_ACCEPTANCE.UNIT_ID.eq(unitId))
                        .and(FIGURE_ACCEPTANCE.INDICATOR_ID.eq(indicatorId)))
                .whenMatchedThenUpdate().set(FIGURE_ACCEPTANCE.RESULT_VALUE, value).set(FIGURE_ACCEPTANCE.NOTE, note)
                .set(FIGURE_ACCEPTANCE.ACCEPTED_AT, at).set(FIGURE_ACCEPTANCE.ACCEPTED_BY, Audit.user())
                .whenNotMatchedThenInsert(FIGURE_ACCEPTANCE.PERIOD_ID, FIGURE_ACCEPTANCE.UNIT_ID,
                        FIGURE_ACCEPTANCE.INDICATOR_ID, FIGURE_ACCEPTANCE.RESULT_VALUE, FIGURE_ACCEPTANCE.NOTE,
                        FIGURE_ACCEPTANCE.ACCEPTED_AT, FIGURE_ACCEPTANCE.ACCEPTED_BY)
                .values(periodId, unitId, indicatorId, value, note, at, Audit.user())
                .execute();
    }
}
