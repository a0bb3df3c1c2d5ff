package vn.kehoachxa.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import vn.kehoachxa.domain.Texts;

/**
 * The right-click menu of every text field and text area in Vietnamese. JavaFX ships no Vietnamese bundle for its
 * controls, so its own menu says "Undo, Cut, Copy, Paste, Select All" in English (decision 0020). A filter on each
 * scene ({@link Appearance} installs it on every window) answers the request before the control does, with the same
 * items and the same rules for what is enabled; a field with its own context menu keeps it.
 */
public final class TextMenus {
    private TextMenus() {
    }

    /** Installs the Vietnamese menu on {@code scene} once. */
    public static void install(Scene scene) {
        if (scene.getProperties().putIfAbsent(TextMenus.class, Boolean.TRUE) == null) {
            scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, TextMenus::requested);
        }
    }

    private static void requested(ContextMenuEvent e) {
        TextInputControl field = owningField(e.getTarget() instanceof Node n ? n : null);
        if (field == null || field.getContextMenu() != null || field.getOnContextMenuRequested() != null) {
            return;
        }
        ContextMenu menu = menuFor(field);
        if (e.isKeyboardTrigger()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            menu.show(field, b.getMinX() + 8, b.getMaxY());
        } else {
            menu.show(field, e.getScreenX(), e.getScreenY());
        }
        e.consume();
    }

    /** The menu for {@code field} as it stands now: the JavaFX items, in Vietnamese, enabled by the same rules. */
    public static ContextMenu menuFor(TextInputControl field) {
        boolean editable = field.isEditable() && !field.isDisabled();
        boolean selected = field.getSelection().getLength() > 0;
        boolean secret = field instanceof PasswordField;
        String text = field.getText() == null ? "" : field.getText();
        ContextMenu menu = new ContextMenu(
                item("textmenu.undo", !editable || !field.isUndoable(), field::undo),
                item("textmenu.redo", !editable || !field.isRedoable(), field::redo),
                new SeparatorMenuItem(),
                item("textmenu.cut", !editable || !selected || secret, field::cut),
                item("textmenu.copy", !selected || secret, field::copy),
                item("textmenu.paste", !editable || !Clipboard.getSystemClipboard().hasString(), field::paste),
                item("textmenu.delete", !editable || !selected, () -> field.deleteText(field.getSelection())),
                new SeparatorMenuItem(),
                item("textmenu.selectAll", text.isEmpty(), field::selectAll));
        menu.setAutoHide(true);
        return menu;
    }

    private static MenuItem item(String key, boolean disabled, Runnable action) {
        MenuItem item = new MenuItem(Texts.get(key));
        item.setDisable(disabled);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static TextInputControl owningField(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl field) {
                return field;
            }
        }
        return null;
    }
}
