package vn.kehoachxa.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * The one place that gives every window of the app the text size and theme chosen in Cài đặt: the main window,
 * every alert and dialog, the print preview, the new-plan wizard, whoever opened them. It watches the list of the
 * application's windows, so a dialog cannot forget it: as a window is shown (before it is sized), its scene gets the
 * app's style sheets (app.css, and the theme's sheet over it) and its root the text size; later changes of either
 * reach every open window. Popups (menus, drop-downs, tooltips) are left alone: JavaFX styles them from the control
 * that owns them, which already has both.
 */
public final class Appearance {
    /** Marks a root this class styled, so the style can be taken off again when the scene gets another root. */
    private static final String STYLED = "kehoachxa.appearance.styled";

    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(this, "textSize", TextSize.NORMAL);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.STANDARD);
    private final String baseSheet;
    private final List<String> themeSheets = new ArrayList<>();
    private final ListChangeListener<Window> windowsChanged = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::follow);
        }
    };
    private final ChangeListener<Scene> sceneChanged = (obs, old, now) -> style(now);
    private final ChangeListener<Parent> rootChanged = (obs, old, now) -> {
        if (old != null && old.getProperties().remove(STYLED) != null) {
            old.setStyle("");
            for (Theme t : Theme.values()) {
                old.getStyleClass().remove(styleClass(t));
            }
        }
        styleRoot(now);
    };

    private Appearance(String baseSheet) {
        this.baseSheet = baseSheet;
        for (Theme t : Theme.values()) {
            t.stylesheet().map(Appearance::url).ifPresent(themeSheets::add);
        }
        InvalidationListener restyle = obs -> Window.getWindows().forEach(w -> style(w.getScene()));
        textSize.addListener(restyle);
        theme.addListener(restyle);
    }

    /**
     * Starts styling every window of the application, those open and those opened later, with style sheet
     * {@code baseSheet} (a resource path) and the text size and theme set here. FX thread.
     */
    public static Appearance install(String baseSheet) {
        Appearance appearance = new Appearance(url(baseSheet));
        Window.getWindows().addListener(appearance.windowsChanged);
        List.copyOf(Window.getWindows()).forEach(appearance::follow);
        return appearance;
    }

    /** Stops watching new windows (the application stops; UI tests start it again in the same JVM). */
    public void uninstall() {
        Window.getWindows().removeListener(windowsChanged);
        for (Window w : List.copyOf(Window.getWindows())) {
            w.sceneProperty().removeListener(sceneChanged);
            if (w.getScene() != null) {
                w.getScene().rootProperty().removeListener(rootChanged);
            }
        }
    }

    /** The text size every window shows. */
    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    /** The theme every window shows. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    private void follow(Window window) {
        if (window instanceof PopupWindow) {
            return;
        }
        // Listeners are added once per window: a window shown again is added to the list again.
        window.sceneProperty().removeListener(sceneChanged);
        window.sceneProperty().addListener(sceneChanged);
        style(window.getScene());
    }

    private void style(Scene scene) {
        if (scene == null || scene.getWindow() instanceof PopupWindow) {
            return;
        }
        List<String> sheets = scene.getStylesheets();
        sheets.removeAll(themeSheets);
        if (!sheets.contains(baseSheet)) {
            sheets.addFirst(baseSheet);
        }
        theme.get().stylesheet().map(Appearance::url).ifPresent(sheets::add);
        scene.rootProperty().removeListener(rootChanged);
        scene.rootProperty().addListener(rootChanged);
        styleRoot(scene.getRoot());
        TextMenus.install(scene);
    }

    /**
     * The size goes on the scene's root, and the theme's class with it (for rules that only the theme changes).
     * The inline style beats the theme's own root font size.
     */
    private void styleRoot(Parent root) {
        if (root == null) {
            return;
        }
        root.setStyle(textSize.get().rootStyle());
        root.getProperties().put(STYLED, Boolean.TRUE);
        for (Theme t : Theme.values()) {
            root.getStyleClass().remove(styleClass(t));
        }
        root.getStyleClass().add(styleClass(theme.get()));
    }

    /** The style class a root carries for {@code t}: {@code theme-high-contrast}. */
    public static String styleClass(Theme t) {
        return "theme-" + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String url(String resource) {
        return Objects.requireNonNull(Appearance.class.getResource(resource), resource).toExternalForm();
    }
}
