package vn.kehoachxa.service;

import java.util.List;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.persistence.Database;

/** Use cases on the commune's units (cơ quan, đơn vị): add, rename, deactivate, merge. */
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
    public Unit add(Unit unit) {
        return db.inTransaction(store -> {
            store.units().findByName(unit.name()).ifPresent(existing -> {
                throw new DomainException(Texts.get("unit.duplicate", unit.name(), existing.name()));
            });
            return store.units().insert(unit);
        });
    }

    /** Saves a unit's fields (rename, kind, email, active). */
    public void update(Unit unit) {
        db.inTransaction(store -> {
            store.units().findByName(unit.name()).filter(other -> !other.id().equals(unit.id()))
                    .ifPresent(other -> {
                        throw new DomainException(Texts.get("unit.duplicate", unit.name(), other.name()));
                    });
            store.units().update(unit);
            return null;
        });
    }

    /** Marks a unit inactive: it stays in existing plans but is no longer offered. */
    public void deactivate(long unitId) {
        db.inTransaction(store -> {
            Unit u = store.units().get(unitId);
            store.units().update(new Unit(u.id(), u.name(), u.shortName(), u.kind(), u.email(), false));
            return null;
        });
    }

    /** Merges {@code fromId} into {@code intoId}: every reference follows, then the first unit is gone. */
    public void merge(long fromId, long intoId) {
        db.inTransaction(store -> {
            store.units().merge(fromId, intoId);
            return null;
        });
    }
}
