package vn.kehoachxa.testsupport;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;

/**
 * Catches a screen's bound state changing off the FX thread. For each watched object it calls every public
 * no-argument method returning a JavaFX {@link Observable} (the {@code fooProperty()}, {@code rows()},
 * {@code canUndoProperty()} methods) and listens to what it gets; a change seen on another thread is recorded with
 * the thread and the caller, and {@link #assertNoOffThreadChanges()} fails the test with the list.
 *
 * <p>{@link #watchController} finds a controller's view models by reflection: the values of its fields (and of the
 * fields of its own panes) whose class is a {@code vn.kehoachxa.ui} view model ({@code *ViewModel}), the state they
 * hold ({@code RowsState}, {@code HistoryState}) and the shared {@code AppContext} (current plan, plan changes, text size). Watch on the FX thread, before or while the screen works.
 */
public final class FxThreadGuard {
    private static final String UI_PACKAGE = "vn.kehoachxa.ui.";
    private final List<String> offThread = Collections.synchronizedList(new ArrayList<>());
    private final Set<Object> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Object> keepAlive = new ArrayList<>();

    /** Watches the view models a controller holds (and those of the panes it holds). */
    public void watchController(Object controller) {
        findModels(controller, 0);
    }

    /** Watches every observable {@code model} hands out through a public no-argument method. */
    public void watchModel(Object model) {
        if (model == null || !watched.add(model)) {
            return;
        }
        for (Method method : model.getClass().getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || !Observable.class.isAssignableFrom(method.getReturnType())
                    || method.getDeclaringClass().getName().startsWith("javafx.")) {
                continue;
            }
            Object observable;
            try {
                method.setAccessible(true);
                observable = method.invoke(model);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                continue;
            }
            listen(model.getClass().getSimpleName() + "." + method.getName() + "()", (Observable) observable);
        }
    }

    /** The simple class names of everything watched (to check that a screen's view model is among them). */
    public List<String> watched() {
        return watched.stream().map(o -> o.getClass().getSimpleName()).toList();
    }

    /** What changed off the FX thread so far (one line each: what, on which thread, called from where). */
    public List<String> offThreadChanges() {
        synchronized (offThread) {
            return List.copyOf(offThread);
        }
    }

    /** Fails when anything watched changed off the FX thread. */
    public void assertNoOffThreadChanges() {
        List<String> found = offThreadChanges();
        if (!found.isEmpty()) {
            throw new AssertionError("Bound properties changed off the FX thread:\n  " + String.join("\n  ", found));
        }
    }

    private void listen(String name, Observable observable) {
        if (observable == null) {
            return;
        }
        keepAlive.add(observable);
        // A change listener (not an invalidation listener) so every change is seen, not only the first after a read.
        if (observable instanceof ObservableList<?> list) {
            list.addListener((ListChangeListener<Object>) change -> check(name));
        } else if (observable instanceof ObservableSet<?> set) {
            set.addListener((SetChangeListener<Object>) change -> check(name));
        } else if (observable instanceof ObservableMap<?, ?> map) {
            map.addListener((MapChangeListener<Object, Object>) change -> check(name));
        } else if (observable instanceof ObservableValue<?> value) {
            value.addListener((obs, old, now) -> check(name));
        } else {
            observable.addListener(obs -> check(name));
        }
    }

    private void check(String name) {
        if (!Platform.isFxApplicationThread()) {
            offThread.add(name + " on thread " + Thread.currentThread().getName() + " from " + caller());
        }
    }

    /** The first frame of the app's own code that is not this guard: who made the change. */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("vn.kehoachxa.")
                        && !f.getClassName().equals(FxThreadGuard.class.getName()))
                .findFirst().map(Object::toString).orElse("?"));
    }

    private void findModels(Object holder, int depth) {
        if (holder == null || depth > 2) {
            return;
        }
        for (Class<?> type = holder.getClass(); type != null && type.getName().startsWith(UI_PACKAGE);
             type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                Object value;
                try {
                    field.setAccessible(true);
                    value = field.get(holder);
                } catch (IllegalAccessException | RuntimeException e) {
                    continue;
                }
                if (value == null || !value.getClass().getName().startsWith(UI_PACKAGE) || watched.contains(value)) {
                    continue;
                }
                String simple = value.getClass().getSimpleName();
                if (simple.endsWith("ViewModel") || simple.endsWith("State") || simple.equals("AppContext")) {
                    watchModel(value);
                }
                findModels(value, depth + 1);
            }
        }
    }
}
