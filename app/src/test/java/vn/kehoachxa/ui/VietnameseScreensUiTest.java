package vn.kehoachxa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.testsupport.EnglishText;
import vn.kehoachxa.ui.common.Dialogs;
import vn.kehoachxa.ui.main.Navigation;

/**
 * Walks every screen of the navigation on the Mường La plan: each table and list says in Vietnamese when it is empty
 * (JavaFX's "No content in table" has no Vietnamese), and no label, button, column, menu or prompt shows English.
 * Also the alerts every dialog starts from: title, head and buttons.
 */
class VietnameseScreensUiTest {
    @TempDir
    Path dataDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void everyScreenSpeaksVietnameseAndSaysSoWhenATableIsEmpty() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        ComboBox<?> switcher = app.waitFor("#planSwitcher");
        app.until(() -> switcher.getValue() != null);
        List<String> problems = new ArrayList<>();
        int tables = 0;
        for (Navigation nav : Navigation.values()) {
            app.navigate(nav.toString());
            app.screenshot("vietnamese-" + nav.name().toLowerCase(java.util.Locale.ROOT));
            List<Node> nodes = new ArrayList<>();
            app.fx(() -> collect(app.stage().getScene().getRoot(), nodes));
            for (Node node : nodes) {
                tables += check(nav, node, problems);
            }
        }
        MenuBar menus = app.lookup("#menuBar").query();
        for (Menu menu : menus.getMenus()) {
            english(problems, "menu", menu.getText());
            for (MenuItem item : menu.getItems()) {
                english(problems, "menu " + menu.getText(), item.getText());
            }
        }
        assertThat(tables).as("tables and lists walked").isGreaterThan(10);
        assertThat(problems).as("English or missing placeholders on screen").isEmpty();
    }

    @Test
    void everyKindOfAlertHasAVietnameseTitleAndButtons() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        List<String> problems = new ArrayList<>();
        app.fx(() -> {
            for (Alert.AlertType type : List.of(Alert.AlertType.INFORMATION, Alert.AlertType.WARNING,
                    Alert.AlertType.CONFIRMATION, Alert.AlertType.ERROR)) {
                Alert alert = Dialogs.alert(type, "Nội dung");
                english(problems, type + " title", alert.getTitle());
                english(problems, type + " header", alert.getHeaderText());
                assertThat(alert.getTitle()).isEqualTo("Kế hoạch Xã");
                for (ButtonType button : alert.getButtonTypes()) {
                    english(problems, type + " button", button.getText());
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /** Checks one node; returns 1 when it was a table or list. */
    private static int check(Navigation nav, Node node, List<String> problems) {
        String where = nav.name() + " " + node.getClass().getName() + "#" + node.getId();
        if (node instanceof Labeled labeled) {
            english(problems, where, labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            english(problems, where + " prompt", input.getPromptText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            english(problems, where + " tooltip", control.getTooltip().getText());
        }
        Node placeholder = node instanceof TableView<?> t ? t.getPlaceholder()
                : node instanceof TreeTableView<?> t ? t.getPlaceholder()
                : node instanceof ListView<?> l ? l.getPlaceholder() : null;
        if (node instanceof ComboBox<?> combo) {
            // Its drop-down list shows the combo box's placeholder, else "No content in List".
            if (!(combo.getPlaceholder() instanceof Labeled label) || !EnglishText.in(label.getText()).isEmpty()) {
                problems.add(where + ": no Vietnamese placeholder");
            }
        }
        if ("list-view".equals(node.getId())) {
            // A combo box's own drop-down list, checked through its combo box above.
            return 0;
        }
        if (node instanceof TableView<?> || node instanceof TreeTableView<?> || node instanceof ListView<?>) {
            if (!"navigation".equals(node.getId()) && !(placeholder instanceof Labeled)) {
                problems.add(where + ": no Vietnamese placeholder");
            } else if (placeholder instanceof Labeled label) {
                english(problems, where + " placeholder", label.getText());
                if (label.getText() == null || label.getText().isBlank()) {
                    problems.add(where + ": empty placeholder");
                }
            }
            List<? extends TableColumnBase<?, ?>> columns = node instanceof TableView<?> t ? t.getColumns()
                    : node instanceof TreeTableView<?> t ? t.getColumns() : List.of();
            columns.forEach(c -> english(problems, where + " column", c.getText()));
            return 1;
        }
        return 0;
    }

    private static void english(List<String> problems, String where, String text) {
        List<String> words = EnglishText.in(text);
        if (!words.isEmpty()) {
            problems.add(where + ": \"" + text + "\" " + words);
        }
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }
}
