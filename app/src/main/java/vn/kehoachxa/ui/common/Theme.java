package vn.kehoachxa.ui.common;

import java.util.Optional;
import vn.kehoachxa.domain.Texts;

/**
 * The UI colour theme (giao diện): the standard one, or high contrast (tương phản cao) for officials with weak
 * eyesight or an old, washed-out screen: black text and borders on white, darker accents, a thick focus frame.
 */
public enum Theme {
    STANDARD(null), HIGH_CONTRAST("/css/high-contrast.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The style sheet laid over app.css for this theme, if any. */
    public Optional<String> stylesheet() {
        return Optional.ofNullable(stylesheet);
    }

    @Override
    public String toString() {
        return Texts.get("settings.theme." + name());
    }
}
