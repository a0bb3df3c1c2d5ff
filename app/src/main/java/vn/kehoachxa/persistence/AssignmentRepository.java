package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNMENT_ITEM;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssigneeRole;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.persistence.jooq.tables.records.AssignmentItemRecord;
import vn.kehoachxa.persistence.jooq.tables.records.ItemGroupRecord;

/** Rows of the target matrix (Phụ lục 1) and the task matrix (Phụ lục 2), with sub-rows and groups. */
public final class AssignmentRepository {
    private final DSLContext dsl;
    private final AssigneeRepository assignees;
    private final GroupRepository groups;

    AssignmentRepository(DSLContext dsl, AssigneeRepository assignees) {
        this.dsl = dsl;
        this.assignees = assignees;
        this.groups = new GroupRepository(dsl);
    }

    /** The matrix's groups with their rows and sub-rows, in printed order. */
    public List<AssignmentGroup> groups(long planId, TableKind matrix) {
        requireMatrix(matrix);
        Map<Long, String> codes = new HashMap<>();
        dsl.select(INDICATOR.ID, INDICATOR.CODE).from(INDICATOR).where(INDICATOR.PLAN_ID.eq(planId))
                .forEach(r -> codes.put(r.value1(), r.value2()));
        List<AssignmentGroup> out = new ArrayList<>();
        Map<Long, Map<AssigneeRole, List<Assignee>>> people = assignees.ofItemsOfPlan(planId);
        for (ItemGroupRecord g : groups.groups(planId, matrix)) {
            Map<Long, List<AssignmentItemRecord>> byParent = new HashMap<>();
            for (AssignmentItemRecord r : dsl.selectFrom(ASSIGNMENT_ITEM).where(ASSIGNMENT_ITEM.GROUP_ID.eq(g.getId()))
                    .orderBy(ASSIGNMENT_ITEM.POSITION).fetch()) {
                byParent.computeIfAbsent(r.getParentId(), k -> new ArrayList<>()).add(r);
            }
            out.add(new AssignmentGroup(g.getId(), g.getLabel(), g.getTitle(), build(null, byParent, codes, people)));
        }
        return out;
    }

    private List<AssignmentItem> build(Long parentId, Map<Long, List<AssignmentItemRecord>> byParent,
                                       Map<Long, String> codes, Map<Long, Map<AssigneeRole, List<Assignee>>> people) {
        List<AssignmentItem> out = new ArrayList<>();
        for (AssignmentItemRecord r : byParent.getOrDefault(parentId, List.of())) {
            out.add(new AssignmentItem(r.getId(), r.getNumberLabel(), r.getContent(), codes.get(r.getIndicatorId()),
                    AssigneeRepository.of(people, r.getId(), AssigneeRole.LEAD),
                    AssigneeRepository.of(people, r.getId(), AssigneeRole.COOPERATING),
                    GroupRepository.deadline(r.getDeadlineKind(), r.getDeadlineText(), r.getDeadlineYear(),
                            r.getDeadlineEndYear(), r.getDeadlineMonth(), r.getDeadlineDay()),
                    r.getExpectedProduct(), build(r.getId(), byParent, codes, people)));
        }
        return out;
    }

    /**
     * Appends the groups and their rows to the plan's matrix. The groups are new, so their rows are numbered as they
     * come, and the plan's indicator codes and unit names are read once: each row costs the same few inserts however
     * large the plan (decision 0041), where reading a row's siblings to number it made a plan's import grow with the
     * square of its rows.
     */
    public void insertGroups(long planId, TableKind matrix, List<AssignmentGroup> matrixGroups) {
        Bulk bulk = new Bulk(indicatorCodes(planId), new UnitLookup(UnitRepository.forPlan(dsl, planId)));
        for (AssignmentGroup g : matrixGroups) {
            ItemGroupRecord group = groups.load(addGroup(planId, matrix, g.label(), g.title()));
            int position = 1;
            for (AssignmentItem item : g.items()) {
                insert(group, null, position++, item, bulk);
            }
        }
    }

    /** What a bulk insert reads once: the plan's indicator ids by code, and its units by name. */
    private record Bulk(Map<String, Long> indicatorIds, UnitLookup units) {
    }

    /** Adds an empty group at the end of the matrix; returns its id. */
    public long addGroup(long planId, TableKind matrix, String label, String title) {
        requireMatrix(matrix);
        return groups.add(planId, matrix, label, title);
    }

    /** Renames a group. */
    public void updateGroup(long groupId, String label, String title) {
        groups.update(groupId, label, title);
    }

    /** Moves a group up (-1) or down (+1); false at either end. */
    public boolean moveGroup(long groupId, int delta) {
        return groups.move(groupId, delta);
    }

    /** Appends a row (with its sub-rows) to a group, or under {@code parentId}; returns its id. */
    public long add(long groupId, Long parentId, AssignmentItem item) {
        ItemGroupRecord group = groups.load(groupId);
        return insert(group, parentId, siblings(groupId, parentId).size() + 1, item, null);
    }

