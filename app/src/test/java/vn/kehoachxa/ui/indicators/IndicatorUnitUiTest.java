package vn.kehoachxa.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.export.word.PlanWordExporter;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.testsupport.AppDriver;

/**
 * One unit of measure per indicator (issue 14, point 5): the unit typed next to the target is the indicator's, so
 * a new indicator with unit "%" and target 97 shows "%" and "≥ 97" in the table and prints them in the .docx.
 */
class IndicatorUnitUiTest {
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
    void aNewIndicatorsUnitTypedWithItsTargetShowsInTheTableAndPrintsInWord() throws Exception {
        long planId = AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Chỉ tiêu");
        TreeTableView<IndicatorRow> table = app.waitFor("#table");
        app.until(() -> table.getRoot() != null && !table.getRoot().getChildren().isEmpty());
        int before = indicators(table).size();
        app.clickOn("#addIndicatorButton");
        app.until(() -> indicators(table).size() == before + 1);
        TreeItem<IndicatorRow> added = indicators(table).stream()
                .filter(i -> i.getValue().indicator().code().startsWith("ct-")).findFirst().orElseThrow();
        long id = added.getValue().indicator().id();
        app.fx(() -> table.getSelectionModel().select(added));

        ChoiceBox<TargetKind> kind = app.lookup("#kindChoice").query();
        ChoiceBox<Comparator> comparator = app.lookup("#comparatorChoice").query();
        TextField value = app.lookup("#valueField").query();
        TextField unit = app.lookup("#targetUnitField").query();
        app.fx(() -> {
            kind.setValue(TargetKind.NUMERIC);
            comparator.setValue(Comparator.GE);
            value.clear();
            unit.clear();
        });
        app.clickOn(value).write("97");
        app.clickOn(unit).write("%");
        Label preview = app.lookup("#previewLabel").query();
        assertThat(preview.getText()).isEqualTo("≥ 97%");
        app.clickOn("#saveTargetButton");
        app.until(() -> "%".equals(cell(table, id, 2)) && "≥ 97".equals(cell(table, id, 3)));
        app.screenshot("indicator-unit-1-in-the-table");
        app.stop();
        app = null;

        try (Database db = Database.open(dataDir)) {
            PlanDocument stored = new PlanService(db).load(planId);
            Indicator saved = stored.indicators().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
            assertThat(saved.unitOfMeasure()).isEqualTo("%");
            // Mường La keeps its indicators unprinted; the official switches the table on to print it.
            PlanDocument printed = new PlanDocument(stored.plan(), stored.basisDocuments(), stored.sections(),
                    stored.recipients(), stored.units(), stored.indicatorGroups(), stored.targetGroups(),
                    stored.taskGroups(), List.of(new Appendix(TableKind.INDICATORS, true, null, null)));
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                    new PlanWordExporter().toBytes(printed)))) {
                XWPFTableRow row = docx.getTables().stream().flatMap(t -> t.getRows().stream())
                        .filter(r -> r.getTableCells().size() == 5
                                && r.getCell(1).getText().strip().equals("Chỉ tiêu mới"))
                        .findFirst().orElseThrow();
                assertThat(row.getCell(2).getText().strip()).isEqualTo("%");
                assertThat(row.getCell(3).getText().strip()).isEqualTo("≥ 97");
            }
        }
    }

    /** The text the table shows in column {@code column} of the indicator {@code id}. */
    private static String cell(TreeTableView<IndicatorRow> table, long id, int column) {
        TreeItem<IndicatorRow> item = indicators(table).stream()
                .filter(i -> i.getValue().indicator().id() == id).findFirst().orElse(null);
        if (item == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        TreeTableColumn<IndicatorRow, String> c = (TreeTableColumn<IndicatorRow, String>) table.getColumns()
                .get(column);
        return c.getCellData(item);
    }

    private static List<TreeItem<IndicatorRow>> indicators(TreeTableView<IndicatorRow> table) {
        List<TreeItem<IndicatorRow>> out = new java.util.ArrayList<>();
        if (table.getRoot() != null) {
            collect(table.getRoot(), out);
        }
        return out;
    }

    private static void collect(TreeItem<IndicatorRow> from, List<TreeItem<IndicatorRow>> out) {
        for (TreeItem<IndicatorRow> child : from.getChildren()) {
            if (!child.getValue().isGroup()) {
                out.add(child);
            }
            collect(child, out);
        }
    }
}
