package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNEE;
import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNMENT_ITEM;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR;
import static vn.kehoachxa.persistence.jooq.Tables.PLAN_UNIT;
import static vn.kehoachxa.persistence.jooq.Tables.UNIT;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.PlanFields;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.Unit;

/** Whole plan documents: insert one in one go (import, template, copy) and read one back whole (export). */
public final class PlanDocumentRepository {
    private final DSLContext dsl;

    PlanDocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts the whole document as a new plan and returns its id. Units are matched by name with the commune's
     * existing units (filling in an e-mail they lack); new ones are created with the kind the document gives. A demo
     * plan's units are its own, apart from the office's (decision 0036). Row
     * labels that only restate the row's place are not stored, so they cannot go stale when rows are added, moved or
     * deleted (see RowNumbers).
     */
    public long insert(PlanDocument given) {
        PlanDocument doc = RowNumbers.withOwnLabelsOnly(given);
        Store store = new Store(dsl);
        Plan plan = store.plans().insert(doc.plan().withId(null));
        long planId = plan.id();
        UnitRepository units = store.unitsOf(planId);
        int position = 1;
        for (Unit u : doc.units()) {
            Unit unit = units.findByName(u.name()).map(found -> withEmailFrom(units, found, u)).orElseGet(() ->
                    units.insert(new Unit(null, u.name(), u.shortName(), u.kind(), u.email(), u.active())));
            dsl.insertInto(PLAN_UNIT).set(PLAN_UNIT.PLAN_ID, planId).set(PLAN_UNIT.UNIT_ID, unit.id())
                    .set(PLAN_UNIT.POSITION, position++).onDuplicateKeyIgnore().execute();
        }
        store.plans().replaceBasisDocuments(planId, doc.basisDocuments());
        store.plans().replaceRecipients(planId, doc.recipients());
        store.plans().replaceAppendices(planId, doc.appendices());
        store.sections().insertTrees(planId, doc.sections());
        store.indicators().insertGroups(planId, doc.indicatorGroups());
        store.assignments().insertGroups(planId, TableKind.TARGET_MATRIX, doc.targetGroups());
        store.assignments().insertGroups(planId, TableKind.TASK_MATRIX, doc.taskGroups());
        return planId;
    }

    /**
     * An existing unit that has no e-mail takes the one the document brings (a plan file from another office fills
     * the address in); an address the office already keeps is never overwritten by a file's.
     */
    private static Unit withEmailFrom(UnitRepository units, Unit found, Unit given) {
        if (found.email() != null || given.email() == null) {
            return found;
        }
        Unit filled = found.withEmail(given.email());
        units.update(filled);
        return filled;
    }

    /**
     * Reads the whole plan. {@code units} are the plan's listed units in their order, then any other unit its
     * indicators and matrices name (added later in the app), by name.
     */
    public PlanDocument load(long planId) {
        Store store = new Store(dsl);
        Plan plan = store.plans().get(planId);
        // Deadlines worded with a field ({giai đoạn}) are dated from the plan's period as it is now.
        return PlanFields.withDerivedDeadlines(new PlanDocument(plan, store.plans().basisDocuments(planId),
                store.sections().tree(planId), store.plans().recipients(planId), unitsOf(planId),
                store.indicators().groups(planId), store.assignments().groups(planId, TableKind.TARGET_MATRIX),
                store.assignments().groups(planId, TableKind.TASK_MATRIX), store.plans().appendices(planId)));
    }

    private List<Unit> unitsOf(long planId) {
        var viaIndicator = dsl.select(ASSIGNEE.UNIT_ID).from(ASSIGNEE)
                .join(INDICATOR)
                .on(INDICATOR.ID.eq(ASSIGNEE.INDICATOR_ID))
                .where(INDICATOR.PLAN_ID.eq(planId));
        var viaItem = dsl.select(ASSIGNEE.UNIT_ID).from(ASSIGNEE)
                .join(ASSIGNMENT_ITEM)
                .on(ASSIGNMENT_ITEM.ID.eq(ASSIGNEE.ITEM_ID))
                .where(ASSIGNMENT_ITEM.PLAN_ID.eq(planId));
        Set<Long> referenced = new LinkedHashSet<>(viaIndicator.union(viaItem).fetch(ASSIGNEE.UNIT_ID));
        List<Unit> listed = dsl.select(UNIT.fields()).from(PLAN_UNIT).join(UNIT).on(UNIT.ID.eq(PLAN_UNIT.UNIT_ID))
                .where(PLAN_UNIT.PLAN_ID.eq(planId)).orderBy(PLAN_UNIT.POSITION)
                .fetch(r -> UnitRepository.toUnit(r.into(UNIT)));
        listed.forEach(u -> referenced.remove(u.id()));
        List<Unit> others = dsl.selectFrom(UNIT).where(UNIT.ID.in(referenced)).orderBy(UNIT.NAME)
                .fetch(UnitRepository::toUnit);
        return Stream.concat(listed.stream(), others.stream()).toList();
    }
}
