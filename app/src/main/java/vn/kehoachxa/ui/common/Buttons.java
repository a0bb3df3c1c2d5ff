package vn.kehoachxa.ui.common;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import vn.kehoachxa.domain.Texts;

/**
 * Dialog buttons in Vietnamese. JavaFX's own {@code ButtonType.OK/CANCEL/CLOSE} follow the JVM's locale and JavaFX
 * ships no Vietnamese, so on office PCs they read "Cancel"; use these instead.
 */
public final class Buttons {
    /** "Đồng ý". */
    public static final ButtonType OK = new ButtonType(Texts.get("button.ok"), ButtonData.OK_DONE);
    /** "Hủy". */
    public static final ButtonType CANCEL = new ButtonType(Texts.get("button.cancel"), ButtonData.CANCEL_CLOSE);
    /** "Đóng". */
    public static final ButtonType CLOSE = new ButtonType(Texts.get("export.close"), ButtonData.CANCEL_CLOSE);

    private Buttons() {
    }
}
