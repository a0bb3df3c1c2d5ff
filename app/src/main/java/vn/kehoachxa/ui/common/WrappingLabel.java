package vn.kehoachxa.ui.common;

import javafx.scene.control.Label;

/**
 * A label that wraps and is never squeezed below the lines it needs at the width it has: with large text a panel's
 * title takes two lines instead of losing its second one. A plain wrapping label claims one line as its minimum (and is
 * cut when squeezed); with its minimum set to its preferred height it claims the lines it would need at any width asked
 * about, and a row of panels works out its minimum at its panels' narrowest widths: a word per line, a page far taller
 * than its content. So this one counts its lines at no less than its laid-out width.
 */
public class WrappingLabel extends Label {
    /** An empty label; FXML sets the text. */
    public WrappingLabel() {
        setWrapText(true);
    }

    @Override
    protected double computeMinHeight(double width) {
        return width < 0 ? super.computeMinHeight(width) : computePrefHeight(Math.max(width, getWidth()));
    }
}
