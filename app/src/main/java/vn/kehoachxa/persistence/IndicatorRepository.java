package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR;
import static vn.kehoachxa.persistence.jooq.Tables.INDICATOR_TARGET;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssigneeRole;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.Direction;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.RelativeChange;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.persistence.jooq.tables.records.IndicatorRecord;
import vn.kehoachxa.persistence.jooq.tables.records.ItemGroupRecord;

/** Indicators (chỉ tiêu) with their targets, assignees and groups. */
public final class IndicatorRepository {
    private final DSLContext dsl;
    private final AssigneeRepository assignees;
    private final GroupRepository groups;

    IndicatorRepository(DSLContext dsl, AssigneeRepository assignees) {
        this.dsl = dsl;
        this.assignees = assignees;
        this.groups = new GroupRepository(dsl);
    }

    /** The plan's indicator groups with their indicators, in printed order. */
    public List<IndicatorGroup> groups(long planId) {
        List<IndicatorGroup> out = new ArrayList<>();
        // Targets and assignees of all the plan's indicators in one query each, not three queries per indicator.
        Map<Long, List<IndicatorTarget>> targets = targets(INDICATOR_TARGET.INDICATOR_ID.in(
                DSL.select(INDICATOR.ID).from(INDICATOR).where(INDICATOR.PLAN_ID.eq(planId))));
        Map<Long, Map<AssigneeRole, List<Assignee>>> people = assignees.ofIndicatorsOfPlan(planId);
        for (ItemGroupRecord g : groups.groups(planId, TableKind.INDICATORS)) {
            List<Indicator> indicators = dsl.selectFrom(INDICATOR).where(INDICATOR.GROUP_ID.eq(g.getId()))
                    .orderBy(INDICATOR.POSITION).fetch(r -> toIndicator(r,
                            targets.getOrDefault(r.getId(), new ArrayList<>()),
                            AssigneeRepository.of(people, r.getId(), AssigneeRole.LEAD),
                            AssigneeRepository.of(people, r.getId(), AssigneeRole.COOPERATING)));
            out.add(new IndicatorGroup(g.getId(), g.getLabel(), g.getTitle(), indicators));
        }
        return out;
    }

    /**
     * Appends the groups and their indicators to the plan. The groups are new, so their indicators are numbered as
     * they come and the unit names are looked up once: each indicator costs the same few inserts however large the
     * plan (decision 0041), where counting a group's indicators to number the next made an import grow with the
     * square of its indicators.
     */
    public void insertGroups(long planId, List<IndicatorGroup> indicatorGroups) {
        UnitLookup units = new UnitLookup(UnitRepository.forPlan(dsl, planId));
        for (IndicatorGroup g : indicatorGroups) {
            long groupId = addGroup(planId, g.label(), g.title());
            int position = 1;
            for (Indicator i : g.indicators()) {
                long id = insert(planId, groupId, position++, i);
                writeTargets(id, i);
                assignees.insertForIndicator(id, AssigneeRole.LEAD, i.leads(), units);
                assignees.insertForIndicator(id, AssigneeRole.COOPERATING, i.cooperating(), units);
            }
        }
    }

    /** Adds an empty group at the end; returns its id. */
    public long addGroup(long planId, String label, String title) {
        return groups.add(planId, TableKind.INDICATORS, label, title);
    }

    /** Renames a group. */
    public void updateGroup(long groupId, String label, String title) {
        groups.update(groupId, label, title);
    }

    /** Moves a group up (-1) or down (+1); false at either end. */
    public boolean moveGroup(long groupId, int delta) {
        return groups.move(groupId, delta);
    }

    /** Appends an indicator to a group; returns its id. */
    public long add(long groupId, Indicator indicator) {
        ItemGroupRecord group = groups.load(groupId);
        long id = insert(group.getPlanId(), groupId, dsl.fetchCount(INDICATOR, INDICATOR.GROUP_ID.eq(groupId)) + 1,
                indicator);
        writeChildren(id, indicator);
        return id;
    }

    private long insert(long planId, long groupId, int position, Indicator indicator) {
        IndicatorRecord rec = dsl.newRecord(INDICATOR).setPlanId(planId).setGroupId(groupId).setPosition(position);
        fill(rec, indicator);
        rec.store();
        return rec.getId();
    }

    /** Saves every field of an indicator, its targets and assignees. */
    public void update(long indicatorId, Indicator indicator) {
        IndicatorRecord rec = load(indicatorId);
        fill(rec, indicator);
        rec.setUpdatedAt(Audit.now()).store();
        writeChildren(indicatorId, indicator);
    }

    /** Moves an indicator up (-1) or down (+1) within its group; false at either end. */
    public boolean move(long indicatorId, int delta) {
        IndicatorRecord rec = load(indicatorId);
        return Positions.move(dsl, INDICATOR, INDICATOR.ID, INDICATOR.POSITION, siblings(rec.getGroupId()),
                indicatorId, delta);
    }

    private List<Long> siblings(long groupId) {
        return dsl.select(INDICATOR.ID).from(INDICATOR).where(INDICATOR.GROUP_ID.eq(groupId))
                .orderBy(INDICATOR.POSITION).fetch(INDICATOR.ID);
    }

    /** The id of the plan's indicator with this code. */
    public Optional<Long> idByCode(long planId, String code) {
        return dsl.select(INDICATOR.ID).from(INDICATOR).where(INDICATOR.PLAN_ID.eq(planId), INDICATOR.CODE.eq(code))
                .fetchOptional(INDICATOR.ID);
    }

