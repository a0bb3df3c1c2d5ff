package vn.kehoachxa.ui.assignments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.edit.Reported;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.service.AssignmentService;
import vn.kehoachxa.service.edit.Change;
import vn.kehoachxa.service.edit.EditHistory;
import vn.kehoachxa.service.edit.RemovalChanges;
import vn.kehoachxa.ui.common.GroupedRowEdits;
import vn.kehoachxa.ui.common.RowsState;

/**
 * Phân công mục tiêu / nhiệm vụ: the logic of one assignment matrix. Every edit calls the service at once (each its
 * own transaction) and records its inverse in the screen's {@link EditHistory}; a delete's inverse restores the same
 * ids with the units' progress. Methods block: call them on the background executor.
 */
public final class MatrixViewModel implements GroupedRowEdits.Rows<AssignmentGroup> {
    private final AssignmentService assignments;
    private final TableKind matrix;
    private final EditHistory undo = new EditHistory();
    /** What the screen shows (FX thread); the methods below block and run on the executor. */
    private final RowsState<AssignmentGroup> state = new RowsState<>(undo);
    private final RemovalChanges removals;
    private long planId;

    /** Edits matrix {@code matrix} (TARGET_MATRIX or TASK_MATRIX) through {@code assignments}. */
    public MatrixViewModel(AssignmentService assignments, TableKind matrix) {
        if (matrix == TableKind.INDICATORS) {
            throw new IllegalArgumentException("not an assignment matrix: " + matrix);
        }
        this.assignments = assignments;
        this.removals = new RemovalChanges(assignments::delete, assignments::deleteGroup, assignments::restore);
        this.matrix = matrix;
    }

    /** Which matrix this is. */
    public TableKind matrix() {
        return matrix;
    }

    /** The screen's undo and redo history. */
    @Override
    public EditHistory history() {
        return undo;
    }

    /** The matrix as shown: rows, selection, busy, can undo and redo. FX thread. */
    @Override
    public RowsState<AssignmentGroup> state() {
        return state;
    }

    /** Switches to plan {@code id} (forgetting the undo history) and returns its groups. */
    public List<AssignmentGroup> open(long id) {
        if (id != planId) {
            undo.clear();
        }
        planId = id;
        return groups();
    }

    /** The groups with rows and sub-rows, as saved. */
    @Override
    public List<AssignmentGroup> groups() {
        return assignments.groups(planId, matrix);
    }

    /** Adds an empty group at the end; returns its id. */
    public long addGroup() {
        long id = assignments.addGroup(planId, matrix, null, Texts.get("matrix.newGroup"));
        undo.record(Texts.get("matrix.undo.addGroup"), removals.deletingGroup(id));
        return id;
    }

    /** Renames a group. */
    public void renameGroup(long groupId, String title) {
        groups().stream().filter(g -> g.id() == groupId && !title.equals(g.title())).findFirst().ifPresent(old -> {
            assignments.updateGroup(groupId, old.label(), title);
            undo.record(Texts.get("matrix.undo.edit"), Change.of(
                    () -> assignments.updateGroup(groupId, old.label(), old.title()),
                    () -> assignments.updateGroup(groupId, old.label(), title)));
        });
    }

    /** Adds a row at the end of {@code groupId} (null: the last group, made if there is none); returns its id. */
    public long addRow(Long groupId) {
        long into = groupId != null ? groupId : groups().stream().reduce((a, b) -> b).map(AssignmentGroup::id)
                .orElseGet(() -> assignments.addGroup(planId, matrix, "", ""));
        long id = assignments.add(into, null, fresh());
        undo.record(Texts.get("matrix.undo.add"), removals.deleting(id));
        return id;
    }

    /** Adds a sub-row (6.1, 6.2…) at the end of row {@code parentId}; returns its id. */
    public long addSubRow(long parentId) {
        Place place = place(parentId).orElseThrow();
        long id = assignments.add(place.groupId(), parentId, fresh());
        undo.record(Texts.get("matrix.undo.add"), removals.deleting(id));
        return id;
    }

    /** Saves {@code changed} over the row with its id (sub-rows untouched); undo restores the saved fields. */
    public void save(AssignmentItem changed) {
        place(changed.id()).map(Place::item).filter(old -> !sameFields(old, changed)).ifPresent(old -> {
            assignments.update(changed.id(), changed);
            undo.record(Texts.get("matrix.undo.edit"), Change.of(() -> assignments.update(old.id(), old),
                    () -> assignments.update(changed.id(), changed)));
        });
    }

    /** Moves a row up (-1) or down (+1) among its siblings; false at the edge. */
    public boolean move(long id, int delta) {
        boolean moved = assignments.move(id, delta);
        if (moved) {
            undo.record(Texts.get("matrix.undo.move"), Change.of(() -> assignments.move(id, -delta),
                    () -> assignments.move(id, delta)));
        }
        return moved;
    }

