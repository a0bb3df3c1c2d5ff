package vn.kehoachxa.ui.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.edit.Reported;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.service.IndicatorService;
import vn.kehoachxa.service.edit.Change;
import vn.kehoachxa.service.edit.EditHistory;
import vn.kehoachxa.service.edit.RemovalChanges;
import vn.kehoachxa.ui.assignments.RowFilter;
import vn.kehoachxa.ui.common.GroupedRowEdits;
import vn.kehoachxa.ui.common.RowsState;

/**
 * Chỉ tiêu: the indicator table's logic. Every edit calls the service at once (each its own transaction) and records
 * its inverse in the screen's {@link EditHistory}; a delete's inverse restores the same ids with the units' results.
 * Methods block: call them on the background executor.
 */
public final class IndicatorsViewModel implements GroupedRowEdits.Rows<IndicatorGroup> {
    private final IndicatorService indicators;
    private final EditHistory undo = new EditHistory();
    /** What the screen shows (FX thread); the methods below block and run on the executor. */
    private final RowsState<IndicatorGroup> state = new RowsState<>(undo);
    private final RemovalChanges removals;
    private long planId;

    /** Edits through {@code indicators}. */
    public IndicatorsViewModel(IndicatorService indicators) {
        this.indicators = indicators;
        this.removals = new RemovalChanges(indicators::delete, indicators::deleteGroup, indicators::restore);
    }

    /** The screen's undo and redo history. */
    @Override
    public EditHistory history() {
        return undo;
    }

    /** The indicator table as shown: rows, selection, busy, can undo and redo. FX thread. */
    @Override
    public RowsState<IndicatorGroup> state() {
        return state;
    }

    /** Switches to plan {@code id} (forgetting the undo history) and returns its groups. */
    public List<IndicatorGroup> open(long id) {
        if (id != planId) {
            undo.clear();
        }
        planId = id;
        return groups();
    }

    /** The groups with their indicators, as saved. */
    @Override
    public List<IndicatorGroup> groups() {
        return indicators.groups(planId);
    }

    /** Adds an empty group at the end; returns its id. */
    public long addGroup() {
        long id = indicators.addGroup(planId, null, Texts.get("indicators.newGroup"));
        undo.record(Texts.get("indicators.undo.addGroup"), removals.deletingGroup(id));
        return id;
    }

    /** Renames a group. */
    public void renameGroup(long groupId, String title) {
        group(groupId).filter(g -> !title.equals(g.title())).ifPresent(old -> {
            indicators.updateGroup(groupId, old.label(), title);
            undo.record(Texts.get("indicators.undo.edit"), Change.of(
                    () -> indicators.updateGroup(groupId, old.label(), old.title()),
                    () -> indicators.updateGroup(groupId, old.label(), title)));
        });
    }

    /** Adds an indicator at the end of {@code groupId} (null: the last group, made if there is none). */
    public long addIndicator(Long groupId) {
        long into = groupId != null ? groupId : groups().stream().reduce((a, b) -> b).map(IndicatorGroup::id)
                .orElseGet(() -> indicators.addGroup(planId, "", ""));
        Indicator fresh = new Indicator(null, "ct-" + UUID.randomUUID().toString().substring(0, 8), null,
                Texts.get("indicators.newIndicator"), null, null, null, List.of(), null, null, List.of(),
                List.of(), null);
        long id = indicators.add(into, fresh);
        undo.record(Texts.get("indicators.undo.add"), removals.deleting(id));
        return id;
    }

    /** Saves {@code changed} over the indicator with its id; undo restores what was saved before. */
    public void save(Indicator changed) {
        find(changed.id()).filter(old -> !old.equals(changed)).ifPresent(old -> {
            indicators.update(changed.id(), changed);
            undo.record(Texts.get("indicators.undo.edit"), Change.of(() -> indicators.update(old.id(), old),
                    () -> indicators.update(changed.id(), changed)));
        });
    }

    /** Moves an indicator up (-1) or down (+1) within its group; false at the edge. */
    public boolean move(long id, int delta) {
        boolean moved = indicators.move(id, delta);
        if (moved) {
            undo.record(Texts.get("indicators.undo.move"), Change.of(() -> indicators.move(id, -delta),
                    () -> indicators.move(id, delta)));
        }
        return moved;
    }

    /** Moves a group up (-1) or down (+1); false at the edge. */
    public boolean moveGroup(long groupId, int delta) {
        boolean moved = indicators.moveGroup(groupId, delta);
        if (moved) {
            undo.record(Texts.get("indicators.undo.move"), Change.of(() -> indicators.moveGroup(groupId, -delta),
                    () -> indicators.moveGroup(groupId, delta)));
        }
        return moved;
    }

    /** Deletes an indicator with the units' results on it; undo puts it all back, same ids, where it was. */
    public Removal delete(long id) {
        Removal removal = indicators.delete(id);
        undo.record(Texts.get("indicators.undo.delete"), removals.restoring(removal));
        return removal;
    }

    /** Deletes a group with its indicators and their results; undo puts it all back where it was. */
    public Removal deleteGroup(long groupId) {
        Removal removal = indicators.deleteGroup(groupId);
        undo.record(Texts.get("indicators.undo.deleteGroup"), removals.restoring(removal));
        return removal;
    }

    /** What the units reported on an indicator or on a group's indicators. */
    @Override
    public Reported reportedOn(long id, boolean isGroup) {
        return isGroup ? indicators.reportedInGroup(id) : indicators.reported(id);
    }


    /** Reverts the last edit; false when there is nothing to undo. */
    public boolean undoLast() throws Exception {
        return undo.undo();
    }

