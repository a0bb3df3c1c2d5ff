package vn.kehoachxa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.service.report.FilledQuarter;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.ui.common.AppSettings;
import vn.kehoachxa.ui.common.RowLines;
import vn.kehoachxa.ui.common.TextSize;

/**
 * Every screen on an old office PC: a 1024x768 screen leaves about 1024x700 for the window, and the official has
 * chosen the largest text in Cài đặt. Each screen's title, toolbar, fields and table must stay inside the window,
 * readable (no label, button or heading cut to "…"), wide enough to type in and labelled (not named by a prompt
 * only); screenshots {@code tour-*.png} show them, long pages also scrolled to the middle and the end. Every main
 * table keeps eight rows in view ({@code rows-*.png}).
 */
class SmallScreenTourUiTest {
    private static final double WIDTH = 1024;
    private static final double HEIGHT = 700;
    private static final TextSize LARGEST = Arrays.stream(TextSize.values())
            .max(Comparator.comparingInt(TextSize::pixels)).orElseThrow();
    private static final String[] MATRIX = {"#addRowButton", "#addSubRowButton", "#addGroupButton", "#deleteButton",
        "#undoButton", "#printButton", "#filterField", "#unitFilter", "#table", "#contentArea", "#leadGeneric"};

    @TempDir
    Path dir;
    private AppDriver app;
    private double[] sizeBefore;
    private final List<String> problems = new ArrayList<>();

