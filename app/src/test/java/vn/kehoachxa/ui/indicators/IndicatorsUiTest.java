package vn.kehoachxa.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.testsupport.AppDriver;

class IndicatorsUiTest {
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
    void targetTypedWithDecimalCommaPrintsWithComparatorAndSurvivesRestart() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Chỉ tiêu");
        TreeTableView<IndicatorRow> table = app.waitFor("#table");
        app.until(() -> firstIndicator(table) != null);
        TreeItem<IndicatorRow> first = firstIndicator(table);
        long id = first.getValue().indicator().id();
        app.fx(() -> table.getSelectionModel().select(first));
        ChoiceBox<TargetKind> kind = app.lookup("#kindChoice").query();
        ChoiceBox<Comparator> comparator = app.lookup("#comparatorChoice").query();
        TextField value = app.lookup("#valueField").query();
        app.fx(() -> {
            kind.setValue(TargetKind.NUMERIC);
            comparator.setValue(Comparator.GT);
            value.clear();
        });
        app.clickOn(value).write("75,5");
        Label preview = app.lookup("#previewLabel").query();
        assertThat(preview.getText()).isEqualTo("> 75,5 cm");
        app.screenshot("indicators-1-target-editor");
        app.clickOn("#saveTargetButton");
        app.until(() -> "> 75,5".equals(targetOf(table, id)));
        app.screenshot("indicators-2-target-saved");
        // The stop below fails on any change of these off the FX thread (AppDriver's FxThreadGuard).
        assertThat(app.threadGuard().watched()).contains("IndicatorsViewModel", "RowsState", "HistoryState",
                "AppContext");
        app.stop();

        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Chỉ tiêu");
        TreeTableView<IndicatorRow> again = app.waitFor("#table");
        app.until(() -> firstIndicator(again) != null);
        assertThat(targetOf(again, id)).isEqualTo("> 75,5");
        app.screenshot("indicators-3-after-restart");
    }

    private static String targetOf(TreeTableView<IndicatorRow> table, long id) {
        TreeItem<IndicatorRow> item = find(table.getRoot(), id);
        return item == null ? null : IndicatorsViewModel.targetText(item.getValue().indicator(), 2030);
    }

    private static TreeItem<IndicatorRow> firstIndicator(TreeTableView<IndicatorRow> table) {
        return table.getRoot() == null ? null : find(table.getRoot(), -1);
    }

    /** The indicator row with {@code id} (any indicator when -1). */
    private static TreeItem<IndicatorRow> find(TreeItem<IndicatorRow> from, long id) {
        for (TreeItem<IndicatorRow> child : from.getChildren()) {
            IndicatorRow row = child.getValue();
            if (!row.isGroup() && (id == -1 || row.indicator().id() == id)) {
                return child;
            }
            TreeItem<IndicatorRow> inside = find(child, id);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}
