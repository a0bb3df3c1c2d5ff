package vn.kehoachxa.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.kehoachxa.domain.edit.Reported;
import vn.kehoachxa.service.edit.EditHistory;

/**
 * The edit loop the appendix tables (Chỉ tiêu, Phân công) share: an edit runs on the executor, the groups are read
 * again there, and on the FX thread the result goes into the view model's {@link RowsState} (the groups, the row the
 * edit names selected, busy, undo and redo) before the table is redrawn from it. Deleting what the units reported on
 * asks first.
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

        /** What the screen shows, changed on the FX thread only. */
        RowsState<G> state();
    }

    private final Rows<G> rows;
    private final Executor executor;
    private final Runnable redraw;
    private final BiPredicate<Reported, Boolean> confirmDelete;
    private final RowsState<G> state;

    /**
     * Edits {@code rows} on {@code executor}; {@code redraw} shows the view model's state again (FX thread);
     * {@code confirmDelete} asks the user (FX thread) whether to delete a row (false) or group (true) on which the
     * units reported that much.
     */
    public GroupedRowEdits(Rows<G> rows, Executor executor, Runnable redraw,
                           BiPredicate<Reported, Boolean> confirmDelete) {
        this.rows = rows;
        this.executor = executor;
        this.redraw = redraw;
        this.confirmDelete = confirmDelete;
        this.state = rows.state();
    }

    /**
     * Reads on the executor with {@code read} (opening the plan, say); on the FX thread {@code before} applies the
     * rest of what was read, then the groups it holds are shown with the selection kept. FX thread.
     */
    public <T> void load(Callable<T> read, Function<T, List<G>> groupsOf, Consumer<T> before) {
        state.started();
        Tasks.create(read).onSuccess(loaded -> {
            before.accept(loaded);
            state.show(groupsOf.apply(loaded), state.selectedId());
            redraw.run();
        }).andFinally(state::finished).runOn(executor);
    }

    /**
     * Undoes or redoes through {@code step} (the view model's undoLast/redoLast), then redraws with the row selected
     * now still selected. FX thread: the selection is read here, not on the executor.
     */
    public void step(Callable<?> step) {
        Long keep = state.selectedId();
        run(() -> {
            step.call();
            return keep;
        });
    }

    /** Runs {@code edit}, then redraws with the id it returns selected (null: none). FX thread. */
    public void run(Callable<Long> edit) {
        state.started();
        Tasks.create(() -> {
            Long select = edit.call();
            return new Result<>(rows.groups(), select);
        }).onSuccess(result -> {
            state.show(result.groups(), result.select());
            redraw.run();
        }).andFinally(state::finished).runOn(executor);
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
        state.started();
        Tasks.create(() -> rows.reportedOn(id, isGroup)).onSuccess(reported -> {
            if (!reported.any() || confirmDelete.test(reported, isGroup)) {
                run(() -> {
                    rows.deleteSelected(id, isGroup);
                    return null;
                });
            }
        }).andFinally(state::finished).runOn(executor);
    }

    private record Result<G>(List<G> groups, Long select) {
    }
}
