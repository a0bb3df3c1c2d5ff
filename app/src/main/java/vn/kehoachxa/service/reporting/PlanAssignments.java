package vn.kehoachxa.service.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.kehoachxa.domain.plan.AssigneeRole;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.persistence.ReportingCycleRepository.Assignment;

/**
 * Who reports on what in a plan (phân công báo cáo): every unit that leads or cooperates on a matrix row, or leads
 * an indicator, must report. An indicator without lead units of its own is led by the lead units of the target
 * rows that name it (Mường La lists its indicators without units and assigns them through Phụ lục 1).
 */
public final class PlanAssignments {
    private final PlanDocument doc;
    private final RowNumbers numbers;
    private final Map<Long, Unit> units = new LinkedHashMap<>();
    private final Map<Long, AssignedItem> items = new LinkedHashMap<>();
    private final Map<Long, List<Assignment>> byItem = new LinkedHashMap<>();
    private final Map<Long, List<Long>> indicatorLeads = new LinkedHashMap<>();
    private final Map<Long, Indicator> indicatorsById = new HashMap<>();
    /** {@link #forUnit} answers, kept: a batch of forms asks once per form, and the plan does not change. */
    private final Map<List<Object>, UnitAssignments> forUnit = new ConcurrentHashMap<>();
    /** Each unit's rows and led indicators in plan order, so {@link #forUnit} need not walk the whole plan. */
    private final Map<Long, List<AssignedItem>> itemsOfUnit = new HashMap<>();
    private final Map<Long, List<Indicator>> indicatorsOfUnit = new HashMap<>();

