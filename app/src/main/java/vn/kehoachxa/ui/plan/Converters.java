package vn.kehoachxa.ui.plan;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice lists (the user picks, never types). */
final class Converters {
    private Converters() {
    }

    /** Shows a value as {@code text} says; null shows as nothing. */
    static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
