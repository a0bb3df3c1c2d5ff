package vn.kehoachxa.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * The edit loop the appendix tables (Chỉ tiêu, Phân công) share: an edit runs on the executor, the groups are read
 * again there, and the table is redrawn on the FX thread with the row the edit names selected.
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
    }

    private final Rows<G> rows;
    private final Executor executor;
    private final BiConsumer<List<G>, Long> redraw;

    /** Edits {@code rows} on {@code executor}; {@code redraw} gets the groups and the id to select (FX thread). */
    public GroupedRowEdits(Rows<G> rows, Executor executor, BiConsumer<List<G>, Long> redraw) {
        this.rows = rows;
        this.executor = executor;
        this.redraw = redraw;
    }

    /** Runs {@code edit}, then redraws with the id it returns selected (null: none). */
    public void run(Callable<Long> edit) {
        Tasks.create(() -> {
            Long select = edit.call();
            return new Result<>(rows.groups(), select);
        }).onSuccess(result -> redraw.accept(result.groups(), result.select())).runOn(executor);
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

    /** Deletes the selected row or group; nothing when none is selected. */
    public void delete(Long id, boolean isGroup) {
        if (id != null) {
            run(() -> {
                rows.deleteSelected(id, isGroup);
                return null;
            });
        }
    }

    private record Result<G>(List<G> groups, Long select) {
    }
}