    /** Who reports on what, from the plan, its unit assignments and the commune's units by id. */
    public PlanAssignments(PlanDocument doc, List<Assignment> assignments, Map<Long, Unit> unitsById) {
        this.doc = doc;
        this.numbers = RowNumbers.of(doc);
        addItems(doc.targetGroups(), TableKind.TARGET_MATRIX);
        addItems(doc.taskGroups(), TableKind.TASK_MATRIX);
        Map<Long, List<Long>> ownLeads = new LinkedHashMap<>();
        for (Assignment a : assignments.stream().sorted(Comparator.comparingInt(Assignment::position)).toList()) {
            if (a.itemId() != null) {
                byItem.computeIfAbsent(a.itemId(), k -> new ArrayList<>()).add(a);
            } else if (a.role() == AssigneeRole.LEAD) {
                ownLeads.computeIfAbsent(a.indicatorId(), k -> new ArrayList<>()).add(a.unitId());
            }
        }
        // The rows naming each indicator, gathered in one pass: looking them up per indicator walked every row once
        // per indicator, the square of the plan's size (decision 0041).
        Map<String, List<AssignedItem>> itemsByCode = new HashMap<>();
        for (AssignedItem i : items.values()) {
            itemsByCode.computeIfAbsent(i.item().indicatorCode(), k -> new ArrayList<>()).add(i);
        }
        for (Indicator indicator : doc.indicators()) {
            indicatorsById.put(indicator.id(), indicator);
            List<Long> leads = ownLeads.getOrDefault(indicator.id(), List.of());
            if (leads.isEmpty()) {
                leads = itemsByCode.getOrDefault(indicator.code(), List.of()).stream()
                        .flatMap(i -> byItem.getOrDefault(i.item().id(), List.of()).stream())
                        .filter(a -> a.role() == AssigneeRole.LEAD).map(Assignment::unitId).distinct().toList();
            }
            indicatorLeads.put(indicator.id(), leads);
        }
        for (AssignedItem i : items.values()) {
            byItem.getOrDefault(i.item().id(), List.of()).stream().map(Assignment::unitId).distinct()
                    .forEach(u -> itemsOfUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(i));
        }
        for (Indicator indicator : doc.indicators()) {
            indicatorLeads.get(indicator.id()).stream().distinct()
                    .forEach(u -> indicatorsOfUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(indicator));
        }
        // Plan order first (the plan's unit list), then any other assigned unit.
        Set<Long> used = new LinkedHashSet<>();
        byItem.values().forEach(list -> list.forEach(a -> used.add(a.unitId())));
        indicatorLeads.values().forEach(used::addAll);
        doc.units().stream().filter(u -> used.contains(u.id())).forEach(u -> units.put(u.id(), u));
        used.stream().filter(id -> !units.containsKey(id)).map(unitsById::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Unit::name)).forEach(u -> units.put(u.id(), u));
    }

    private void addItems(List<AssignmentGroup> groups, TableKind matrix) {
        for (AssignmentGroup g : groups) {
            String title = numbers.heading(g);
            for (AssignmentItem item : PlanDocument.flatten(List.of(g))) {
                items.put(item.id(), new AssignedItem(item, matrix, title.isEmpty() ? null : title, null,
                        numbers.of(item)));
            }
        }
    }

    /** The plan. */
    public PlanDocument document() {
        return doc;
    }

    /** The units that must report, in the plan's order. */
    public List<Unit> reportingUnits() {
        return List.copyOf(units.values());
    }

    /** Every matrix row (target rows, then task rows), sub-rows after their parent. */
    public List<AssignedItem> allItems() {
        return List.copyOf(items.values());
    }

    /** The unit ids leading a matrix row. */
    public List<Long> leadsOfItem(long itemId) {
        return byItem.getOrDefault(itemId, List.of()).stream().filter(a -> a.role() == AssigneeRole.LEAD)
                .map(Assignment::unitId).distinct().toList();
    }

    /** The role of a unit on a row (lead wins when listed both ways), or null. */
    public AssigneeRole roleOn(long itemId, long unitId) {
        List<Assignment> rows = byItem.getOrDefault(itemId, List.of()).stream()
                .filter(a -> a.unitId() == unitId).toList();
        if (rows.isEmpty()) {
            return null;
        }
        return rows.stream().anyMatch(a -> a.role() == AssigneeRole.LEAD) ? AssigneeRole.LEAD
                : AssigneeRole.COOPERATING;
    }

    /**
     * {@link #roleOn} for every row of {@code unitId} at once: row id → role (lead wins), rows it is not on absent.
     * For walking units × rows without a search per pair.
     */
    public Map<Long, AssigneeRole> rolesOf(long unitId) {
        Map<Long, AssigneeRole> roles = new HashMap<>();
        for (AssignedItem i : itemsOfUnit.getOrDefault(unitId, List.of())) {
            roles.put(i.item().id(), roleOn(i.item().id(), unitId));
        }
        return roles;
    }

    /** The unit ids leading an indicator. */
    public List<Long> leadsOfIndicator(long indicatorId) {
        return indicatorLeads.getOrDefault(indicatorId, List.of());
    }

    /** The plan's indicator with this id, or null. */
    public Indicator indicator(long indicatorId) {
        return indicatorsById.get(indicatorId);
    }

    /** What {@code unit} reports on in a period of {@code year}. */
    public UnitAssignments forUnit(Unit unit, int year) {
        return forUnit.computeIfAbsent(List.of(unit, year), k -> assignedTo(unit, year));
    }

    private UnitAssignments assignedTo(Unit unit, int year) {
        List<AssignedItem> mine = new ArrayList<>();
        for (AssignedItem i : itemsOfUnit.getOrDefault(unit.id(), List.of())) {
            AssigneeRole role = roleOn(i.item().id(), unit.id());
            if (role != null) {
                mine.add(new AssignedItem(i.item(), i.matrix(), i.groupTitle(), role, i.number()));
            }
        }
        List<AssignedIndicator> indicators = indicatorsOfUnit.getOrDefault(unit.id(), List.of()).stream()
                .map(ind -> new AssignedIndicator(ind, targetInForce(ind, year), numbers.of(ind))).toList();
        return new UnitAssignments(unit, mine, indicators);
    }

    /** The unit with this id among those that report, or null. */
    public Unit unit(long unitId) {
        return units.get(unitId);
    }

    /**
     * The target in force in {@code year}: the target of that year, else the nearest later one, else one without a
     * year; null when none applies (only earlier targets, or none).
     */
    public static IndicatorTarget targetInForce(Indicator indicator, int year) {
        IndicatorTarget best = null;
        for (IndicatorTarget t : indicator.targets()) {
            if (t.year() != null && t.year() >= year && (best == null || t.year() < best.year())) {
                best = t;
            }
        }
        if (best != null) {
            return best;
        }
        return indicator.targets().stream().filter(t -> t.year() == null).findFirst().orElse(null);
    }
}