    @AfterEach
    void stop() {
        if (app != null && sizeBefore != null) {
            // The primary stage outlives the test: later UI tests in this JVM expect the window's usual size.
            app.fx(() -> {
                app.stage().setWidth(sizeBefore[0]);
                app.stage().setHeight(sizeBefore[1]);
            });
        }
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void everyScreenFitsASmallWindowWithTheLargestText() {
        // A quarter with periods and unit reports, so Kỳ báo cáo, Kết quả and Báo cáo kỳ show real rows.
        new FilledQuarter(dir).db.close();
        app = new AppDriver(dir.resolve("db")).start();
        app.waitFor("#planSwitcher");
        shrinkWindow();
        app.navigate("Cài đặt");
        ComboBox<TextSize> textSize = app.waitFor("#textSizeBox");
        app.fx(() -> textSize.setValue(LARGEST));
        Label title = app.lookup(".screen-title").query();
        // The size must reach the screens, not just the scene's root: that is what the official sees.
        app.until(() -> Math.abs(title.getFont().getSize() - 1.6 * LARGEST.pixels()) < 0.1);
        assertThat(app.stage().getScene().getWidth()).isEqualTo(WIDTH);

        visit("Tổng quan", "dashboard", "#nextDeadline", "#sectionsCount", "#missing", "#perLead");
        visit("Thông tin kế hoạch", "plan-info", "#familyBox", "#typeBox", "#numberField", "#symbolField",
                "#dateField", "#summaryArea", "#signerNameField", "#visionYearField");
        visit("Nội dung", "outline", "#addSiblingButton", "#addChildButton", "#indentButton", "#deleteButton",
                "#undoButton", "#tree", "#headingField", "#bodyArea");
        visitSelecting("Chỉ tiêu", "indicators", "#table", 0, "#addIndicatorButton", "#addGroupButton",
                "#deleteButton", "#undoButton", "#printButton", "#filterField", "#unitFilter", "#table",
                "#kindChoice", "#valueField", "#yearField");
        visitSelecting("Phân công mục tiêu", "target-matrix", "#table", 0, MATRIX);
        visitSelecting("Phân công nhiệm vụ", "task-matrix", "#table", 1, MATRIX);
        visitSelecting("Đơn vị", "units", "#table", 0, "#newNameField", "#addButton", "#table", "#renameField",
                "#renameButton", "#deactivateButton", "#mergeTarget", "#mergeButton");
        visitSelecting("Kỳ báo cáo", "reporting-periods", "#periods", 0, "#generateButton", "#formsButton",
                "#importButton", "#paperButton", "#periods", "#grid");
        visitSelecting("Kết quả", "results", "#indicatorTable", 0, "#period", "#search", "#unitFilter",
                "#evaluationFilter", "#statusFilter", "#indicatorTable", "#indicatorUnit", "#indicatorValue",
                "#indicatorNote", "#saveIndicator");
        visit("Báo cáo kỳ", "periodic-report", "#periodBox", "#numberField", "#datePicker", "#regenerateButton",
                "#saveButton", "#wordButton", "#excelButton", "#sendButton", "#partTARGETS");
        visit("Cài đặt", "settings", "#nameField", "#recipientsArea", "#textSizeBox",
                "#importFolderField", "#exportFolderField");
        checkPrintPreview();
        assertThat(problems).isEmpty();
    }

    /**
     * Issue 19's check: on the same small window with the largest text, every main table (Chỉ tiêu, both Phân công
     * matrices, Đơn vị, Kỳ báo cáo and its units' forms, both Kết quả tables) shows at least eight whole rows once
     * the page is scrolled to it (or, with fewer rows, has room for eight), and no column heading is cut.
     */
    @Test
    void everyMainTableShowsEightRowsAndWholeHeadingsWithTheLargestText() {
        new FilledQuarter(dir).db.close();
        app = new AppDriver(dir.resolve("db")).start();
        app.waitFor("#planSwitcher");
        shrinkWindow();
        app.navigate("Cài đặt");
        ComboBox<TextSize> textSize = app.waitFor("#textSizeBox");
        app.fx(() -> textSize.setValue(LARGEST));

        checkTables("Chỉ tiêu", "indicators", "#table");
        checkTables("Phân công mục tiêu", "target-matrix", "#table");
        checkTables("Phân công nhiệm vụ", "task-matrix", "#table");
        checkTables("Đơn vị", "units", "#table");
        checkTables("Kỳ báo cáo", "reporting-periods", "#periods", "#grid");
        checkTables("Kết quả", "results", "#indicatorTable");
        TabPane tabs = app.lookup("#tabs").query();
        app.fx(() -> tabs.getSelectionModel().select(1));
        checkTables("Kết quả", "results-tasks", "#taskTable");
        assertThat(problems).isEmpty();
    }

    /** Scrolls the page to each table of screen {@code nav} in turn and adds what is wrong with its rows and heads. */
    private void checkTables(String nav, String name, String... tableIds) {
        app.navigate(nav);
        for (String id : tableIds) {
            Control table = app.waitFor(id);
            app.until(() -> LayoutCheck.shown(table) && rows(table) > 0);
            app.fx(() -> scrollTo(table));
            app.screenshot("rows-" + name + "-" + id.substring(1));
            app.fx(() -> {
                problems.addAll(TableCheck.visibleRows(table, RowLines.ROWS).stream()
                        .map(p -> nav + " " + id + ": " + p).toList());
                problems.addAll(TableCheck.cutHeadings(table).stream().map(p -> nav + " " + id + ": " + p).toList());
            });
        }
    }

    /** Scrolls the page around {@code table} so that the table's top is at the top of the view. */
    private static void scrollTo(Node table) {
        for (Node p = table.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane page) {
                Node content = page.getContent();
                double extra = content.getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
                if (extra > 0) {
                    double top = content.sceneToLocal(table.localToScene(table.getLayoutBounds())).getMinY();
                    page.setVvalue(Math.min(1, Math.max(0, top / extra)));
                    page.layout();
                }
                return;
            }
        }
    }

    @Test
    void firstRunWizardFitsASmallWindowWithTheLargestText() {
        AppSettings settings = AppSettings.load(dir);
        settings.setTextSize(LARGEST);
        settings.save();
        app = new AppDriver(dir).start();
        TextField name = app.waitFor("#nameField");
        shrinkWindow();
        assertThat(name.getFont().getSize()).isEqualTo(LARGEST.pixels());
        check("Chào mừng", "firstrun-profile", "#nameField", "#kindBox", "#adminSignerTitleField",
                "#adminSignerNameField", "#recipientsArea", "#saveProfileButton");

        app.fx(() -> {
            name.setText("Mường La");
            ((TextInputControl) app.lookup("#provinceField").query()).setText("Sơn La");
            ((TextInputControl) app.lookup("#adminSignerNameField").query()).setText("Trần Hải Sơn");
        });
        // The profile is longer than the small window: the official scrolls down to the button, as here.
        app.fx(() -> ((ScrollPane) app.lookup(".first-run-scroll").query()).setVvalue(1));
        app.clickOn("#saveProfileButton");
        app.until(() -> app.lookup("#planStep").query().isVisible());
        check("Chọn kế hoạch", "firstrun-plan", "#templateButton", "#samples", "#openSampleButton",
                "#importButton");
        assertThat(problems).isEmpty();
    }

