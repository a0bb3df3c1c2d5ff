package vn.kehoachxa.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanHit;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.ui.assignments.MatrixRow;
import vn.kehoachxa.ui.common.FileChooserPort;

/** The keyboard: Alt mnemonics on the menus, Ctrl+F (find across the plan), Ctrl+E (export), Ctrl+P (print). */
class KeyboardUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path exportDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private void start() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        ComboBox<PlanSummary> switcher = app.waitFor("#planSwitcher");
        app.until(() -> switcher.getValue() != null);
    }

    private void shortcut(KeyCode key) {
        app.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void everyMenuHasItsOwnPlainLetterAndAltOpensIt() {
        start();
        MenuBar bar = app.lookup("#menuBar").query();
        List<Character> barLetters = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            barLetters.add(mnemonic(menu));
            List<Character> itemLetters = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                if (!(item instanceof SeparatorMenuItem)) {
                    itemLetters.add(mnemonic(item));
                }
            }
            assertThat(itemLetters).as("letters in menu %s", menu.getText()).doesNotHaveDuplicates();
        }
        assertThat(barLetters).containsExactly('t', 's', 'c', 'g');
        assertThat(accelerators(bar)).contains("Ctrl+N", "Ctrl+E", "Ctrl+P", "Ctrl+Z", "Ctrl+Y", "Ctrl+F", "F1");

        app.press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);

        Menu file = bar.getMenus().getFirst();
        app.until(file::isShowing);
        app.screenshot("keyboard-1-alt-t-opens-tep");
        app.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    /** The letter after the underscore: plain ASCII, present in the label, mnemonic parsing on. */
    private static char mnemonic(MenuItem item) {
        String text = item.getText();
        assertThat(item.isMnemonicParsing()).as(text).isTrue();
        assertThat(text).as(text).containsOnlyOnce("_");
        char letter = text.charAt(text.indexOf('_') + 1);
        assertThat(letter).as(text).isBetween('A', 'z');
        return Character.toLowerCase(letter);
    }

    private static List<String> accelerators(MenuBar bar) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).map(MenuItem::getAccelerator)
                .filter(a -> a != null).map(KeyCombination::getDisplayText).toList();
    }

    @Test
    void ctrlFFindsATaskTypedWithoutAccentsAndEnterOpensItSelected() {
        start();
        shortcut(KeyCode.F);
        javafx.scene.control.TextField field = app.waitFor("#findField");
        // The robot types into the window it last pointed at: point at the field the shortcut focused.
        app.clickOn(field).write("y hoc gia dinh");
        assertThat(field.getText()).isEqualTo("y hoc gia dinh");
        app.press(KeyCode.ENTER).release(KeyCode.ENTER);

        TreeTableView<MatrixRow> table = app.waitFor("#table");
        app.until(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().getValue().item() != null);
        MatrixRow row = table.getSelectionModel().getSelectedItem().getValue();
        assertThat(row.item().content()).contains("nguyên lý y học gia đình");
        assertThat(row.number()).isEqualTo("5");
        assertThat(app.lookup("Phân công nhiệm vụ").tryQuery()).isPresent();
        app.screenshot("keyboard-2-find-opens-the-task");

        // Ctrl+F again shows the same hits; an indicator typed with the other tone style opens the indicators.
        shortcut(KeyCode.F);
        ListView<PlanHit> results = app.waitFor("#findResults");
        assertThat(results.getItems()).extracting(PlanHit::where).containsExactly("Phụ lục II, nhóm II, nhiệm vụ 5");
        app.fx(() -> app.lookup("#findIgnoreAccents").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(false));
        app.fx(() -> app.lookup("#findField").queryAs(javafx.scene.control.TextField.class)
                .setText("Số năm sống khoẻ mạnh"));
        app.until(() -> results.getItems().stream().anyMatch(h -> h.place() == PlanHit.Place.INDICATOR));
        app.screenshotOf("keyboard-3-find-hits", results);
        app.fx(() -> results.getSelectionModel().select(results.getItems().stream()
                .filter(h -> h.place() == PlanHit.Place.INDICATOR).findFirst().orElseThrow()));
        app.clickOn("#findOpen");
        TreeTableView<vn.kehoachxa.ui.indicators.IndicatorRow> indicators = app.waitFor("#table");
        app.until(() -> indicators.getSelectionModel().getSelectedItem() != null
                && indicators.getSelectionModel().getSelectedItem().getValue().indicator() != null
                && indicators.getSelectionModel().getSelectedItem().getValue().indicator().name()
                .equals("Số năm sống khỏe mạnh"));

        // A section: the outline opens with it selected, its parents expanded.
        shortcut(KeyCode.F);
        app.fx(() -> app.lookup("#findField").queryAs(javafx.scene.control.TextField.class)
                .setText("Tầm nhìn đến năm 2045"));
        app.until(() -> results.getItems().size() == 1 && results.getItems().getFirst().where().equals("Mục I.2.2"));
        app.clickOn("#findOpen");
        javafx.scene.control.TreeView<vn.kehoachxa.domain.plan.SectionNumbering.Numbered> tree = app.waitFor("#tree");
        app.until(() -> tree.getSelectionModel().getSelectedItem() != null && tree.getSelectionModel()
                .getSelectedItem().getValue().section().heading().equals("Tầm nhìn đến năm 2045"));
    }

    @Test
    void ctrlEAsksWhichExportAndWritesTheChosenOne() {
        start();
        app.fx(() -> app.app().context().setFileChooser(FileChooserPort.fixedFolder(exportDir)));
        shortcut(KeyCode.E);

        DialogPane choice = app.waitFor("#exportChoice");
        assertThat(choice.getButtonTypes()).extracting(ButtonType::getText).containsExactly(
                "Văn bản Word (.docx)", "Phụ lục Excel (.xlsx)", "PDF để ký số (.pdf)", "Tệp kế hoạch (.kehoach.json)",
                "Hủy");
        app.screenshotOf("keyboard-4-ctrl-e-export-choice", choice);
        // The plan file: the quickest of the four to write (a first Word export can outlast a wait on a busy PC).
        app.clickOn("Tệp kế hoạch (.kehoach.json)");
        app.waitFor("#toneExportWarning");
        app.clickOn("Vẫn xuất");
        DialogPane done = app.waitFor("#exportDone");
        assertThat(done.getContentText()).contains(exportDir.toString()).contains(".kehoach.json");
    }

    @Test
    void ctrlPPrintsTheAppendixShownAndIsOffWhereNothingPrints() {
        start();
        MenuBar bar = app.lookup("#menuBar").query();
        MenuItem print = bar.getMenus().getFirst().getItems().stream()
                .filter(i -> "_In…".equals(i.getText())).findFirst().orElseThrow();
        assertThat(print.isDisable()).as("Tổng quan prints nothing").isTrue();
        int windows = javafx.stage.Window.getWindows().size();
        shortcut(KeyCode.P);
        app.fx(() -> { });
        assertThat(javafx.stage.Window.getWindows()).hasSize(windows);

        app.navigate("Phân công nhiệm vụ");
        app.waitFor("#table");
        assertThat(print.isDisable()).isFalse();
        // The screen's main buttons have letters of their own, none that the menu bar takes (T, S, C, G).
        List<Character> buttonLetters = app.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.isMnemonicParsing() && b.getText() != null && b.getText().contains("_"))
                .map(b -> Character.toLowerCase(b.getText().charAt(b.getText().indexOf('_') + 1))).toList();
        assertThat(buttonLetters).contains('d', 'n', 'h', 'i').doesNotHaveDuplicates()
                .doesNotContain('t', 's', 'c', 'g');
        shortcut(KeyCode.P);

        javafx.scene.control.Label page = app.waitFor("#printPageLabel");
        app.until(() -> page.getText().startsWith("Trang 1 /"));
        assertThat(page.getText().toLowerCase(Locale.ROOT)).startsWith("trang 1 /");
        app.screenshotOf("keyboard-5-ctrl-p-print-preview", page);
    }
}
