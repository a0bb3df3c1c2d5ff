package vn.kehoachxa.service;

import java.util.List;
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
        return db.inTransaction(store -> store.indicators().addGroup(planId, label, title));
    }

    /** Renames a group. */
    public void updateGroup(long groupId, String label, String title) {
        db.inTransaction(store -> {
            store.indicators().updateGroup(groupId, label, title);
            return null;
        });
    }

    /** Moves a group up (-1) or down (+1). */
    public boolean moveGroup(long groupId, int delta) {
        return db.inTransaction(store -> store.indicators().moveGroup(groupId, delta));
    }

    /** Deletes a group with its indicators. */
    public void deleteGroup(long groupId) {
        db.inTransaction(store -> {
            store.indicators().deleteGroup(groupId);
            return null;
        });
    }

    /** Adds an indicator at the end of a group; returns its id. */
    public long add(long groupId, Indicator indicator) {
        return db.inTransaction(store -> store.indicators().add(groupId, indicator));
    }

    /** Saves an indicator with its targets and units. */
    public void update(long indicatorId, Indicator indicator) {
        db.inTransaction(store -> {
            store.indicators().update(indicatorId, indicator);
            return null;
        });
    }

    /** Moves an indicator up (-1) or down (+1) within its group. */
    public boolean move(long indicatorId, int delta) {
        return db.inTransaction(store -> store.indicators().move(indicatorId, delta));
    }

    /** Deletes an indicator. */
    public void delete(long indicatorId) {
        db.inTransaction(store -> {
            store.indicators().delete(indicatorId);
            return null;
        });
    }
}
