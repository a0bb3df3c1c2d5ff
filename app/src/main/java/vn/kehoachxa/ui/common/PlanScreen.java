package vn.kehoachxa.ui.common;

/**
 * A screen that shows one plan. The main window tells it the current plan whenever the screen is shown or the
 * plan switches; a screen reloads from the services there (off the FX thread, through {@link Tasks}).
 */
public interface PlanScreen {
    /** Shows plan {@code planId}, or an empty state when it is null. Called on the FX thread. */
    void showPlan(Long planId);

    /** Undoes the screen's last edit (Ctrl+Z); screens without undo ignore it. */
    default void undo() {
    }

    /** Applies again the screen's last edit undone (Ctrl+Y, Ctrl+Shift+Z); screens without redo ignore it. */
    default void redo() {
    }
}
