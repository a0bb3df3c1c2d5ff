package vn.kehoachxa.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Builds FXML controllers by constructor injection: the composition root registers how to make each controller
 * class, and the FXML loader asks here instead of calling a no-argument constructor.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Supplier<?>> makers = new HashMap<>();

    /** Registers how to build {@code type}; returns this for chaining. */
    public <T> ControllerFactory register(Class<T> type, Supplier<? extends T> maker) {
        makers.put(type, maker);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> maker = makers.get(type);
        if (maker == null) {
            throw new IllegalStateException("No controller registered for " + type.getName()
                    + "; register it in the composition root (App)");
        }
        return maker.get();
    }
}
