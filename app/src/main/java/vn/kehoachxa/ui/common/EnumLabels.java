package vn.kehoachxa.ui.common;

import javafx.util.StringConverter;
import vn.kehoachxa.domain.Texts;

/** Shows enum values in choice boxes by their Vietnamese label, {@code prefix + name()} in the bundle. */
public final class EnumLabels {
    private EnumLabels() {
    }

    /** A one-way converter for non-editable choice and combo boxes. */
    public static <E extends Enum<E>> StringConverter<E> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : Texts.get(prefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null; // the boxes are not editable: nothing is ever typed back
            }
        };
    }
}
