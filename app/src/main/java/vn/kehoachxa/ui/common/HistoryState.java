package vn.kehoachxa.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import vn.kehoachxa.service.edit.EditHistory;

/**
 * The thin JavaFX side of an {@link EditHistory}: whether Hoàn tác and Làm lại can run, as properties a screen
 * binds its buttons to. The history changes on the background executor; {@link #refresh} copies its state into the
 * properties and must be called on the FX thread (in a task's success or error callback).
 */
public final class HistoryState {
    private final EditHistory history;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    /** Shows the state of {@code history}. */
    public HistoryState(EditHistory history) {
        this.history = history;
    }

    /** Copies the history's state into the properties. FX thread only. */
    public void refresh() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    /** Whether there is something to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether there is something to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