    /** Moves a group up (-1) or down (+1); false at the edge. */
    public boolean moveGroup(long groupId, int delta) {
        boolean moved = assignments.moveGroup(groupId, delta);
        if (moved) {
            undo.record(Texts.get("matrix.undo.move"), Change.of(() -> assignments.moveGroup(groupId, -delta),
                    () -> assignments.moveGroup(groupId, delta)));
        }
        return moved;
    }

    /** Deletes a row with its sub-rows and the units' progress; undo puts it all back, same ids, where it was. */
    public Removal delete(long id) {
        Removal removal = assignments.delete(id);
        undo.record(Texts.get("matrix.undo.delete"), removals.restoring(removal));
        return removal;
    }

    /** Deletes a group with its rows and their progress; undo puts it all back where it was. */
    public Removal deleteGroup(long groupId) {
        Removal removal = assignments.deleteGroup(groupId);
        undo.record(Texts.get("matrix.undo.deleteGroup"), removals.restoring(removal));
        return removal;
    }

    /** What the units reported on a row (with sub-rows) or on a group's rows. */
    @Override
    public Reported reportedOn(long id, boolean isGroup) {
        return isGroup ? assignments.reportedInGroup(id) : assignments.reported(id);
    }


    /** Reverts the last edit; false when there is nothing to undo. */
    public boolean undoLast() throws Exception {
        return undo.undo();
    }

    /** Applies again the last edit undone; false when there is nothing to redo. */
    public boolean redoLast() throws Exception {
        return undo.redo();
    }

    /** The row with {@code id} as saved. */
    public Optional<AssignmentItem> find(long id) {
        return place(id).map(Place::item);
    }

    /** {@code item} with new content, units and deadline (its sub-rows kept). */
    public static AssignmentItem with(AssignmentItem item, String content, List<Assignee> leads,
                                      List<Assignee> cooperating, Deadline deadline) {
        return new AssignmentItem(item.id(), item.numberLabel(), content == null || content.isBlank()
                ? item.content() : content.strip(), item.indicatorCode(), leads, cooperating, deadline,
                item.expectedProduct(), item.children());
    }

    /**
     * The lines the table shows: the rows that pass {@code filter}, each with the number it prints with in the whole
     * matrix (a filter hides rows, it does not renumber the others).
     */
    public static List<MatrixRows.Line> lines(List<AssignmentGroup> groups, RowFilter filter, TableKind matrix) {
        return MatrixRows.of(filter(groups, filter), RowNumbers.ofMatrix(groups, matrix));
    }

    /** The groups with only the rows that pass (a row passes when it or one of its sub-rows does). */
    public static List<AssignmentGroup> filter(List<AssignmentGroup> groups, RowFilter filter) {
        if (filter.isEmpty()) {
            return groups;
        }
        List<AssignmentGroup> out = new ArrayList<>();
        for (AssignmentGroup g : groups) {
            List<AssignmentItem> kept = g.items().stream().filter(i -> passes(i, filter)).toList();
            if (!kept.isEmpty()) {
                out.add(new AssignmentGroup(g.id(), g.label(), g.title(), kept));
            }
        }
        return out;
    }

    private static boolean passes(AssignmentItem item, RowFilter filter) {
        List<String> texts = Stream.of(item.content(), AssigneeText.line(item.leads()),
                AssigneeText.line(item.cooperating()), DeadlineForm.preview(item.deadline())).toList();
        List<Assignee> units = Stream.concat(item.leads().stream(), item.cooperating().stream()).toList();
        return filter.matches(texts, units) || item.children().stream().anyMatch(c -> passes(c, filter));
    }

    private static boolean sameFields(AssignmentItem a, AssignmentItem b) {
        return a.content().equals(b.content()) && a.leads().equals(b.leads())
                && a.cooperating().equals(b.cooperating()) && java.util.Objects.equals(a.deadline(), b.deadline());
    }

    private static AssignmentItem fresh() {
        return new AssignmentItem(null, null, Texts.get("matrix.newRow"), null, List.of(), List.of(), null, null,
                List.of());
    }

    /** Where a row sits: its group, its parent row (null at the top), how many siblings follow, the row itself. */
    private record Place(long groupId, Long parentId, int siblingsAfter, AssignmentItem item) {
    }

    private Optional<Place> place(long id) {
        for (AssignmentGroup g : groups()) {
            Optional<Place> found = search(g.id(), null, g.items(), id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Place> search(long groupId, Long parentId, List<AssignmentItem> siblings, long id) {
        for (int i = 0; i < siblings.size(); i++) {
            AssignmentItem item = siblings.get(i);
            if (item.id() != null && item.id() == id) {
                return Optional.of(new Place(groupId, parentId, siblings.size() - 1 - i, item));
            }
            Optional<Place> inside = search(groupId, item.id(), item.children(), id);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
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