    private void shrinkWindow() {
        app.fx(() -> {
            sizeBefore = new double[] {app.stage().getWidth(), app.stage().getHeight()};
            app.stage().setWidth(WIDTH);
            app.stage().setHeight(HEIGHT);
        });
    }

    /** The preview of Phân công nhiệm vụ: no larger than the window it opens over, in the chosen text size. */
    private void checkPrintPreview() {
        app.navigate("Phân công nhiệm vụ");
        app.clickOn("#printButton");
        Label page = app.waitFor("#printPageLabel");
        app.until(() -> page.getText().startsWith("Trang 1 /"));
        app.screenshotOf("tour-print-preview", page);
        Window preview = page.getScene().getWindow();
        Parent root = page.getScene().getRoot();
        app.fx(() -> {
            for (String id : List.of("#printPreviousButton", "#printPageLabel", "#printNextButton", "#printButton")) {
                problems.addAll(LayoutCheck.inWindow(root.lookup(id), "print preview " + id));
            }
            problems.addAll(LayoutCheck.cutTexts(root));
            if (preview.getWidth() > WIDTH || preview.getHeight() > HEIGHT) {
                problems.add("print preview is " + preview.getWidth() + "x" + preview.getHeight());
            }
            if (page.getFont().getSize() != LARGEST.pixels()) {
                problems.add("print preview text is " + page.getFont().getSize() + " px");
            }
        });
    }

    /** Opens screen {@code nav}, saves {@code tour-NAME.png} and adds what is wrong with its layout. */
    private void visit(String nav, String name, String... keyNodes) {
        app.navigate(nav);
        Node first = app.waitFor(keyNodes[0]);
        app.until(() -> first.getScene() != null && first.isVisible());
        check(nav, name, keyNodes);
    }

    /**
     * As {@link #visit}, with row {@code row} of table {@code tableId} selected: a selected row must stay readable
     * and the editor it fills must fit too.
     */
    private void visitSelecting(String nav, String name, String tableId, int row, String... keyNodes) {
        app.navigate(nav);
        Node table = app.waitFor(tableId);
        app.until(() -> rows(table) > row);
        app.fx(() -> {
            if (table instanceof TableView<?> t) {
                t.getSelectionModel().select(row);
            } else if (table instanceof TreeTableView<?> t) {
                t.getSelectionModel().select(row);
            }
        });
        check(nav, name, keyNodes);
    }

    private static int rows(Node table) {
        return table instanceof TableView<?> t ? t.getItems().size()
                : table instanceof TreeTableView<?> t ? t.getExpandedItemCount() : 0;
    }

    /** Saves {@code tour-NAME.png} of what the window shows and adds what is wrong with its layout. */
    private void check(String where, String name, String... keyNodes) {
        Parent screen = app.lookup("#content").tryQuery().map(Parent.class::cast)
                .orElse(app.stage().getScene().getRoot());
        app.screenshot("tour-" + name);
        // A long page is looked at further down too: what lies below the fold must be as readable.
        Node scroll = screen.lookup(".screen-scroll") != null ? screen.lookup(".screen-scroll")
                : screen.lookup(".first-run-scroll");
        if (scroll instanceof ScrollPane page
                && page.getContent().getLayoutBounds().getHeight() > page.getViewportBounds().getHeight()) {
            app.fx(() -> page.setVvalue(0.5));
            app.screenshot("tour-" + name + "-middle");
            app.fx(() -> page.setVvalue(1));
            app.screenshot("tour-" + name + "-end");
            app.fx(() -> page.setVvalue(0));
        }
        app.fx(() -> {
            Node title = screen.lookupAll(".screen-title").stream().filter(LayoutCheck::shown).findFirst()
                    .orElseThrow();
            List<String> found = new ArrayList<>(LayoutCheck.inWindow(title, "title"));
            for (String id : keyNodes) {
                Node node = screen.lookup(id);
                if (node == null) {
                    found.add(id + " not found");
                } else {
                    found.addAll(LayoutCheck.inWindow(node, id));
                }
            }
            // The whole window: the menu, the plan bar and the navigation must stay readable too.
            found.addAll(LayoutCheck.cutTexts(app.stage().getScene().getRoot()));
            found.addAll(LayoutCheck.squeezedFields(screen, LARGEST.pixels()));
            // Issue 19: every field has a label; a prompt alone is gone once the field is filled.
            found.addAll(LayoutCheck.unlabelledFields(screen));
            found.forEach(p -> problems.add(where + ": " + p));
        });
    }
}
