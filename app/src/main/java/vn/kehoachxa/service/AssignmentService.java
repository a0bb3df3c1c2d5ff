package vn.kehoachxa.service;

import java.util.List;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.edit.Reported;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.persistence.Database;

/** Use cases on the two assignment matrices (phân công mục tiêu, phân công nhiệm vụ). */
public final class AssignmentService {
    private final Database db;

    /** Works on {@code db}. */
    public AssignmentService(Database db) {
        this.db = db;
    }

    /** The matrix's groups with rows and sub-rows. */
    public List<AssignmentGroup> groups(long planId, TableKind matrix) {
        return db.read(store -> store.assignments().groups(planId, matrix));
    }

    /** Adds a group at the end of the matrix; returns its id. */
    public long addGroup(long planId, TableKind matrix, String label, String title) {
        return db.inTransaction(store -> {
            Frozen.plan(store, planId);
            return store.assignments().addGroup(planId, matrix, label, title);
        });
    }

    /** Renames a group. */
    public void updateGroup(long groupId, String label, String title) {
        db.inTransaction(store -> {
            Frozen.group(store, groupId);
            store.assignments().updateGroup(groupId, label, title);
            return null;
        });
    }

    /** Moves a group up (-1) or down (+1). */
    public boolean moveGroup(long groupId, int delta) {
        return db.inTransaction(store -> {
            Frozen.group(store, groupId);
            return store.assignments().moveGroup(groupId, delta);
        });
    }

    /**
     * Deletes a group with its rows and what the units reported on them, in one transaction; returns all of it,
     * for {@link #restore}.
     */
    public Removal deleteGroup(long groupId) {
        return db.inTransaction(store -> {
            Frozen.group(store, groupId);
            return store.removals().removeItemGroup(groupId);
        });
    }

    /** What the units reported on the rows of a group (ask before deleting it when there is any). */
    public Reported reportedInGroup(long groupId) {
        return db.read(store -> store.removals().reportedOnItemGroup(groupId));
    }

    /** Adds a row (with sub-rows) at the end of a group or under {@code parentId}; returns its id. */
    public long add(long groupId, Long parentId, AssignmentItem item) {
        return db.inTransaction(store -> {
            Frozen.group(store, groupId);
            return store.assignments().add(groupId, parentId, item);
        });
    }

    /** Saves a row's fields and units. */
    public void update(long itemId, AssignmentItem item) {
        db.inTransaction(store -> {
            Frozen.item(store, itemId);
            store.assignments().update(itemId, item);
            return null;
        });
    }

    /** Moves a row up (-1) or down (+1) among its siblings. */
    public boolean move(long itemId, int delta) {
        return db.inTransaction(store -> {
            Frozen.item(store, itemId);
            return store.assignments().move(itemId, delta);
        });
    }

    /**
     * Deletes a row with its sub-rows, assignees and what the units reported on them, in one transaction;
     * returns all of it, for {@link #restore}.
     */
    public Removal delete(long itemId) {
        return db.inTransaction(store -> {
            Frozen.item(store, itemId);
            return store.removals().removeItem(itemId);
        });
    }

    /** What the units reported on a row and its sub-rows (ask before deleting it when there is any). */
    public Reported reported(long itemId) {
        return db.read(store -> store.removals().reportedOnItem(itemId));
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
