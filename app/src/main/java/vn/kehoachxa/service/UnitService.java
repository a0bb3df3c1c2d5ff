package vn.kehoachxa.service;

import java.util.List;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.edit.UnitMerge;
import vn.kehoachxa.domain.edit.UnitUsage;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitEmails;
import vn.kehoachxa.persistence.Database;

/**
 * Use cases on the commune's units (cơ quan, đơn vị): add, edit, deactivate and reactivate, merge, delete. Each is
 * one transaction returning what undo needs (the unit as it was, what a delete or merge changed).
 */
public final class UnitService {
    private final Database db;

    /** Works on {@code db}. */
    public UnitService(Database db) {
        this.db = db;
    }

    /** Every unit, by name. */
    public List<Unit> all() {
        return db.read(store -> store.units().all());
    }

    /** Adds a unit; a name matching an existing one (even by tone-mark placement) is refused. */
    public Unit add(Unit given) {
        Unit unit = checked(given);
        return db.inTransaction(store -> {
            store.units().findByName(unit.name()).ifPresent(existing -> {
                throw new DomainException(Texts.get("unit.duplicate", unit.name(), existing.name()));
            });
            return store.units().insert(unit);
        });
    }

    /**
     * Saves a unit's fields (rename, kind, email, active); returns the unit as it was, for undo. The e-mail is
     * stored as {@link UnitEmails#normalize} writes it; a malformed address is refused, naming it.
     */
    public Unit update(Unit given) {
        Unit unit = checked(given);
        return db.inTransaction(store -> {
            store.units().findByName(unit.name()).filter(other -> !other.id().equals(unit.id()))
                    .ifPresent(other -> {
                        throw new DomainException(Texts.get("unit.duplicate", unit.name(), other.name()));
                    });
            Unit before = store.units().get(unit.id());
            store.units().update(unit);
            return before;
        });
    }

    /** {@code unit} with its e-mail text tidied; a malformed address is a DomainException naming it. */
    private static Unit checked(Unit unit) {
        UnitEmails.problem(unit.email()).ifPresent(problem -> {
            throw new DomainException(problem);
        });
        return unit.withEmail(UnitEmails.normalize(unit.email()));
    }

    /** Marks a unit inactive: it stays in existing plans but is no longer offered. Returns it as it was. */
    public Unit deactivate(long unitId) {
        return setActive(unitId, false);
    }

    /** Offers an inactive unit again. Returns it as it was. */
    public Unit reactivate(long unitId) {
        return setActive(unitId, true);
    }

    private Unit setActive(long unitId, boolean active) {
        return db.inTransaction(store -> {
            Unit u = store.units().get(unitId);
            store.units().update(new Unit(u.id(), u.name(), u.shortName(), u.kind(), u.email(), active));
            return u;
        });
    }

    /** Where a unit is used (matrices, indicators, plans' unit lists, its reports), counted per place. */
    public UnitUsage usage(long unitId) {
        return db.read(store -> store.unitRemovals().usage(unitId));
    }

    /**
     * Deletes a unit that nothing refers to; returns it for {@link #restore}. A unit in use is refused with a
     * message naming where it is used and offering merge or deactivation instead.
     */
    public Removal delete(long unitId) {
        return db.inTransaction(store -> store.unitRemovals().remove(unitId));
    }

    /** Puts a deleted unit back with its id (undo of {@link #delete}). */
    public void restore(Removal removal) {
        db.inTransaction(store -> {
            store.unitRemovals().restore(removal);
            return null;
        });
    }

    /**
     * Merges {@code fromId} into {@code intoId}: every assignment, report and plan listing follows, then the first
     * unit is gone. Returns what the merge changed, for {@link #unmerge}.
     */
    public UnitMerge merge(long fromId, long intoId) {
        return db.inTransaction(store -> store.unitRemovals().merge(fromId, intoId));
    }

    /** Undoes a merge: the merged unit is back with its id and every reference that moved points to it again. */
    public void unmerge(UnitMerge merge) {
        db.inTransaction(store -> {
            store.unitRemovals().unmerge(merge);
            return null;
        });
    }
}
