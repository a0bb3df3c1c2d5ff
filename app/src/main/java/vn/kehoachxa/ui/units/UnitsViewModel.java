package vn.kehoachxa.ui.units;

import java.util.List;
import java.util.Optional;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.edit.UnitMerge;
import vn.kehoachxa.domain.edit.UnitUsage;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitEmails;
import vn.kehoachxa.service.UnitService;
import vn.kehoachxa.service.edit.Change;
import vn.kehoachxa.service.edit.EditHistory;
import vn.kehoachxa.service.edit.RemovalChanges;

/**
 * Đơn vị: every edit of the commune's units is one service call (one transaction) whose inverse goes into the
 * screen's {@link EditHistory}, so Ctrl+Z and Ctrl+Y work on add, rename, e-mail, deactivate, reactivate, merge and
 * delete.
 * A merge's inverse moves every reference back to the merged unit, under its old id; a delete's inverse restores
 * the same id. Methods block: call them on the background executor.
 */
public final class UnitsViewModel {
    private final UnitService units;
    private final EditHistory history = new EditHistory();
    private final RemovalChanges removals;

    /** Edits through {@code units}. */
    public UnitsViewModel(UnitService units) {
        this.units = units;
        this.removals = new RemovalChanges(units::delete, units::delete, units::restore);
    }

    /** The screen's undo and redo history. */
    public EditHistory history() {
        return history;
    }

    /** Every unit, by name. */
    public List<Unit> all() {
        return units.all();
    }

    /** Adds a unit named {@code name}; undo deletes it again (refused once something uses it). */
    public Unit add(String name) {
        Unit added = units.add(Unit.named(name, null));
        history.record(Texts.get("units.undo.add"), removals.deleting(added.id()));
        return added;
    }

    /** Renames {@code unit}; undo gives back the old name. */
    public void rename(Unit unit, String name) {
        save(new Unit(unit.id(), name, unit.shortName(), unit.kind(), unit.email(), unit.active()),
                Texts.get("units.undo.rename"));
    }

    /**
     * Sets {@code unit}'s e-mail to {@code typed} (one address or several separated by ";", blank for none), stored
     * as {@link UnitEmails#normalize} writes it; undo gives back the old one. A malformed address is refused with
     * a message naming it, and nothing is stored. Returns the e-mail as stored.
     */
    public String setEmail(Unit unit, String typed) {
        UnitEmails.problem(typed).ifPresent(problem -> {
            throw new DomainException(problem);
        });
        String email = UnitEmails.normalize(typed);
        save(unit.withEmail(email), Texts.get("units.undo.email"));
        return email;
    }

    /** Saves {@code changed} over the unit with its id; undo saves what was stored before. */
    public void save(Unit changed, String what) {
        Unit before = units.update(changed);
        if (!before.equals(changed)) {
            history.record(what, Change.of(() -> units.update(before), () -> units.update(changed)));
        }
    }

    /** Stops offering a unit; undo offers it again. */
    public void deactivate(long id) {
        if (units.deactivate(id).active()) {
            history.record(Texts.get("units.undo.deactivate"), Change.of(() -> units.reactivate(id),
                    () -> units.deactivate(id)));
        }
    }

    /** Offers an inactive unit again; undo stops offering it. */
    public void reactivate(long id) {
        if (!units.reactivate(id).active()) {
            history.record(Texts.get("units.undo.reactivate"), Change.of(() -> units.deactivate(id),
                    () -> units.reactivate(id)));
        }
    }

    /** Merges {@code fromId} into {@code intoId}; undo brings the merged unit back with every reference. */
    public UnitMerge merge(long fromId, long intoId) {
        UnitMerge merge = units.merge(fromId, intoId);
        history.record(Texts.get("units.undo.merge"), unmerging(merge));
        return merge;
    }

    /** Where a unit is used; a unit used anywhere is not deleted but merged or deactivated. */
    public UnitUsage usage(long id) {
        return units.usage(id);
    }

    /** Deletes a unit nothing uses (a used one is refused, naming where); undo restores the same id. */
    public Removal delete(long id) {
        Removal removal = units.delete(id);
        history.record(Texts.get("units.undo.delete"), removals.restoring(removal));
        return removal;
    }

    /** Reverts the last edit; returns what it was, empty when there was nothing to undo. */
    public Optional<String> undoLast() throws Exception {
        Optional<String> what = history.nextUndo();
        return history.undo() ? what : Optional.empty();
    }

    /** Applies again the last edit undone; returns what it was, empty when there was nothing to redo. */
    public Optional<String> redoLast() throws Exception {
        Optional<String> what = history.nextRedo();
        return history.redo() ? what : Optional.empty();
    }

    private Change unmerging(UnitMerge merge) {
        return () -> {
            units.unmerge(merge);
            return merging(merge.fromId(), merge.intoId());
        };
    }

    private Change merging(long fromId, long intoId) {
        return () -> unmerging(units.merge(fromId, intoId));
    }
}
