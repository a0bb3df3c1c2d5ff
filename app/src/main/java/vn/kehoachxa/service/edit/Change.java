package vn.kehoachxa.service.edit;

/**
 * One undoable edit, as a call that applies it and returns the change that reverts it. Undoing a delete returns
 * the delete again (with the same ids), so undo and redo can go back and forth any number of times.
 */
@FunctionalInterface
public interface Change {
    /** Applies this change through the services; returns its inverse. Blocks. */
    Change apply() throws Exception;

    /** A call that blocks and may fail. */
    @FunctionalInterface
    interface Call {
        /** Runs it. */
        void run() throws Exception;
    }

    /** The change that runs {@code forward}; its inverse runs {@code backward}, whose inverse runs forward again. */
    static Change of(Call forward, Call backward) {
        return () -> {
            forward.run();
            return of(backward, forward);
        };
    }
}
