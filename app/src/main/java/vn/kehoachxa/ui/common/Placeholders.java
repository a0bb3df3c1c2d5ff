package vn.kehoachxa.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import org.controlsfx.control.CheckComboBox;
import vn.kehoachxa.domain.Texts;

/**
 * What an empty table, list or drop-down says. JavaFX falls back to "No content in table" / "No content in List"
 * (it ships no Vietnamese), so a screen's FXML names its own placeholder and this fills in a plain Vietnamese one
 * wherever a screen did not, including every combo box's drop-down list.
 */
public final class Placeholders {
    private Placeholders() {
    }

    /** Gives every table, list and combo box under {@code root} without a placeholder the general one. */
    public static void fill(Node root) {
        switch (root) {
            case TableView<?> t when t.getPlaceholder() == null -> t.setPlaceholder(label("placeholder.list"));
            case TreeTableView<?> t when t.getPlaceholder() == null -> t.setPlaceholder(label("placeholder.list"));
            case ListView<?> l when l.getPlaceholder() == null -> l.setPlaceholder(label("placeholder.list"));
            case ComboBox<?> c when c.getPlaceholder() == null -> c.setPlaceholder(label("placeholder.choices"));
            default -> {
            }
        }
        // Before their skins exist, these hold their content outside the children list.
        switch (root) {
            case ScrollPane scroll when scroll.getContent() != null -> fill(scroll.getContent());
            case TitledPane titled when titled.getContent() != null -> fill(titled.getContent());
            case TabPane tabs -> tabs.getTabs().stream().map(Tab::getContent).filter(c -> c != null)
                    .forEach(Placeholders::fill);
            case SplitPane split -> split.getItems().forEach(Placeholders::fill);
            // ControlsFX builds the combo box it drops down inside its skin, which comes later.
            case CheckComboBox<?> check -> check.skinProperty().addListener((obs, old, skin) -> {
                if (skin != null) {
                    check.getChildrenUnmodifiable().forEach(Placeholders::fill);
                }
            });
            default -> {
            }
        }
        if (root instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(Placeholders::fill);
        }
    }

    private static Label label(String key) {
        Label label = new Label(Texts.get(key));
        label.setWrapText(true);
        label.getStyleClass().add("muted");
        return label;
    }
}