    /** Applies again the last edit undone; false when there is nothing to redo. */
    public boolean redoLast() throws Exception {
        return undo.redo();
    }

    /** The indicator with {@code id} as saved. */
    public Optional<Indicator> find(long id) {
        return groups().stream().flatMap(g -> g.indicators().stream()).filter(i -> i.id() == id).findFirst();
    }

    private Optional<IndicatorGroup> group(long groupId) {
        return groups().stream().filter(g -> g.id() == groupId).findFirst();
    }

    /**
     * The lines the table shows: a heading row for each group that prints one, then the indicators that pass
     * {@code filter}, each with the TT it prints with in the whole table (a filter does not renumber).
     */
    public static List<IndicatorRow> rows(List<IndicatorGroup> groups, RowFilter filter) {
        RowNumbers numbers = RowNumbers.ofIndicators(groups);
        List<IndicatorRow> out = new ArrayList<>();
        for (IndicatorGroup g : filter(groups, filter)) {
            if (!numbers.heading(g).isEmpty()) {
                out.add(new IndicatorRow(g, null, numbers.of(g)));
            }
            for (Indicator i : g.indicators()) {
                out.add(new IndicatorRow(g, i, numbers.of(i)));
            }
        }
        return out;
    }

    /** The groups with only the indicators that pass {@code filter}; groups left empty are dropped. */
    public static List<IndicatorGroup> filter(List<IndicatorGroup> groups, RowFilter filter) {
        if (filter.isEmpty()) {
            return groups;
        }
        List<IndicatorGroup> out = new ArrayList<>();
        for (IndicatorGroup g : groups) {
            List<Indicator> kept = g.indicators().stream().filter(i -> filter.matches(
                    Stream.of(i.name(), i.note(), i.unitOfMeasure(), targetText(i, null)).toList(), assignees(i)))
                    .toList();
            if (!kept.isEmpty()) {
                out.add(new IndicatorGroup(g.id(), g.label(), g.title(), kept));
            }
        }
        return out;
    }

    /** The target that the table's "Đến năm" column shows: the one for {@code year}, else the latest. */
    public static IndicatorTarget targetFor(Indicator indicator, Integer year) {
        IndicatorTarget latest = null;
        for (IndicatorTarget t : indicator.targets()) {
            if (year != null && t.year() != null && t.year().equals(year)) {
                return t;
            }
            if (latest == null || t.year() != null && (latest.year() == null || t.year() > latest.year())) {
                latest = t;
            }
        }
        return latest;
    }

    /** The target cell as printed, e.g. {@code > 75,5}; blank when the indicator has none. */
    public static String targetText(Indicator indicator, Integer year) {
        IndicatorTarget t = targetFor(indicator, year);
        return t == null ? "" : TargetText.printed(t);
    }

    /**
     * {@code indicator} with {@code target} in place of the one the table shows (or added) and {@code unitOfMeasure}
     * as its unit (blank: none), as the target editor saves them in one edit.
     */
    public static Indicator withTarget(Indicator indicator, Integer year, IndicatorTarget target,
                                       String unitOfMeasure) {
        Indicator changed = withTarget(indicator, year, target);
        return copy(changed, changed.name(), blankToNull(unitOfMeasure), changed.note(), changed.targets(),
                changed.leads(), changed.cooperating());
    }

    /** {@code indicator} with {@code target} in place of the one the table shows (or added). */
    public static Indicator withTarget(Indicator indicator, Integer year, IndicatorTarget target) {
        IndicatorTarget shown = targetFor(indicator, year);
        List<IndicatorTarget> targets = new ArrayList<>(indicator.targets());
        int at = shown == null ? -1 : targets.indexOf(shown);
        if (at >= 0) {
            targets.set(at, target);
        } else {
            targets.add(target);
        }
        return copy(indicator, indicator.name(), indicator.unitOfMeasure(), indicator.note(), targets,
                indicator.leads(), indicator.cooperating());
    }

    /** {@code indicator} with new texts (blank unit or note: none). */
    public static Indicator withTexts(Indicator indicator, String name, String unitOfMeasure, String note) {
        return copy(indicator, name == null || name.isBlank() ? indicator.name() : name.strip(),
                blankToNull(unitOfMeasure), blankToNull(note), indicator.targets(), indicator.leads(),
                indicator.cooperating());
    }

    /** {@code indicator} with new lead and cooperating units. */
    public static Indicator withAssignees(Indicator indicator, List<Assignee> leads, List<Assignee> cooperating) {
        return copy(indicator, indicator.name(), indicator.unitOfMeasure(), indicator.note(), indicator.targets(),
                leads, cooperating);
    }

    private static Indicator copy(Indicator i, String name, String unit, String note, List<IndicatorTarget> targets,
                                  List<Assignee> leads, List<Assignee> cooperating) {
        return new Indicator(i.id(), i.code(), i.numberLabel(), name, unit, i.baselineValue(), i.baselineYear(),
                targets, note, i.direction(), leads, cooperating, i.deadline());
    }

    private static List<Assignee> assignees(Indicator i) {
        return Stream.concat(i.leads().stream(), i.cooperating().stream()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Moves the selected row or group (tables select either) up (-1) or down (+1); false at the edge. */
    @Override
    public boolean moveSelected(long id, boolean isGroup, int delta) {
        return isGroup ? moveGroup(id, delta) : move(id, delta);
    }

    /** Deletes the selected row or group with what it holds; undo puts it back. */
    @Override
    public void deleteSelected(long id, boolean isGroup) {
        if (isGroup) {
            deleteGroup(id);
        } else {
            delete(id);
        }
    }
}