    /** The code of the indicator with this id. */
    public String codeOf(long indicatorId) {
        return load(indicatorId).getCode();
    }

    /** One indicator. */
    public Indicator get(long indicatorId) {
        return toIndicator(load(indicatorId));
    }

    private void writeChildren(long indicatorId, Indicator indicator) {
        dsl.deleteFrom(INDICATOR_TARGET).where(INDICATOR_TARGET.INDICATOR_ID.eq(indicatorId)).execute();
        writeTargets(indicatorId, indicator);
        assignees.replaceForIndicator(indicatorId, AssigneeRole.LEAD, indicator.leads());
        assignees.replaceForIndicator(indicatorId, AssigneeRole.COOPERATING, indicator.cooperating());
    }

    private void writeTargets(long indicatorId, Indicator indicator) {
        int position = 1;
        for (IndicatorTarget t : indicator.targets()) {
            dsl.insertInto(INDICATOR_TARGET).set(INDICATOR_TARGET.INDICATOR_ID, indicatorId)
                    .set(INDICATOR_TARGET.POSITION, position++).set(INDICATOR_TARGET.TARGET_YEAR, t.year())
                    .set(INDICATOR_TARGET.KIND, t.kind().name())
                    .set(INDICATOR_TARGET.COMPARATOR, t.comparator() == null ? null : t.comparator().name())
                    .set(INDICATOR_TARGET.TARGET_VALUE, t.value()).set(INDICATOR_TARGET.UPPER_VALUE, t.upperValue())
                    .set(INDICATOR_TARGET.QUALITATIVE_TEXT, t.qualitativeText())
                    .set(INDICATOR_TARGET.ORIGINAL_TEXT, t.originalText())
                    .set(INDICATOR_TARGET.RELATIVE_CHANGE, t.change() == null ? null : t.change().name())
                    .set(INDICATOR_TARGET.BASELINE_VALUE, t.baselineValue())
                    .set(INDICATOR_TARGET.BASELINE_YEAR, t.baselineYear())
                    .set(INDICATOR_TARGET.UPDATED_BY, Audit.user()).execute();
        }
    }

    private static void fill(IndicatorRecord rec, Indicator i) {
        Deadline d = i.deadline();
        rec.setCode(i.code()).setNumberLabel(i.numberLabel()).setName(i.name()).setUnitOfMeasure(i.unitOfMeasure())
                .setBaselineValue(i.baselineValue()).setBaselineYear(i.baselineYear()).setNote(i.note())
                .setDirection(i.direction().name())
                .setDeadlineKind(d == null ? null : d.kind().name())
                .setDeadlineText(d == null ? null : d.originalText())
                .setDeadlineYear(d == null ? null : d.year()).setDeadlineEndYear(d == null ? null : d.endYear())
                .setDeadlineMonth(d == null ? null : d.month()).setDeadlineDay(d == null ? null : d.day()).setUpdatedBy(Audit.user());
    }

    private Indicator toIndicator(IndicatorRecord r) {
        return toIndicator(r, targets(INDICATOR_TARGET.INDICATOR_ID.eq(r.getId())).getOrDefault(r.getId(),
                        new ArrayList<>()), assignees.ofIndicator(r.getId(), AssigneeRole.LEAD),
                assignees.ofIndicator(r.getId(), AssigneeRole.COOPERATING));
    }

    /** The targets of the indicators {@code which} selects: indicator id → targets in position order. */
    private Map<Long, List<IndicatorTarget>> targets(Condition which) {
        Map<Long, List<IndicatorTarget>> out = new HashMap<>();
        dsl.selectFrom(INDICATOR_TARGET).where(which)
                .orderBy(INDICATOR_TARGET.INDICATOR_ID, INDICATOR_TARGET.POSITION)
                .forEach(t -> out.computeIfAbsent(t.getIndicatorId(), k -> new ArrayList<>())
                        .add(new IndicatorTarget(t.getTargetYear(), TargetKind.valueOf(t.getKind()),
                        t.getComparator() == null ? null : Comparator.valueOf(t.getComparator()),
                        strip(t.getTargetValue()), strip(t.getUpperValue()),
                        t.getQualitativeText(), t.getOriginalText(),
                        t.getRelativeChange() == null ? null : RelativeChange.valueOf(t.getRelativeChange()),
                        strip(t.getBaselineValue()), t.getBaselineYear())));
        return out;
    }

    private static Indicator toIndicator(IndicatorRecord r, List<IndicatorTarget> targets, List<Assignee> leads,
                                         List<Assignee> cooperating) {
        return new Indicator(r.getId(), r.getCode(), r.getNumberLabel(), r.getName(), r.getUnitOfMeasure(),
                strip(r.getBaselineValue()), r.getBaselineYear(), targets, r.getNote(),
                Direction.valueOf(r.getDirection()), leads, cooperating,
                GroupRepository.deadline(r.getDeadlineKind(), r.getDeadlineText(), r.getDeadlineYear(),
                        r.getDeadlineEndYear(), r.getDeadlineMonth(), r.getDeadlineDay()));
    }

    /** DECIMAL(20,6) comes back as 97.000000; the domain compares by value, but files and screens want 97. */
    static BigDecimal strip(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private IndicatorRecord load(long indicatorId) {
        IndicatorRecord rec = dsl.fetchOne(INDICATOR, INDICATOR.ID.eq(indicatorId));
        if (rec == null) {
            throw new DomainException(Texts.get("indicator.notFound", indicatorId));
        }
        return rec;
    }
}
