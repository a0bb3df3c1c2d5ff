package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNEE;
import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNMENT_ITEM;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR_RESULT;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR_TARGET;
import static vn.kehoachxa.persistence.jooq.Tables.ITEM_GROUP;
import static vn.kehoachxa.persistence.jooq.Tables.TARGET_VERDICT;
import static vn.kehoachxa.persistence.jooq.Tables.TASK_PROGRESS;
import static vn.kehoachxa.persistence.jooq.Tables.UNIT_SUBMISSION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.edit.Reported;
import vn.kehoachxa.persistence.jooq.tables.records.AssignmentItemRecord;
import vn.kehoachxa.persistence.jooq.tables.records.IndicatorRecord;
import vn.kehoachxa.persistence.jooq.tables.records.ItemGroupRecord;

/**
 * Deletes of indicators, matrix rows and groups that keep what they took away ({@link Removal}), and the restore
 * that puts it back with the same ids. Reported results and progress are deleted here explicitly and counted, never
 * left to a foreign-key cascade, so the caller always knows what went.
 */
public final class Removals {
    private static final List<Table<?>> TABLES = List.of(ITEM_GROUP, INDICATOR, INDICATOR_TARGET, ASSIGNMENT_ITEM,
            ASSIGNEE, INDICATOR_RESULT, TASK_PROGRESS, TARGET_VERDICT);

    private final DSLContext dsl;

