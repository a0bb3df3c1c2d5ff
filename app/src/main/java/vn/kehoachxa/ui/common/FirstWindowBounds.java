package vn.kehoachxa.ui.common;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: 1200 × 780 where the screen has room, otherwise the whole usable screen. A 1366 × 768
 * laptop at 125 % scaling offers 1093 × 584 logical pixels without the taskbar; a window larger than that would open
 * with its bottom and right edges (the status bar, the buttons) off the screen.
 */
public final class FirstWindowBounds {
    /** The size the app is laid out for. */
    public static final double WIDTH = 1200;
    /** The size the app is laid out for. */
    public static final double HEIGHT = 780;

    private FirstWindowBounds() {
    }

    /** The window's bounds on a screen whose usable area (without the taskbar) is {@code visual}. */
    public static Rectangle2D on(Rectangle2D visual) {
        double width = Math.min(WIDTH, visual.getWidth());
        double height = Math.min(HEIGHT, visual.getHeight());
        double x = visual.getMinX() + (visual.getWidth() - width) / 2;
        double y = visual.getMinY() + (visual.getHeight() - height) / 2;
        return new Rectangle2D(x, y, width, height);
    }
}
