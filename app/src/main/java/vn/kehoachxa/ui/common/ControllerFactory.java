package vn.kehoachxa.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Builds FXML controllers by constructor injection: the composition root registers how to make each controller
 * class, and the FXML loader asks here instead of calling a no-argument constructor.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Supplier<?>> makers = new HashMap<>();
    private final Consumer<Object> onCreated;

    /** A factory that only builds. */
    public ControllerFactory() {
        this(controller -> { });
    }

    /**
     * A factory that also hands each controller it builds to {@code onCreated} (the composition root keeps them, so
     * UI tests can watch the screens' view models).
     */
    public ControllerFactory(Consumer<Object> onCreated) {
        this.onCreated = onCreated;
    }

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
        Object controller = maker.get();
        onCreated.accept(controller);
        return controller;
    }
}
