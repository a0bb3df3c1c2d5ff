package vn.kehoachxa.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The last edits of one screen as inverse service calls: a view model pushes the call that undoes each edit it
 * saves, and Ctrl+Z pops and runs the latest one (on the background executor). Holds at most {@value #LIMIT}.
 */
public final class UndoStack {
    /** How many edits a screen remembers. */
    public static final int LIMIT = 100;

    private final Deque<Step> steps = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);

    /** Remembers how to undo an edit just saved. */
    public void push(String description, Tasks.ThrowingRunnable inverse) {
        steps.push(new Step(description, inverse));
        if (steps.size() > LIMIT) {
            steps.removeLast();
        }
        canUndo.set(true);
    }

    /** Takes the latest step, if any. */
    public Optional<Step> pop() {
        Step step = steps.poll();
        canUndo.set(!steps.isEmpty());
        return Optional.ofNullable(step);
    }

    /** Forgets everything (another plan was opened). */
    public void clear() {
        steps.clear();
        canUndo.set(false);
    }

    /** How many steps are remembered. */
    public int size() {
        return steps.size();
    }

    /** Whether there is something to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** One undoable edit: what it was and the call that reverts it. */
    public record Step(String description, Tasks.ThrowingRunnable inverse) {
    }
}
