package vn.kehoachxa.service.edit;

import vn.kehoachxa.domain.edit.Removal;

/**
 * Undo steps for deletes that come back whole, under the same ids: a delete's inverse restores what went, whose
 * inverse deletes the same id again. One table's row and group deletes (indicators, matrix rows) plug in here.
 */
public final class RemovalChanges {
    /** A service delete that returns what went. */
    @FunctionalInterface
    public interface Deleter {
        /** Deletes {@code id}; returns what went. Blocks. */
        Removal delete(long id) throws Exception;
    }

    /** The service call that puts a removal back. */
    @FunctionalInterface
    public interface Restorer {
        /** Restores {@code removal}. Blocks. */
        void restore(Removal removal) throws Exception;
    }

    private final Deleter rows;
    private final Deleter groups;
    private final Restorer restorer;

    /** Row deletes, group deletes and the restore of either. */
    public RemovalChanges(Deleter rows, Deleter groups, Restorer restorer) {
        this.rows = rows;
        this.groups = groups;
        this.restorer = restorer;
    }

    /** The change that deletes row {@code id} (the inverse of adding it). */
    public Change deleting(long id) {
        return () -> restoring(rows.delete(id));
    }

    /** The change that deletes group {@code id} (the inverse of adding it). */
    public Change deletingGroup(long id) {
        return () -> restoring(groups.delete(id));
    }

    /** The change that restores {@code removal} (the inverse of the delete that made it). */
    public Change restoring(Removal removal) {
        return () -> {
            restorer.restore(removal);
            boolean group = removal.kind() == Removal.Kind.INDICATOR_GROUP
                    || removal.kind() == Removal.Kind.ITEM_GROUP;
            return group ? deletingGroup(removal.id()) : deleting(removal.id());
        };
    }
}
