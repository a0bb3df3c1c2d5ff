package vn.kehoachxa.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.RelativeChange;
import vn.kehoachxa.testsupport.AppDriver;

/**
 * Issue 16, point 4: the target panel states what "tăng thêm 10%" means and its baseline; the edit is stored and
 * undone like any other.
 */
class RelativeTargetPanelUiTest {
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
    void aRelativeTargetsMeaningAndBaselineAreEditedStoredAndUndone() throws Exception {
        long planId = AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Chỉ tiêu");
        TreeTableView<IndicatorRow> table = app.waitFor("#table");
        app.until(() -> table.getRoot() != null && !table.getRoot().getChildren().isEmpty());
        TreeItem<IndicatorRow> ml05 = indicators(table).stream()
                .filter(i -> i.getValue().indicator().code().equals("ML-05")).findFirst().orElseThrow();
        app.fx(() -> table.getSelectionModel().select(ml05));

        VBox box = app.lookup("#relativeBox").query();
        ChoiceBox<RelativeChange> change = app.lookup("#changeChoice").query();
        TextField baseline = app.lookup("#baselineValueField").query();
        TextField baselineYear = app.lookup("#baselineYearField").query();
        Label hint = app.lookup("#relativeHintLabel").query();
        Label problem = app.lookup("#problemLabel").query();
        Label preview = app.lookup("#previewLabel").query();
        app.until(() -> box.isVisible());
        // "tăng thêm 10%" on a rate: percent or percentage points is not guessed, and there is no baseline yet.
        assertThat(change.getValue()).isNull();
        assertThat(problem.getText()).contains("Hãy chọn con số là phần trăm");
        assertThat(hint.getText()).contains("Chưa có số liệu gốc");

        app.fx(() -> change.setValue(RelativeChange.ABSOLUTE));
        app.clickOn(baseline).write("40");
        app.clickOn(baselineYear).write("2025");
        assertThat(preview.getText()).isEqualTo("tăng thêm 10 điểm phần trăm so với số liệu gốc 40 (năm 2025)");
        assertThat(problem.getText()).isEmpty();
        assertThat(hint.getText()).isEmpty();
        app.screenshot("relative-target-panel");
        app.clickOn("#saveTargetButton");
        app.until(() -> stored(planId).change() == RelativeChange.ABSOLUTE);
        IndicatorTarget saved = stored(planId);
        assertThat(saved.baselineValue()).isEqualByComparingTo(new BigDecimal("40"));
        assertThat(saved.baselineYear()).isEqualTo(2025);

        app.clickOn("#undoButton");
        app.until(() -> stored(planId).change() == null);
        assertThat(stored(planId).baselineValue()).isNull();
    }

    private IndicatorTarget stored(long planId) {
        return app.app().workspace().plans().load(planId).indicators().stream()
                .filter(i -> i.code().equals("ML-05")).findFirst().orElseThrow().targets().getFirst();
    }

    private static List<TreeItem<IndicatorRow>> indicators(TreeTableView<IndicatorRow> table) {
        List<TreeItem<IndicatorRow>> out = new ArrayList<>();
        collect(table.getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<IndicatorRow> item, List<TreeItem<IndicatorRow>> out) {
        for (TreeItem<IndicatorRow> child : item.getChildren()) {
            if (!child.getValue().isGroup()) {
                out.add(child);
            }
            collect(child, out);
        }
    }
}
