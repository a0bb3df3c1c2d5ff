package vn.kehoachxa.ui.common;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoachxa.service.edit.EditHistory;

/**
 * What a screen that edits rows of the plan (Chỉ tiêu, Phân công, Nội dung) shows, held by its view model: the plan,
 * the groups (or top-level sections) as last read, the selected row or group, whether an edit is running, and whether undo and redo can run. Everything here
 * changes on the FX thread only, in the tasks' success and final callbacks; the blocking reads and edits run on the
 * ordered executor and hand their results here.
 *
 * @param <G> the type of a top-level row: a table's group, or a numbered section
 */
public final class RowsState<G> {
    private final ObjectProperty<Long> planId = new SimpleObjectProperty<>(this, "planId");
    private final ObservableList<G> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final BooleanProperty selectedIsGroup = new SimpleBooleanProperty(this, "selectedIsGroup");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final HistoryState history;
    private int running;

    /** The state of a screen whose edits are recorded in {@code history}. */
    public RowsState(EditHistory history) {
        this.history = new HistoryState(history);
    }

    /** The plan shown (null: none). FX thread. */
    public ObjectProperty<Long> planIdProperty() {
        return planId;
    }

    /** The groups with their rows, as last read after an edit or an opening. FX thread. */
    public ObservableList<G> rows() {
        return rows;
    }

    /** The id of the selected row or group (see {@link #selectedIsGroupProperty()}), or null. FX thread. */
    public ObjectProperty<Long> selectedIdProperty() {
        return selectedId;
    }

    /** Whether the selection is a group rather than a row. FX thread. */
    public BooleanProperty selectedIsGroupProperty() {
        return selectedIsGroup;
    }

    /** Selects row (not group) {@code id}. FX thread. */
    public void selectRow(long id) {
        selectedIsGroupProperty().set(false);
        selectedIdProperty().set(id);
    }

    /**
     * Shows row {@code id} of a grouped table whose filters may hide it: clears {@code filter} and {@code unitFilter},
     * selects the row, refills the table ({@code fill}, which may re-select what it held) and selects it again.
     * FX thread.
     */
    public void reveal(long id, javafx.scene.control.TextField filter, javafx.scene.control.ComboBox<?> unitFilter,
                       Runnable fill, javafx.scene.Node table) {
        filter.clear();
        unitFilter.setValue(null);
        selectRow(id);
        fill.run();
        selectRow(id);
        table.requestFocus();
    }

    /** Whether a read or an edit of this screen is still running on the executor. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether there is something to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    /** Whether there is something to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** The selected row or group id, or null. */
    public Long selectedId() {
        return selectedId.get();
    }

    /** Whether the selection is a group. */
    public boolean selectedIsGroup() {
        return selectedIsGroup.get();
    }

    /** The plan shown, or null. */
    public Long planId() {
        return planId.get();
    }

    /** Applies what a read or an edit returned: the groups, with {@code select} selected (null: none). FX thread. */
    public void show(List<G> groups, Long select) {
        selectedId.set(select);
        rows.setAll(groups);
    }

    /** A task of this screen starts. FX thread. */
    public void started() {
        running++;
        busy.set(true);
    }

    /** A task of this screen ended, well or not: the undo and redo state is brought up to date. FX thread. */
    public void finished() {
        running = Math.max(0, running - 1);
        busy.set(running > 0);
        history.refresh();
    }
}
