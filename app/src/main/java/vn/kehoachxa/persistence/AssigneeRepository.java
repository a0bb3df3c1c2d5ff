package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNEE;
import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNMENT_ITEM;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR;
import static vn.kehoachxa.persistence.jooq.Tables.ITEM_GROUP;
import static vn.kehoachxa.persistence.jooq.Tables.UNIT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssigneeRole;
import vn.kehoachxa.domain.plan.Unit;

/** Lead and cooperating assignees of indicators and matrix rows; unit names resolve to units of the commune. */
final class AssigneeRepository {
    private final DSLContext dsl;
    private final UnitRepository units;

    AssigneeRepository(DSLContext dsl, UnitRepository units) {
        this.dsl = dsl;
        this.units = units;
    }

    List<Assignee> ofIndicator(long indicatorId, AssigneeRole role) {
        return read(ASSIGNEE.INDICATOR_ID.eq(indicatorId), role);
    }

    /**
     * The assignees of every matrix row of the plan, in one query instead of two per row: row id → role →
     * assignees in position order (a row without assignees is absent).
     */
    Map<Long, Map<AssigneeRole, List<Assignee>>> ofItemsOfPlan(long planId) {
        return readAll(ASSIGNEE.ITEM_ID, ASSIGNEE.ITEM_ID.in(DSL.select(ASSIGNMENT_ITEM.ID).from(ASSIGNMENT_ITEM)
                .join(ITEM_GROUP).on(ITEM_GROUP.ID.eq(ASSIGNMENT_ITEM.GROUP_ID)).where(ITEM_GROUP.PLAN_ID.eq(planId))));
    }

    /** {@link #ofIndicator} of every indicator of the plan, in one query: indicator id → role → assignees. */
    Map<Long, Map<AssigneeRole, List<Assignee>>> ofIndicatorsOfPlan(long planId) {
        return readAll(ASSIGNEE.INDICATOR_ID, ASSIGNEE.INDICATOR_ID.in(DSL.select(INDICATOR.ID).from(INDICATOR)
                .where(INDICATOR.PLAN_ID.eq(planId))));
    }

    void replaceForIndicator(long indicatorId, AssigneeRole role, List<Assignee> assignees) {
        dsl.deleteFrom(ASSIGNEE).where(ASSIGNEE.INDICATOR_ID.eq(indicatorId), ASSIGNEE.ROLE.eq(role.name()))
                .execute();
        write(indicatorId, null, role, assignees);
    }

    void replaceForItem(long itemId, AssigneeRole role, List<Assignee> assignees) {
        dsl.deleteFrom(ASSIGNEE).where(ASSIGNEE.ITEM_ID.eq(itemId), ASSIGNEE.ROLE.eq(role.name())).execute();
        write(null, itemId, role, assignees);
    }

    /**
     * Writes the assignees of an indicator or row inserted in the same bulk insert (nothing to replace), naming
     * units through {@code units}: no statement but the inserts per row (decision 0041).
     */
    void insertForIndicator(long indicatorId, AssigneeRole role, List<Assignee> assignees, UnitLookup units) {
        write(indicatorId, null, role, assignees, units);
    }

    /** {@link #insertForIndicator} for a matrix row. */
    void insertForItem(long itemId, AssigneeRole role, List<Assignee> assignees, UnitLookup units) {
        write(null, itemId, role, assignees, units);
    }

    private void write(Long indicatorId, Long itemId, AssigneeRole role, List<Assignee> assignees) {
        if (assignees.isEmpty()) {
            return;
        }
        UnitRepository units = assignees.stream().allMatch(Assignee::generic) ? this.units
                : unitsFor(indicatorId, itemId);
        write(indicatorId, itemId, role, assignees, new UnitLookup(units));
    }

    private void write(Long indicatorId, Long itemId, AssigneeRole role, List<Assignee> assignees, UnitLookup units) {
        int position = 1;
        for (Assignee a : assignees) {
            Unit unit = a.generic() ? null : units.resolve(a.name());
            String printed = unit == null || unit.name().equals(a.name()) ? null : a.name();
            dsl.insertInto(ASSIGNEE).set(ASSIGNEE.INDICATOR_ID, indicatorId).set(ASSIGNEE.ITEM_ID, itemId)
                    .set(ASSIGNEE.ROLE, role.name()).set(ASSIGNEE.POSITION, position++)
                    .set(ASSIGNEE.UNIT_ID, unit == null ? null : unit.id())
                    .set(ASSIGNEE.GENERIC_TEXT, a.generic() ? a.name() : null).set(ASSIGNEE.PRINTED_NAME, printed)
                    .set(ASSIGNEE.UPDATED_BY, Audit.user()).execute();
        }
    }

    /** The units the row's plan names: a demo plan's rows name its own units, never the office's (decision 0036). */
    private UnitRepository unitsFor(Long indicatorId, Long itemId) {
        Long planId = indicatorId != null
                ? dsl.select(INDICATOR.PLAN_ID).from(INDICATOR).where(INDICATOR.ID.eq(indicatorId))
                        .fetchOne(INDICATOR.PLAN_ID)
                : dsl.select(ASSIGNMENT_ITEM.PLAN_ID).from(ASSIGNMENT_ITEM).where(ASSIGNMENT_ITEM.ID.eq(itemId))
                        .fetchOne(ASSIGNMENT_ITEM.PLAN_ID);
        return planId == null ? units : UnitRepository.forPlan(dsl, planId);
    }

    private List<Assignee> read(Condition owner, AssigneeRole role) {
        return dsl.select(ASSIGNEE.GENERIC_TEXT, ASSIGNEE.PRINTED_NAME, UNIT.NAME).from(ASSIGNEE).leftJoin(UNIT)
                .on(UNIT.ID.eq(ASSIGNEE.UNIT_ID)).where(owner, ASSIGNEE.ROLE.eq(role.name()))
                .orderBy(ASSIGNEE.POSITION)
                .fetch(r -> assignee(r.value1(), r.value2(), r.value3()));
    }

    private Map<Long, Map<AssigneeRole, List<Assignee>>> readAll(Field<Long> owner, Condition owners) {
        Map<Long, Map<AssigneeRole, List<Assignee>>> out = new HashMap<>();
        dsl.select(owner, ASSIGNEE.ROLE, ASSIGNEE.GENERIC_TEXT, ASSIGNEE.PRINTED_NAME, UNIT.NAME).from(ASSIGNEE)
                .leftJoin(UNIT).on(UNIT.ID.eq(ASSIGNEE.UNIT_ID)).where(owners)
                .orderBy(owner, ASSIGNEE.ROLE, ASSIGNEE.POSITION)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .computeIfAbsent(AssigneeRole.valueOf(r.value2()), k -> new ArrayList<>())
                        .add(assignee(r.value3(), r.value4(), r.value5())));
        return out;
    }

    /** A generic assignee ("các cơ quan liên quan"), else the unit under the name the row prints. */
    private static Assignee assignee(String genericText, String printedName, String unitName) {
        return genericText != null ? Assignee.generic(genericText)
                : Assignee.unit(printedName != null ? printedName : unitName);
    }

    /** The assignees of {@code role} in {@code all} (from {@link #ofItemsOfPlan} or {@link #ofIndicatorsOfPlan}). */
    static List<Assignee> of(Map<Long, Map<AssigneeRole, List<Assignee>>> all, long owner, AssigneeRole role) {
        return all.getOrDefault(owner, Map.of()).getOrDefault(role, new ArrayList<>());
    }
}
