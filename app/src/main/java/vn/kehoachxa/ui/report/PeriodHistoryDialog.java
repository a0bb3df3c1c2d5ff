package vn.kehoachxa.ui.report;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.PeriodEvent;
import vn.kehoachxa.ui.common.Buttons;

/** Lịch sử kỳ báo cáo: every recorded event of a period, oldest first — when, who, what, and why or to whom. */
final class PeriodHistoryDialog {
    private PeriodHistoryDialog() {
    }

    static Dialog<Void> build(Window owner, String periodName, List<PeriodEvent> events) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("app.title"));
        dialog.setHeaderText(Texts.get("lockui.history.header", periodName));
        dialog.getDialogPane().setId("periodHistory");
        dialog.getDialogPane().getStyleClass().add("app-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.CLOSE);
        TableView<PeriodEvent> table = new TableView<>();
        table.setId("historyTable");
        table.setPlaceholder(new Label(Texts.get("lockui.history.empty")));
        table.getColumns().add(column("lockui.history.when", 140, PeriodLockPane::stamp));
        table.getColumns().add(column("lockui.history.who", 130, PeriodEvent::by));
        table.getColumns().add(column("lockui.history.what", 240, e -> Texts.get("lockui.event." + e.kind().name())
                + (e.subject() == null ? "" : ": " + e.subject())));
        table.getColumns().add(column("lockui.history.detail", 300, PeriodEvent::detail));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(events);
        table.setPrefSize(880, 300);
        dialog.getDialogPane().setContent(table);
        // A dialog window keeps its first layout width (600 px) unless the pane insists on more.
        dialog.getDialogPane().setMinWidth(920);
        dialog.setResizable(true);
        return dialog;
    }

    private static TableColumn<PeriodEvent, String> column(String key, double width,
                                                          java.util.function.Function<PeriodEvent, String> value) {
        TableColumn<PeriodEvent, String> c = new TableColumn<>(Texts.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        return c;
    }
}