    Removals(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What the units reported on an indicator. */
    public Reported reportedOnIndicator(long indicatorId) {
        return reported(INDICATOR_RESULT.SUBMISSION_ID, INDICATOR_RESULT.INDICATOR_ID.eq(indicatorId));
    }

    /** What the units reported on the indicators of a group. */
    public Reported reportedOnIndicatorGroup(long groupId) {
        return reported(INDICATOR_RESULT.SUBMISSION_ID, INDICATOR_RESULT.INDICATOR_ID.in(indicatorsOf(groupId)));
    }

    /** What the units reported on a matrix row and its sub-rows. */
    public Reported reportedOnItem(long itemId) {
        return reported(TASK_PROGRESS.SUBMISSION_ID, TASK_PROGRESS.ITEM_ID.in(subtree(List.of(itemId))));
    }

    /** What the units reported on the rows of a matrix group. */
    public Reported reportedOnItemGroup(long groupId) {
        return reported(TASK_PROGRESS.SUBMISSION_ID, TASK_PROGRESS.ITEM_ID.in(subtree(topItemsOf(groupId))));
    }

    /** Deletes an indicator with its targets, assignees and results; returns all of it. */
    public Removal removeIndicator(long indicatorId) {
        IndicatorRecord rec = dsl.fetchOne(INDICATOR, INDICATOR.ID.eq(indicatorId));
        if (rec == null) {
            throw new DomainException(Texts.get("indicator.notFound", indicatorId));
        }
        Reported reported = reportedOnIndicator(indicatorId);
        List<Removal.TableRows> rows = new ArrayList<>();
        Map<Long, Long> links = indicatorRows(List.of(indicatorId), rows);
        deleteIndicators(List.of(indicatorId));
        Positions.reorder(dsl, INDICATOR, INDICATOR.ID, INDICATOR.POSITION, indicatorSiblings(rec.getGroupId()));
        return new Removal(Removal.Kind.INDICATOR, indicatorId, rec.getPosition(), reported, rows, links);
    }

    /** Deletes an indicator group with its indicators and everything on them; returns all of it. */
    public Removal removeIndicatorGroup(long groupId) {
        ItemGroupRecord group = group(groupId);
        Reported reported = reportedOnIndicatorGroup(groupId);
        List<Removal.TableRows> rows = new ArrayList<>();
        rows.add(rowsOf(ITEM_GROUP, ITEM_GROUP.ID.eq(groupId)));
        List<Long> ids = indicatorsOf(groupId);
        Map<Long, Long> links = indicatorRows(ids, rows);
        deleteIndicators(ids);
        deleteGroup(group);
        return new Removal(Removal.Kind.INDICATOR_GROUP, groupId, group.getPosition(), reported, rows, links);
    }

    /** Deletes a matrix row with its sub-rows, assignees and progress; returns all of it. */
    public Removal removeItem(long itemId) {
        AssignmentItemRecord rec = dsl.fetchOne(ASSIGNMENT_ITEM, ASSIGNMENT_ITEM.ID.eq(itemId));
        if (rec == null) {
            throw new DomainException(Texts.get("assignment.notFound", itemId));
        }
        Reported reported = reportedOnItem(itemId);
        List<Removal.TableRows> rows = new ArrayList<>();
        List<Long> ids = subtree(List.of(itemId));
        itemRows(ids, rows);
        deleteItems(ids);
        Positions.reorder(dsl, ASSIGNMENT_ITEM, ASSIGNMENT_ITEM.ID, ASSIGNMENT_ITEM.POSITION,
                itemSiblings(rec.getGroupId(), rec.getParentId()));
        return new Removal(Removal.Kind.ITEM, itemId, rec.getPosition(), reported, rows, Map.of());
    }

    /** Deletes a matrix group with its rows and everything on them; returns all of it. */
    public Removal removeItemGroup(long groupId) {
        ItemGroupRecord group = group(groupId);
        Reported reported = reportedOnItemGroup(groupId);
        List<Removal.TableRows> rows = new ArrayList<>();
        rows.add(rowsOf(ITEM_GROUP, ITEM_GROUP.ID.eq(groupId)));
        List<Long> ids = subtree(topItemsOf(groupId));
        itemRows(ids, rows);
        deleteItems(ids);
        deleteGroup(group);
        return new Removal(Removal.Kind.ITEM_GROUP, groupId, group.getPosition(), reported, rows, Map.of());
    }

    /**
     * Puts back what {@code removal} took away, with the same ids, at the place it had among its siblings. A matrix
     * row whose linked indicator has since gone comes back without the link.
     */
    public void restore(Removal removal) {
        boolean first = true;
        for (Removal.TableRows tableRows : removal.rows()) {
            Table<?> table = table(tableRows.table());
            for (Map<String, Object> row : tableRows.rows()) {
                Map<String, Object> values = new HashMap<>(row);
                if (first) {
                    // The deleted row itself goes in at a free place first; its siblings are renumbered below.
                    values.put("POSITION", (int) -removal.id());
                    first = false;
                }
                if (table == ASSIGNMENT_ITEM && values.get("INDICATOR_ID") instanceof Long linked
                        && !dsl.fetchExists(INDICATOR, INDICATOR.ID.eq(linked))) {
                    values.put("INDICATOR_ID", null);
                }
                insert(dsl, table, values);
            }
        }
        removal.indicatorLinks().forEach((item, indicator) -> dsl.update(ASSIGNMENT_ITEM)
                .set(ASSIGNMENT_ITEM.INDICATOR_ID, indicator).where(ASSIGNMENT_ITEM.ID.eq(item)).execute());
        placeBack(removal);
    }

    /** Inserts one stored row as it was, its id and audit columns included. */
    static <R extends Record> void insert(DSLContext dsl, Table<R> table, Map<String, Object> values) {
        R rec = dsl.newRecord(table);
        rec.fromMap(values);
        for (Field<?> f : table.fields()) {
            rec.changed(f, values.containsKey(f.getName()));
        }
        dsl.insertInto(table).set(rec).execute();
    }

    private void placeBack(Removal removal) {
        long id = removal.id();
        switch (removal.kind()) {
            case INDICATOR -> {
                long groupId = dsl.select(INDICATOR.GROUP_ID).from(INDICATOR).where(INDICATOR.ID.eq(id))
                        .fetchSingle(INDICATOR.GROUP_ID);
                reorderWith(INDICATOR, INDICATOR.ID, INDICATOR.POSITION, indicatorSiblings(groupId), removal);
            }
            case ITEM -> {
                AssignmentItemRecord rec = dsl.fetchSingle(ASSIGNMENT_ITEM, ASSIGNMENT_ITEM.ID.eq(id));
                reorderWith(ASSIGNMENT_ITEM, ASSIGNMENT_ITEM.ID, ASSIGNMENT_ITEM.POSITION,
                        itemSiblings(rec.getGroupId(), rec.getParentId()), removal);
            }
            case INDICATOR_GROUP, ITEM_GROUP -> {
                ItemGroupRecord rec = group(id);
                reorderWith(ITEM_GROUP, ITEM_GROUP.ID, ITEM_GROUP.POSITION,
                        groupSiblings(rec.getPlanId(), rec.getTableKind()), removal);
            }
        }
    }

    private <R extends TableRecord<R>> void reorderWith(Table<R> table, Field<Long> id, Field<Integer> position,
                                                        List<Long> siblings, Removal removal) {
        List<Long> ids = new ArrayList<>(siblings);
        ids.remove(removal.id());
        ids.add(Math.clamp(removal.position() - 1, 0, ids.size()), removal.id());
        Positions.reorder(dsl, table, id, position, ids);
    }

    private Reported reported(TableField<?, Long> submission, Condition which) {
        var row = dsl.select(DSL.count(), DSL.countDistinct(UNIT_SUBMISSION.UNIT_ID),
                        DSL.countDistinct(UNIT_SUBMISSION.PERIOD_ID))
                .from(submission.getTable()).join(UNIT_SUBMISSION).on(UNIT_SUBMISSION.ID.eq(submission))
                .where(which).fetchSingle();
        return new Reported(row.value1(), row.value2(), row.value3());
    }

    /** Adds the rows of these indicators (and what hangs off them) to {@code rows}; returns the matrix links. */
    private Map<Long, Long> indicatorRows(List<Long> ids, List<Removal.TableRows> rows) {
        rows.add(rowsOf(INDICATOR, INDICATOR.ID.in(ids), INDICATOR.POSITION));
        rows.add(rowsOf(INDICATOR_TARGET, INDICATOR_TARGET.INDICATOR_ID.in(ids), INDICATOR_TARGET.ID));
        rows.add(rowsOf(ASSIGNEE, ASSIGNEE.INDICATOR_ID.in(ids), ASSIGNEE.ID));
        rows.add(rowsOf(INDICATOR_RESULT, INDICATOR_RESULT.INDICATOR_ID.in(ids), INDICATOR_RESULT.ID));
        rows.add(rowsOf(TARGET_VERDICT, TARGET_VERDICT.INDICATOR_ID.in(ids), TARGET_VERDICT.ID));
        Map<Long, Long> links = new LinkedHashMap<>();
        dsl.select(ASSIGNMENT_ITEM.ID, ASSIGNMENT_ITEM.INDICATOR_ID).from(ASSIGNMENT_ITEM)
                .where(ASSIGNMENT_ITEM.INDICATOR_ID.in(ids)).orderBy(ASSIGNMENT_ITEM.ID)
                .forEach(r -> links.put(r.value1(), r.value2()));
        return links;
    }

    private void itemRows(List<Long> ids, List<Removal.TableRows> rows) {
        Map<Long, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> row : rowsOf(ASSIGNMENT_ITEM, ASSIGNMENT_ITEM.ID.in(ids)).rows()) {
            byId.put((Long) row.get("ID"), row);
        }
        // Parents before children: subtree() lists them breadth first.
        rows.add(new Removal.TableRows(ASSIGNMENT_ITEM.getName(), ids.stream().map(byId::get).toList()));
        rows.add(rowsOf(ASSIGNEE, ASSIGNEE.ITEM_ID.in(ids), ASSIGNEE.ID));
        rows.add(rowsOf(TASK_PROGRESS, TASK_PROGRESS.ITEM_ID.in(ids), TASK_PROGRESS.ID));
    }

