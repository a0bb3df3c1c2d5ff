package vn.kehoachxa.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import vn.kehoachxa.domain.edit.Reported;
import vn.kehoachxa.service.edit.EditHistory;

/**
 * The edit loop the appendix tables (Chỉ tiêu, Phân công) share: an edit runs on the executor, the groups are read
 * again there, and the table is redrawn on the FX thread with the row the edit names selected and the undo and redo
 * buttons brought up to date. Deleting what the units reported on asks first.
 *
 * @param <G> the table's group type
 */
public final class GroupedRowEdits<G> {
    /** What the table's view model offers: its groups as saved, and moving or deleting a row or a group. */
    public interface Rows<G> {
        /** The groups with their rows, as saved. Blocks. */
        List<G> groups();

        /** Moves the row or group up (-1) or down (+1). Blocks. */
        boolean moveSelected(long id, boolean isGroup, int delta);

        /** Deletes the row or group with what it holds. Blocks. */
        void deleteSelected(long id, boolean isGroup);

        /** What the units reported on the row or group. Blocks. */
        Reported reportedOn(long id, boolean isGroup);

        /** The screen's undo and redo history. */
        EditHistory history();
    }

    private final Rows<G> rows;
    private final Executor executor;
    private final BiConsumer<List<G>, Long> redraw;
    private final BiPredicate<Reported, Boolean> confirmDelete;
    private final HistoryState history;

    /**
     * Edits {@code rows} on {@code executor}; {@code redraw} gets the groups and the id to select (FX thread);
     * {@code confirmDelete} asks the user (FX thread) whether to delete a row (false) or group (true) on which the
     * units reported that much.
     */
    public GroupedRowEdits(Rows<G> rows, Executor executor, BiConsumer<List<G>, Long> redraw,
                           BiPredicate<Reported, Boolean> confirmDelete) {
        this.rows = rows;
        this.executor = executor;
        this.redraw = redraw;
        this.confirmDelete = confirmDelete;
        this.history = new HistoryState(rows.history());
    }

    /** Whether undo and redo can run, for the screen's buttons. */
    public HistoryState history() {
        return history;
    }

    /** Runs {@code edit}, then redraws with the id it returns selected (null: none). */
    public void run(Callable<Long> edit) {
        Tasks.create(() -> {
            Long select = edit.call();
            return new Result<>(rows.groups(), select);
        }).onSuccess(result -> redraw.accept(result.groups(), result.select())).andFinally(history::refresh)
                .runOn(executor);
    }

    /** Moves the selected row or group, keeping it selected; nothing when none is selected. */
    public void move(Long id, boolean isGroup, int delta) {
        if (id != null) {
            run(() -> {
                rows.moveSelected(id, isGroup, delta);
                return id;
            });
        }
    }

    /**
     * Deletes the selected row or group; nothing when none is selected. When the units reported on it, the user is
     * asked first, with the count of what would go.
     */
    public void delete(Long id, boolean isGroup) {
        if (id == null) {
            return;
        }
        Tasks.create(() -> rows.reportedOn(id, isGroup)).onSuccess(reported -> {
            if (!reported.any() || confirmDelete.test(reported, isGroup)) {
                run(() -> {
                    rows.deleteSelected(id, isGroup);
                    return null;
                });
            }
        }).runOn(executor);
    }

    private record Result<G>(List<G> groups, Long select) {
    }
}
