package vn.kehoachxa.service;

import java.util.List;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.edit.Reported;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.persistence.Database;

/** Use cases on the indicator table (chỉ tiêu): groups and indicators with their targets and units. */
public final class IndicatorService {
    private final Database db;

    /** Works on {@code db}. */
    public IndicatorService(Database db) {
        this.db = db;
    }

    /** The groups with their indicators. */
    public List<IndicatorGroup> groups(long planId) {
        return db.read(store -> store.indicators().groups(planId));
    }

    /** Adds a group at the end; returns its id. */
    public long addGroup(long planId, String label, String title) {
        return db.inTransaction(store -> {
            Frozen.plan(store, planId);
            return store.indicators().addGroup(planId, label, title);
        });
    }

    /** Renames a group. */
    public void updateGroup(long groupId, String label, String title) {
        db.inTransaction(store -> {
            Frozen.group(store, groupId);
            store.indicators().updateGroup(groupId, label, title);
            return null;
        });
    }

    /** Moves a group up (-1) or down (+1). */
    public boolean moveGroup(long groupId, int delta) {
        return db.inTransaction(store -> {
            Frozen.group(store, groupId);
            return store.indicators().moveGroup(groupId, delta);
        });
    }

    /**
     * Deletes a group with its indicators and what the units reported on them, in one transaction; returns all of it,
     * for {@link #restore}.
     */
    public Removal deleteGroup(long groupId) {
        return db.inTransaction(store -> {
            Frozen.group(store, groupId);
            return store.removals().removeIndicatorGroup(groupId);
        });
    }

    /** What the units reported on the indicators of a group (ask before deleting it when there is any). */
    public Reported reportedInGroup(long groupId) {
        return db.read(store -> store.removals().reportedOnIndicatorGroup(groupId));
    }

    /** Adds an indicator at the end of a group; returns its id. */
    public long add(long groupId, Indicator indicator) {
        return db.inTransaction(store -> {
            Frozen.group(store, groupId);
            return store.indicators().add(groupId, indicator);
        });
    }

    /** Saves an indicator with its targets and units. */
    public void update(long indicatorId, Indicator indicator) {
        db.inTransaction(store -> {
            Frozen.indicator(store, indicatorId);
            store.indicators().update(indicatorId, indicator);
            return null;
        });
    }

    /** Moves an indicator up (-1) or down (+1) within its group. */
    public boolean move(long indicatorId, int delta) {
        return db.inTransaction(store -> {
            Frozen.indicator(store, indicatorId);
            return store.indicators().move(indicatorId, delta);
        });
    }

    /**
     * Deletes an indicator with its targets, assignees and what the units reported on it, in one transaction;
     * returns all of it, for {@link #restore}.
     */
    public Removal delete(long indicatorId) {
        return db.inTransaction(store -> {
            Frozen.indicator(store, indicatorId);
            return store.removals().removeIndicator(indicatorId);
        });
    }

    /** What the units reported on an indicator (ask before deleting it when there is any). */
    public Reported reported(long indicatorId) {
        return db.read(store -> store.removals().reportedOnIndicator(indicatorId));
    }

    /** Puts back what a delete took away, with the same ids, where it was; one transaction. */
    public void restore(Removal removal) {
        db.inTransaction(store -> {
            Frozen.removal(store, removal);
            store.removals().restore(removal);
            return null;
        });
    }
}
