package vn.kehoachxa.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Puts a screen in a scroll pane that fills the window's content area: as high as the window allows, and scrolling
 * down instead of squeezing when the window is shorter than what the screen needs (its tables keep room for eight
 * rows, {@link RowLines}). A screen that already scrolls is shown as it is.
 */
public final class ScreenScroll {
    private ScreenScroll() {
    }

    /** {@code screen} in a fitting scroll pane, or {@code screen} itself when it is one. */
    public static Node around(Parent screen) {
        if (screen instanceof ScrollPane) {
            return screen;
        }
        ScrollPane scroll = new ScrollPane(screen);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll("screen-scroll", "screen-fit-scroll");
        return scroll;
    }
}
