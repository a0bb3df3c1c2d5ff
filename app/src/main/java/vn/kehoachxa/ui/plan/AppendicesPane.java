package vn.kehoachxa.ui.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.TableKind;

/**
 * Phụ lục: for each appendix table, whether it prints, its title and its content column's heading (blank: the usual
 * wording, shown as the prompt). A checkbox saves at once; a typed field when left.
 */
final class AppendicesPane extends GridPane {
    private final Map<TableKind, Row> rows = new EnumMap<>(TableKind.class);
    private final Consumer<List<Appendix>> onChange;
    private boolean showing;

    AppendicesPane(Consumer<List<Appendix>> onChange) {
        this.onChange = onChange;
        setHgap(12);
        setVgap(8);
        getColumnConstraints().add(ReportingRulePane.labelColumn());
        addRow(0, new Label(), header("planinfo.appendix.title"), header("planinfo.appendix.heading"));
        int r = 1;
        for (TableKind table : TableKind.values()) {
            Row row = new Row(table);
            rows.put(table, row);
            addRow(r++, row.printed, row.title, row.heading);
            GridPane.setHgrow(row.title, Priority.ALWAYS);
        }
    }

    /** Shows the settings, one per table. */
    void show(List<Appendix> appendices) {
        showing = true;
        for (Appendix a : appendices) {
            Row row = rows.get(a.table());
            row.printed.setSelected(a.printed());
            row.title.setText(a.title() == null ? "" : a.title());
            row.heading.setText(a.contentHeading() == null ? "" : a.contentHeading());
        }
        showing = false;
    }

    private void changed() {
        if (showing) {
            return;
        }
        List<Appendix> out = new ArrayList<>();
        for (Row row : rows.values()) {
            out.add(new Appendix(row.table, row.printed.isSelected(), PlanEdits.blankToNull(row.title.getText()),
                    PlanEdits.blankToNull(row.heading.getText())));
        }
        onChange.accept(out);
    }

    private static Label header(String key) {
        Label l = new Label(Texts.get(key));
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }

    /** The controls of one table. */
    private final class Row {
        final TableKind table;
        final CheckBox printed;
        final TextField title = new TextField();
        final TextField heading = new TextField();

        Row(TableKind table) {
            this.table = table;
            printed = new CheckBox(Texts.get("planinfo.appendix." + table.name()));
            String id = switch (table) {
                case INDICATORS -> "appendixIndicators";
                case TARGET_MATRIX -> "appendixTargets";
                case TASK_MATRIX -> "appendixTasks";
            };
            printed.setId(id + "Printed");
            title.setId(id + "Title");
            heading.setId(id + "Heading");
            title.setPromptText(Appendix.defaultTitle(table));
            heading.setPromptText(Appendix.defaultContentHeading(table));
            heading.setPrefColumnCount(14);
            printed.selectedProperty().addListener((obs, old, now) -> changed());
            for (TextField field : List.of(title, heading)) {
                field.focusedProperty().addListener((obs, was, is) -> {
                    if (!is) {
                        changed();
                    }
                });
                field.setOnAction(e -> changed());
            }
        }
    }
}
