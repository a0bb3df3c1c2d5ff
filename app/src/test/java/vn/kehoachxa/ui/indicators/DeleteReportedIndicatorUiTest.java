package vn.kehoachxa.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.IndicatorService;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.testsupport.ReportedPlans;
import vn.kehoachxa.testsupport.Reports;

/** Deleting an indicator the units reported on asks first, and undo brings the indicator and its results back. */
class DeleteReportedIndicatorUiTest {
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
    void deletingAnIndicatorWithResultsAsksNamingTheCountAndUndoBringsTheResultsBack() {
        long planId;
        long id;
        List<IndicatorResult> results;
        try (Database db = Database.open(dataDir)) {
            new CommuneService(db).save(new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La",
                    "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", null, "Mường La", List.of(), List.of()));
            planId = ReportedPlans.muongLaWithReports(db);
            id = new IndicatorService(db).groups(planId).get(0).indicators().get(0).id();
            results = Reports.results(db, planId);
        }
        assertThat(results).hasSize(2).allMatch(r -> r.indicatorId() == id);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Chỉ tiêu");
        TreeTableView<IndicatorRow> table = app.waitFor("#table");
        app.until(() -> table.getRoot() != null && find(table.getRoot(), id) != null);
        app.fx(() -> table.getSelectionModel().select(find(table.getRoot(), id)));

        Button delete = app.lookup("#deleteButton").query();
        Platform.runLater(delete::fire);
        app.waitFor("#deleteConfirm");
        Label text = app.lookup("#deleteConfirmText").query();
        assertThat(text.getText()).contains("2 kết quả của 1 đơn vị trong 1 kỳ báo cáo", "(Có thể hoàn tác)");
        app.screenshotOf("delete-reported-1-confirmation", app.lookup("#deleteConfirm").query());
        Button yes = app.lookup("#deleteConfirmYes").query();
        Platform.runLater(yes::fire);
        app.until(() -> find(table.getRoot(), id) == null);
        app.screenshot("delete-reported-2-deleted");

        app.clickOn("#undoButton");
        app.until(() -> find(table.getRoot(), id) != null);
        app.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        app.until(() -> find(table.getRoot(), id) == null);
        app.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.until(() -> find(table.getRoot(), id) != null);
        app.fx(() -> table.getSelectionModel().select(find(table.getRoot(), id)));
        app.screenshot("delete-reported-3-undone");
        app.stop();
        app = null;

        try (Database db = Database.open(dataDir)) {
            assertThat(Reports.results(db, planId)).isEqualTo(results);
        }
    }

    private static TreeItem<IndicatorRow> find(TreeItem<IndicatorRow> from, long id) {
        if (from == null) {
            return null;
        }
        for (TreeItem<IndicatorRow> child : from.getChildren()) {
            IndicatorRow row = child.getValue();
            if (!row.isGroup() && row.indicator().id() == id) {
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