    private Removal.TableRows rowsOf(Table<?> table, Condition which, Field<?>... order) {
        return new Removal.TableRows(table.getName(), dsl.selectFrom(table).where(which).orderBy(order).fetch()
                .stream().map(Removals::values).toList());
    }

    /** A stored row as column name → value. */
    static Map<String, Object> values(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field<?> f : r.fields()) {
            out.put(f.getName(), r.get(f));
        }
        return out;
    }

    private void deleteIndicators(List<Long> ids) {
        dsl.deleteFrom(INDICATOR_RESULT).where(INDICATOR_RESULT.INDICATOR_ID.in(ids)).execute();
        dsl.deleteFrom(TARGET_VERDICT).where(TARGET_VERDICT.INDICATOR_ID.in(ids)).execute();
        dsl.deleteFrom(ASSIGNEE).where(ASSIGNEE.INDICATOR_ID.in(ids)).execute();
        dsl.deleteFrom(INDICATOR_TARGET).where(INDICATOR_TARGET.INDICATOR_ID.in(ids)).execute();
        dsl.update(ASSIGNMENT_ITEM).set(ASSIGNMENT_ITEM.INDICATOR_ID, (Long) null)
                .where(ASSIGNMENT_ITEM.INDICATOR_ID.in(ids)).execute();
        dsl.deleteFrom(INDICATOR).where(INDICATOR.ID.in(ids)).execute();
    }

    private void deleteItems(List<Long> ids) {
        dsl.deleteFrom(TASK_PROGRESS).where(TASK_PROGRESS.ITEM_ID.in(ids)).execute();
        dsl.deleteFrom(ASSIGNEE).where(ASSIGNEE.ITEM_ID.in(ids)).execute();
        for (Long id : ids.reversed()) {
            dsl.deleteFrom(ASSIGNMENT_ITEM).where(ASSIGNMENT_ITEM.ID.eq(id)).execute();
        }
    }

    private void deleteGroup(ItemGroupRecord group) {
        dsl.deleteFrom(ITEM_GROUP).where(ITEM_GROUP.ID.eq(group.getId())).execute();
        Positions.reorder(dsl, ITEM_GROUP, ITEM_GROUP.ID, ITEM_GROUP.POSITION,
                groupSiblings(group.getPlanId(), group.getTableKind()));
    }

    /** The rows and all their sub-rows, breadth first (parents before children). */
    private List<Long> subtree(List<Long> roots) {
        List<Long> out = new ArrayList<>(roots);
        List<Long> level = roots;
        while (!level.isEmpty()) {
            level = dsl.select(ASSIGNMENT_ITEM.ID).from(ASSIGNMENT_ITEM).where(ASSIGNMENT_ITEM.PARENT_ID.in(level))
                    .orderBy(ASSIGNMENT_ITEM.PARENT_ID, ASSIGNMENT_ITEM.POSITION).fetch(ASSIGNMENT_ITEM.ID);
            out.addAll(level);
        }
        return out;
    }

    private List<Long> topItemsOf(long groupId) {
        return itemSiblings(groupId, null);
    }

    private List<Long> indicatorsOf(long groupId) {
        return indicatorSiblings(groupId);
    }

    private List<Long> indicatorSiblings(long groupId) {
        return dsl.select(INDICATOR.ID).from(INDICATOR).where(INDICATOR.GROUP_ID.eq(groupId))
                .orderBy(INDICATOR.POSITION).fetch(INDICATOR.ID);
    }

    private List<Long> itemSiblings(long groupId, Long parentId) {
        return dsl.select(ASSIGNMENT_ITEM.ID).from(ASSIGNMENT_ITEM)
                .where(ASSIGNMENT_ITEM.GROUP_ID.eq(groupId), parentId == null ? ASSIGNMENT_ITEM.PARENT_ID.isNull()
                        : ASSIGNMENT_ITEM.PARENT_ID.eq(parentId))
                .orderBy(ASSIGNMENT_ITEM.POSITION).fetch(ASSIGNMENT_ITEM.ID);
    }

    private List<Long> groupSiblings(long planId, String tableKind) {
        return dsl.select(ITEM_GROUP.ID).from(ITEM_GROUP)
                .where(ITEM_GROUP.PLAN_ID.eq(planId), ITEM_GROUP.TABLE_KIND.eq(tableKind))
                .orderBy(ITEM_GROUP.POSITION).fetch(ITEM_GROUP.ID);
    }

    private ItemGroupRecord group(long groupId) {
        ItemGroupRecord rec = dsl.fetchOne(ITEM_GROUP, ITEM_GROUP.ID.eq(groupId));
        if (rec == null) {
            throw new DomainException(Texts.get("group.notFound", groupId));
        }
        return rec;
    }

    private static Table<?> table(String name) {
        return TABLES.stream().filter(t -> t.getName().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a restorable table: " + name));
    }
}
