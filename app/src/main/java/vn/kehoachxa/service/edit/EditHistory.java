package vn.kehoachxa.service.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo history of one screen. A view model records, after each edit it saved, the change that reverts
 * it; {@link #undo} applies the latest and keeps what it returns for {@link #redo}, and the other way round. A new
 * edit forgets what could be redone. A change that fails stays where it was (its transaction rolled back), so the
 * user can try again. Holds at most {@value #LIMIT} steps each way. Thread-safe; no JavaFX.
 */
public final class EditHistory {
    /** How many edits a screen remembers. */
    public static final int LIMIT = 100;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    /** Remembers how to revert an edit just saved; forgets what could be redone. */
    public synchronized void record(String description, Change inverse) {
        push(undo, new Step(description, inverse));
        redo.clear();
    }

    /** Reverts the latest edit; false when there is none. Blocks. */
    public boolean undo() throws Exception {
        return move(undo, redo);
    }

    /** Applies again the latest edit undone; false when there is none. Blocks. */
    public boolean redo() throws Exception {
        return move(redo, undo);
    }

    /** Forgets everything (another plan was opened). */
    public synchronized void clear() {
        undo.clear();
        redo.clear();
    }

    /** Whether there is something to undo. */
    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Whether there is something to redo. */
    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What the next undo reverts. */
    public synchronized Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Step::description);
    }

    /** What the next redo applies again. */
    public synchronized Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Step::description);
    }

    private boolean move(Deque<Step> from, Deque<Step> to) throws Exception {
        Step step;
        synchronized (this) {
            step = from.poll();
        }
        if (step == null) {
            return false;
        }
        Change inverse;
        try {
            inverse = step.change().apply();
        } catch (Exception | Error e) {
            synchronized (this) {
                from.push(step);
            }
            throw e;
        }
        synchronized (this) {
            push(to, new Step(step.description(), inverse));
        }
        return true;
    }

    private static void push(Deque<Step> steps, Step step) {
        steps.push(step);
        if (steps.size() > LIMIT) {
            steps.removeLast();
        }
    }

    /** One step: what the edit was and the change that goes the other way. */
    private record Step(String description, Change change) {
    }
}
