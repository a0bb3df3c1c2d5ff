package vn.kehoachxa.persistence.collector;

import static vn.kehoachxa.persistence.collector.jooq.Tables.COLLECTION_PERIOD;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.collect.CollectionDue;
import vn.kehoachxa.domain.reporting.PeriodKind;

/** The due dates the province set for its collection periods ({@code collection_period}). */
public final class DueDateRepository {
    private final DSLContext dsl;

    DueDateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every due date set, by period. */
    public List<CollectionDue> all() {
        return dsl.selectFrom(COLLECTION_PERIOD)
                .orderBy(COLLECTION_PERIOD.PERIOD_YEAR, COLLECTION_PERIOD.PERIOD_KIND, COLLECTION_PERIOD.PERIOD_INDEX)
                .fetch(r -> new CollectionDue(PeriodKind.valueOf(r.getPeriodKind()), r.getPeriodYear(),
                        r.getPeriodIndex(), r.getDueDate(), true));
    }

    /** The due date set for the period, if any. */
    public Optional<LocalDate> find(PeriodKind kind, int year, int index) {
        return dsl.select(COLLECTION_PERIOD.DUE_DATE).from(COLLECTION_PERIOD).where(key(kind, year, index))
                .fetchOptional(COLLECTION_PERIOD.DUE_DATE);
    }

    /** Sets the period's due date ({@code null}: back to the default rule). */
    public void set(PeriodKind kind, int year, int index, LocalDate due) {
        dsl.deleteFrom(COLLECTION_PERIOD).where(key(kind, year, index)).execute();
        if (due != null) {
            dsl.insertInto(COLLECTION_PERIOD).set(COLLECTION_PERIOD.PERIOD_KIND, kind.name())
                    .set(COLLECTION_PERIOD.PERIOD_YEAR, year).set(COLLECTION_PERIOD.PERIOD_INDEX, index)
                    .set(COLLECTION_PERIOD.DUE_DATE, due).execute();
        }
    }

    private static Condition key(PeriodKind kind, int year, int index) {
        return COLLECTION_PERIOD.PERIOD_KIND.eq(kind.name()).and(COLLECTION_PERIOD.PERIOD_YEAR.eq(year))
                .and(COLLECTION_PERIOD.PERIOD_INDEX.eq(index));
    }
}
