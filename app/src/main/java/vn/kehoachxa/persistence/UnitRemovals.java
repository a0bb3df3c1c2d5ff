package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNEE;
import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNMENT_ITEM;
import static vn.kehoachxa.persistence.jooq.Tables.FIGURE_ACCEPTANCE;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR_RESULT;
import static vn.kehoachxa.persistence.jooq.Tables.PLAN_UNIT;
import static vn.kehoachxa.persistence.jooq.Tables.TASK_PROGRESS;
import static vn.kehoachxa.persistence.jooq.Tables.UNIT;
import static vn.kehoachxa.persistence.jooq.Tables.UNIT_SUBMISSION;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.edit.Reported;
import vn.kehoachxa.domain.edit.UnitMerge;
import vn.kehoachxa.domain.edit.UnitUsage;
import vn.kehoachxa.domain.edit.UnitUsage.Roles;

/**
 * Deleting and merging units (đơn vị) so that both can be undone with the same ids. A unit is deleted only when
 * nothing refers to it (a used unit is refused, naming where it is used); a merge keeps every row it rewrites or
 * drops as it was, and {@link #unmerge} puts them back.
 */
public final class UnitRemovals {
    private final DSLContext dsl;

    UnitRemovals(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Where the unit is used: matrices and indicators by role, plans' unit lists, its reports and their figures. */
    public UnitUsage usage(long unitId) {
        String name = new UnitRepository(dsl).get(unitId).name();
        var reports = dsl.select(DSL.count(), DSL.countDistinct(UNIT_SUBMISSION.PERIOD_ID)).from(UNIT_SUBMISSION)
                .where(UNIT_SUBMISSION.UNIT_ID.eq(unitId)).fetchSingle();
        var ofUnit = DSL.select(UNIT_SUBMISSION.ID).from(UNIT_SUBMISSION).where(UNIT_SUBMISSION.UNIT_ID.eq(unitId));
        Field<Integer> indicators = DSL.countDistinct(ASSIGNEE.INDICATOR_ID);
        return new UnitUsage(name, itemRoles(unitId, "TASK"), itemRoles(unitId, "TARGET"),
                roles(dsl.select(ASSIGNEE.ROLE, indicators).from(ASSIGNEE).join(INDICATOR)
                        .on(INDICATOR.ID.eq(ASSIGNEE.INDICATOR_ID)).where(ASSIGNEE.UNIT_ID.eq(unitId))
                        .groupBy(ASSIGNEE.ROLE).fetchMap(ASSIGNEE.ROLE, indicators)),
                dsl.fetchCount(PLAN_UNIT, PLAN_UNIT.UNIT_ID.eq(unitId)), reports.value1(), reports.value2(),
                dsl.fetchCount(INDICATOR_RESULT, INDICATOR_RESULT.SUBMISSION_ID.in(ofUnit)),
                dsl.fetchCount(TASK_PROGRESS, TASK_PROGRESS.SUBMISSION_ID.in(ofUnit)));
    }

    private Roles itemRoles(long unitId, String matrix) {
        Field<Integer> count = DSL.countDistinct(ASSIGNEE.ITEM_ID);
        return roles(dsl.select(ASSIGNEE.ROLE, count).from(ASSIGNEE).join(ASSIGNMENT_ITEM)
                .on(ASSIGNMENT_ITEM.ID.eq(ASSIGNEE.ITEM_ID))
                .where(ASSIGNEE.UNIT_ID.eq(unitId), ASSIGNMENT_ITEM.MATRIX.eq(matrix))
                .groupBy(ASSIGNEE.ROLE).fetchMap(ASSIGNEE.ROLE, count));
    }

    private static Roles roles(Map<String, Integer> byRole) {
        return new Roles(byRole.getOrDefault("LEAD", 0), byRole.getOrDefault("COOPERATING", 0));
    }

    /** Deletes a unit nothing refers to; a used unit is refused with the places it is used in. */
    public Removal remove(long unitId) {
        UnitUsage usage = usage(unitId);
        if (usage.any()) {
            throw new DomainException(Texts.get("unit.inUse", usage.describe()));
        }
        Removal.TableRows row = rowsOf(UNIT, UNIT.ID.eq(unitId));
        dsl.deleteFrom(UNIT).where(UNIT.ID.eq(unitId)).execute();
        return new Removal(Removal.Kind.UNIT, unitId, 0, Reported.NONE, List.of(row), Map.of());
    }

    /** Puts a deleted unit back with its id. */
    public void restore(Removal removal) {
        if (removal.kind() != Removal.Kind.UNIT) {
            throw new IllegalArgumentException("not a unit removal: " + removal.kind());
        }
        removal.rows().forEach(t -> t.rows().forEach(r -> Removals.insert(dsl, UNIT, r)));
    }

    /**
     * Merges unit {@code fromId} into {@code intoId}: every assignment, report and place in a plan's unit list
     * follows, then the first unit is deleted. Where both held the same place (same row and role, or the same plan
     * list), the surviving unit's stays. Returns what was there before, for {@link #unmerge}.
     */
    public UnitMerge merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new DomainException(Texts.get("unit.mergeSame"));
        }
        UnitRepository units = new UnitRepository(dsl);
        units.get(fromId);
        units.get(intoId);
        List<Removal.TableRows> before = List.of(rowsOf(UNIT, UNIT.ID.eq(fromId)),
                rowsOf(ASSIGNEE, ASSIGNEE.UNIT_ID.eq(fromId), ASSIGNEE.ID),
                rowsOf(UNIT_SUBMISSION, UNIT_SUBMISSION.UNIT_ID.eq(fromId), UNIT_SUBMISSION.ID),
                rowsOf(PLAN_UNIT, PLAN_UNIT.UNIT_ID.eq(fromId), PLAN_UNIT.PLAN_ID),
                rowsOf(FIGURE_ACCEPTANCE, FIGURE_ACCEPTANCE.UNIT_ID.eq(fromId), FIGURE_ACCEPTANCE.PERIOD_ID,
                        FIGURE_ACCEPTANCE.INDICATOR_ID));
        List<Long> intoPlans = dsl.select(PLAN_UNIT.PLAN_ID).from(PLAN_UNIT).where(PLAN_UNIT.UNIT_ID.eq(intoId))
                .orderBy(PLAN_UNIT.PLAN_ID).fetch(PLAN_UNIT.PLAN_ID);
        var other = ASSIGNEE.as("other");
        Condition duplicate = ASSIGNEE.UNIT_ID.eq(fromId).and(DSL.exists(DSL.selectOne().from(other)
                .where(other.UNIT_ID.eq(intoId), other.ROLE.eq(ASSIGNEE.ROLE),
                        other.INDICATOR_ID.isNotDistinctFrom(ASSIGNEE.INDICATOR_ID),
                        other.ITEM_ID.isNotDistinctFrom(ASSIGNEE.ITEM_ID))));
        List<Long> dropped = dsl.select(ASSIGNEE.ID).from(ASSIGNEE).where(duplicate).orderBy(ASSIGNEE.ID)
                .fetch(ASSIGNEE.ID);
        dsl.deleteFrom(ASSIGNEE).where(ASSIGNEE.ID.in(dropped)).execute();
        // The rows now print the surviving unit's name, not the merged unit's spelling.
        dsl.update(ASSIGNEE).set(ASSIGNEE.UNIT_ID, intoId).setNull(ASSIGNEE.PRINTED_NAME)
                .set(ASSIGNEE.UPDATED_AT, Audit.now()).set(ASSIGNEE.UPDATED_BY, Audit.user())
                .where(ASSIGNEE.UNIT_ID.eq(fromId)).execute();
        // Reports keep their history: a clashing version number moves after the surviving unit's versions.
        for (var sub : dsl.selectFrom(UNIT_SUBMISSION).where(UNIT_SUBMISSION.UNIT_ID.eq(fromId))
                .orderBy(UNIT_SUBMISSION.PERIOD_ID, UNIT_SUBMISSION.VERSION).fetch()) {
            Integer max = dsl.select(DSL.max(UNIT_SUBMISSION.VERSION)).from(UNIT_SUBMISSION)
                    .where(UNIT_SUBMISSION.PERIOD_ID.eq(sub.getPeriodId()), UNIT_SUBMISSION.UNIT_ID.eq(intoId))
                    .fetchOne(0, Integer.class);
            int version = max == null ? sub.getVersion() : max + 1;
            sub.setUnitId(intoId).setVersion(version).setUpdatedAt(Audit.now()).setUpdatedBy(Audit.user()).store();
        }
        // The official's notes accepting a flagged figure follow the reports (the unit's delete would cascade them
        // away); each still holds only while the figure is the value it accepted. Where the surviving unit has its
        // own note for the same period and indicator, that one stays.
        var kept = FIGURE_ACCEPTANCE.as("kept");
        dsl.deleteFrom(FIGURE_ACCEPTANCE).where(FIGURE_ACCEPTANCE.UNIT_ID.eq(fromId), DSL.exists(DSL.selectOne()
                .from(kept).where(kept.UNIT_ID.eq(intoId), kept.PERIOD_ID.eq(FIGURE_ACCEPTANCE.PERIOD_ID),
                        kept.INDICATOR_ID.eq(FIGURE_ACCEPTANCE.INDICATOR_ID)))).execute();
        dsl.update(FIGURE_ACCEPTANCE).set(FIGURE_ACCEPTANCE.UNIT_ID, intoId)
                .where(FIGURE_ACCEPTANCE.UNIT_ID.eq(fromId)).execute();
        // A plan that listed only the merged unit lists the surviving one in its place.
        dsl.deleteFrom(PLAN_UNIT).where(PLAN_UNIT.UNIT_ID.eq(fromId), PLAN_UNIT.PLAN_ID.in(intoPlans)).execute();
        dsl.update(PLAN_UNIT).set(PLAN_UNIT.UNIT_ID, intoId).where(PLAN_UNIT.UNIT_ID.eq(fromId)).execute();
        dsl.deleteFrom(UNIT).where(UNIT.ID.eq(fromId)).execute();
        return new UnitMerge(fromId, intoId, before, intoPlans, dropped);
    }

    /**
     * Undoes {@code merge}: the merged unit comes back with its id, its reports with their versions, its assignees
     * (rewritten ones pointed back, dropped ones re-inserted with their ids) and its places in the plans' lists.
     * What was deleted since (a row, a report) stays deleted.
     */
    public void unmerge(UnitMerge merge) {
        long from = merge.fromId();
        long into = merge.intoId();
        merge.rows(UNIT.getName()).forEach(r -> Removals.insert(dsl, UNIT, r));
        for (Map<String, Object> r : merge.rows(UNIT_SUBMISSION.getName())) {
            dsl.update(UNIT_SUBMISSION).set(UNIT_SUBMISSION.UNIT_ID, from)
                    .set(UNIT_SUBMISSION.VERSION, (Integer) r.get(UNIT_SUBMISSION.VERSION.getName()))
                    .set(UNIT_SUBMISSION.UPDATED_AT, stamp(r, UNIT_SUBMISSION.UPDATED_AT))
                    .set(UNIT_SUBMISSION.UPDATED_BY, (String) r.get(UNIT_SUBMISSION.UPDATED_BY.getName()))
                    .where(UNIT_SUBMISSION.ID.eq(id(r, UNIT_SUBMISSION.ID)), UNIT_SUBMISSION.UNIT_ID.eq(into))
                    .execute();
        }
        for (Map<String, Object> r : merge.rows(ASSIGNEE.getName())) {
            long id = id(r, ASSIGNEE.ID);
            if (merge.dropped().contains(id)) {
                Removals.insert(dsl, ASSIGNEE, r);
            } else {
                dsl.update(ASSIGNEE).set(ASSIGNEE.UNIT_ID, from)
                        .set(ASSIGNEE.PRINTED_NAME, (String) r.get(ASSIGNEE.PRINTED_NAME.getName()))
                        .set(ASSIGNEE.UPDATED_AT, stamp(r, ASSIGNEE.UPDATED_AT))
                        .set(ASSIGNEE.UPDATED_BY, (String) r.get(ASSIGNEE.UPDATED_BY.getName()))
                        .where(ASSIGNEE.ID.eq(id), ASSIGNEE.UNIT_ID.eq(into)).execute();
            }
        }
        for (Map<String, Object> r : merge.rows(FIGURE_ACCEPTANCE.getName())) {
            // The note the merge moved goes back; one it dropped (the surviving unit had its own) comes back.
            boolean moved = dsl.update(FIGURE_ACCEPTANCE).set(FIGURE_ACCEPTANCE.UNIT_ID, from)
                    .where(FIGURE_ACCEPTANCE.UNIT_ID.eq(into),
                            FIGURE_ACCEPTANCE.PERIOD_ID.eq(id(r, FIGURE_ACCEPTANCE.PERIOD_ID)),
                            FIGURE_ACCEPTANCE.INDICATOR_ID.eq(id(r, FIGURE_ACCEPTANCE.INDICATOR_ID)),
                            FIGURE_ACCEPTANCE.ACCEPTED_AT.eq(stamp(r, FIGURE_ACCEPTANCE.ACCEPTED_AT)),
                            FIGURE_ACCEPTANCE.NOTE.eq((String) r.get(FIGURE_ACCEPTANCE.NOTE.getName())))
                    .execute() > 0;
            if (!moved) {
                Removals.insert(dsl, FIGURE_ACCEPTANCE, r);
            }
        }
        for (Map<String, Object> r : merge.rows(PLAN_UNIT.getName())) {
            long plan = id(r, PLAN_UNIT.PLAN_ID);
            boolean moved = !merge.intoPlans().contains(plan) && dsl.update(PLAN_UNIT).set(PLAN_UNIT.UNIT_ID, from)
                    .where(PLAN_UNIT.PLAN_ID.eq(plan), PLAN_UNIT.UNIT_ID.eq(into)).execute() > 0;
            if (!moved) {
                Removals.insert(dsl, PLAN_UNIT, r);
            }
        }
    }

    private static long id(Map<String, Object> row, Field<Long> field) {
        return (Long) row.get(field.getName());
    }

    private static LocalDateTime stamp(Map<String, Object> row, Field<LocalDateTime> field) {
        return (LocalDateTime) row.get(field.getName());
    }

    private Removal.TableRows rowsOf(Table<?> table, Condition which, Field<?>... order) {
        return new Removal.TableRows(table.getName(), dsl.selectFrom(table).where(which).orderBy(order).fetch()
                .stream().map(Removals::values).toList());
    }
}
