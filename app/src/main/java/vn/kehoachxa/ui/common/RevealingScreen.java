package vn.kehoachxa.ui.common;

/**
 * A screen that can select one of its items by id, so that a find hit (Sửa › Tìm trong kế hoạch…) opens on it. The
 * main window shows the screen first (which loads the plan), then asks it to reveal the item.
 */
public interface RevealingScreen {
    /** Selects item {@code id} (a section, indicator or row) once the plan is shown, clearing filters hiding it. */
    void reveal(long id);
}
