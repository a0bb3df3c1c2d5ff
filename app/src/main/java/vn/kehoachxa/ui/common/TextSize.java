package vn.kehoachxa.ui.common;

import vn.kehoachxa.domain.Texts;

/** The UI text size (cỡ chữ giao diện): officials on small or old screens need larger text. */
public enum TextSize {
    SMALL(12), NORMAL(14), LARGE(17);

    private final int pixels;

    TextSize(int pixels) {
        this.pixels = pixels;
    }

    /** The root font size in pixels; every size in app.css is in em, so everything scales. */
    public int pixels() {
        return pixels;
    }

    /** The root style that applies this size. */
    public String rootStyle() {
        return "-fx-font-size: " + pixels + "px;";
    }

    @Override
    public String toString() {
        return Texts.get("settings.textSize." + name());
    }
}