    /** Inserts a row at {@code position} with its sub-rows (a bulk insert's when {@code bulk} is not null). */
    private long insert(ItemGroupRecord group, Long parentId, int position, AssignmentItem item, Bulk bulk) {
        AssignmentItemRecord rec = dsl.newRecord(ASSIGNMENT_ITEM).setPlanId(group.getPlanId())
                .setMatrix(matrixCode(TableKind.valueOf(group.getTableKind()))).setGroupId(group.getId())
                .setParentId(parentId).setPosition(position);
        fill(rec, item, bulk == null ? indicatorId(group.getPlanId(), item.indicatorCode())
                : indicatorId(bulk.indicatorIds(), item.indicatorCode()));
        rec.store();
        if (bulk == null) {
            writeAssignees(rec.getId(), item);
        } else {
            assignees.insertForItem(rec.getId(), AssigneeRole.LEAD, item.leads(), bulk.units());
            assignees.insertForItem(rec.getId(), AssigneeRole.COOPERATING, item.cooperating(), bulk.units());
        }
        // The sub-rows of a new row are new too: numbered as they come, whatever the kind of insert.
        int childPosition = 1;
        for (AssignmentItem child : item.children()) {
            insert(group, rec.getId(), childPosition++, child, bulk);
        }
        return rec.getId();
    }

    /** Saves a row's own fields and assignees (not its sub-rows). */
    public void update(long itemId, AssignmentItem item) {
        AssignmentItemRecord rec = load(itemId);
        fill(rec, item, indicatorId(rec.getPlanId(), item.indicatorCode()));
        rec.setUpdatedAt(Audit.now()).store();
        writeAssignees(itemId, item);
    }

    /** Moves a row up (-1) or down (+1) among its siblings; false at either end. */
    public boolean move(long itemId, int delta) {
        AssignmentItemRecord rec = load(itemId);
        return Positions.move(dsl, ASSIGNMENT_ITEM, ASSIGNMENT_ITEM.ID, ASSIGNMENT_ITEM.POSITION,
                siblings(rec.getGroupId(), rec.getParentId()), itemId, delta);
    }

    /** One row with its sub-rows. */
    public AssignmentItem get(long itemId) {
        AssignmentItemRecord rec = load(itemId);
        return groups(rec.getPlanId(), rec.getMatrix().equals("TARGET") ? TableKind.TARGET_MATRIX
                : TableKind.TASK_MATRIX).stream().flatMap(g -> g.items().stream())
                .flatMap(AssignmentRepository::withChildren).filter(i -> i.id() == itemId).findFirst()
                .orElseThrow();
    }

    private static Stream<AssignmentItem> withChildren(AssignmentItem i) {
        return Stream.concat(Stream.of(i),
                i.children().stream().flatMap(AssignmentRepository::withChildren));
    }

    private void writeAssignees(long itemId, AssignmentItem item) {
        assignees.replaceForItem(itemId, AssigneeRole.LEAD, item.leads());
        assignees.replaceForItem(itemId, AssigneeRole.COOPERATING, item.cooperating());
    }

    /** The id of the plan's indicator {@code code} names (null for none); a code the plan lacks is refused. */
    private Long indicatorId(long planId, String code) {
        if (code == null) {
            return null;
        }
        return dsl.select(INDICATOR.ID).from(INDICATOR).where(INDICATOR.PLAN_ID.eq(planId), INDICATOR.CODE.eq(code))
                .fetchOptional(INDICATOR.ID).orElseThrow(() -> unknownIndicator(code));
    }

    private static Long indicatorId(Map<String, Long> ids, String code) {
        if (code == null) {
            return null;
        }
        Long id = ids.get(code);
        if (id == null) {
            throw unknownIndicator(code);
        }
        return id;
    }

    private static DomainException unknownIndicator(String code) {
        return new DomainException(Texts.get("assignment.unknownIndicator", code));
    }

    private Map<String, Long> indicatorCodes(long planId) {
        Map<String, Long> ids = new HashMap<>();
        dsl.select(INDICATOR.CODE, INDICATOR.ID).from(INDICATOR)
                .where(INDICATOR.PLAN_ID.eq(planId), INDICATOR.CODE.isNotNull())
                .forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    private void fill(AssignmentItemRecord rec, AssignmentItem item, Long indicatorId) {
        Deadline d = item.deadline();
        rec.setNumberLabel(item.numberLabel()).setContent(item.content()).setIndicatorId(indicatorId)
                .setDeadlineKind(d == null ? null : d.kind().name())
                .setDeadlineText(d == null ? null : d.originalText())
                .setDeadlineYear(d == null ? null : d.year()).setDeadlineEndYear(d == null ? null : d.endYear())
                .setDeadlineMonth(d == null ? null : d.month()).setDeadlineDay(d == null ? null : d.day()).setExpectedProduct(item.expectedProduct())
                .setUpdatedBy(Audit.user());
    }

    private List<Long> siblings(long groupId, Long parentId) {
        return new ArrayList<>(dsl.select(ASSIGNMENT_ITEM.ID).from(ASSIGNMENT_ITEM)
                .where(ASSIGNMENT_ITEM.GROUP_ID.eq(groupId), parentId == null ? ASSIGNMENT_ITEM.PARENT_ID.isNull()
                        : ASSIGNMENT_ITEM.PARENT_ID.eq(parentId))
                .orderBy(ASSIGNMENT_ITEM.POSITION).fetch(ASSIGNMENT_ITEM.ID));
    }

    private AssignmentItemRecord load(long itemId) {
        AssignmentItemRecord rec = dsl.fetchOne(ASSIGNMENT_ITEM, ASSIGNMENT_ITEM.ID.eq(itemId));
        if (rec == null) {
            throw new DomainException(Texts.get("assignment.notFound", itemId));
        }
        return rec;
    }

    private static void requireMatrix(TableKind kind) {
        if (kind == TableKind.INDICATORS) {
            throw new IllegalArgumentException("not a matrix: " + kind);
        }
    }

    private static String matrixCode(TableKind kind) {
        requireMatrix(kind);
        return kind == TableKind.TARGET_MATRIX ? "TARGET" : "TASK";
    }
}
