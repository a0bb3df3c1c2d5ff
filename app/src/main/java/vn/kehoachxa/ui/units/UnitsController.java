package vn.kehoachxa.ui.units;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.text.UnitNames;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.ColumnWidths;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.Dialogs;

/**
 * Đơn vị: the commune's units — add, rename, stop using, merge two into one (every reference in every plan
 * follows). Names that differ only by tone-mark placement or spacing are the same unit (UnitService refuses them).
 */
public final class UnitsController implements PlanScreen {
    private final AppContext ctx;

    @FXML private TableView<Unit> table;
    @FXML private TableColumn<Unit, String> nameColumn;
    @FXML private TableColumn<Unit, String> kindColumn;
    @FXML private TableColumn<Unit, String> activeColumn;
    @FXML private TextField newNameField;
    @FXML private TextField renameField;
    @FXML private ComboBox<Unit> mergeTarget;
    @FXML private Button renameButton;
    @FXML private Button deactivateButton;
    @FXML private Button mergeButton;
    @FXML private Label message;

    /** Built by the controller factory. */
    public UnitsController(AppContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        kindColumn.setCellValueFactory(c -> new SimpleStringProperty(Texts.get("unit.kind." + c.getValue().kind())));
        activeColumn.setCellValueFactory(c -> new SimpleStringProperty(
                Texts.get(c.getValue().active() ? "units.active" : "units.inactive")));
        var size = ctx.textSizeProperty();
        ColumnWidths.atLeast(size, nameColumn, 16);
        ColumnWidths.atLeast(size, kindColumn, 14);
        ColumnWidths.atLeast(size, activeColumn, 7);
        var selected = table.getSelectionModel().selectedItemProperty();
        renameButton.disableProperty().bind(selected.isNull());
        deactivateButton.disableProperty().bind(selected.isNull());
        mergeButton.disableProperty().bind(selected.isNull().or(mergeTarget.valueProperty().isNull()));
        selected.addListener((obs, old, now) -> {
            renameField.setText(now == null ? "" : now.name());
            mergeTarget.setValue(null);
            mergeTarget.getItems().setAll(table.getItems().stream().filter(u -> u != now).toList());
        });
        mergeTarget.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit unit) {
                return unit == null ? "" : unit.name();
            }

            @Override
            public Unit fromString(String s) {
                return null;
            }
        });
        newNameField.textProperty().addListener((obs, old, now) -> message.setText(similarWarning(now)));
    }

    /** A hint when a typed name is the same unit as an existing one, by the import matching rule. */
    private String similarWarning(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        return table.getItems().stream().filter(u -> UnitNames.sameUnit(u.name(), typed)).findFirst()
                .map(u -> Texts.get("units.sameAs", u.name())).orElse("");
    }

    @Override
    public void showPlan(Long planId) {
        reload(null);
    }

    private void reload(String message) {
        Tasks.create(() -> ctx.units().all()).onSuccess(units -> show(units, message)).runOn(ctx.executor());
    }

    private void show(List<Unit> units, String text) {
        table.getItems().setAll(units);
        if (text != null) {
            message.setText(text);
        }
    }

    @FXML
    private void onAdd() {
        String name = newNameField.getText() == null ? "" : newNameField.getText().strip();
        if (name.isEmpty()) {
            message.setText(Texts.get("units.error.emptyName"));
            return;
        }
        Tasks.create(() -> ctx.units().add(Unit.named(name, null))).onSuccess(u -> {
            newNameField.clear();
            reload(Texts.get("units.added", u.name()));
        }).runOn(ctx.executor());
    }

    @FXML
    private void onRename() {
        Unit unit = table.getSelectionModel().getSelectedItem();
        String name = renameField.getText() == null ? "" : renameField.getText().strip();
        if (unit == null || name.isEmpty()) {
            return;
        }
        Unit renamed = new Unit(unit.id(), name, unit.shortName(), unit.kind(), unit.email(), unit.active());
        Tasks.run(() -> ctx.units().update(renamed))
                .onSuccess(v -> {
                    ctx.firePlanChanged();
                    reload(Texts.get("units.renamed", unit.name(), name));
                }).runOn(ctx.executor());
    }

    @FXML
    private void onDeactivate() {
        Unit unit = table.getSelectionModel().getSelectedItem();
        Tasks.run(() -> ctx.units().deactivate(unit.id()))
                .onSuccess(v -> reload(Texts.get("units.deactivated", unit.name()))).runOn(ctx.executor());
    }

    @FXML
    private void onMerge() {
        Unit from = table.getSelectionModel().getSelectedItem();
        Unit into = mergeTarget.getValue();
        if (from == null || into == null || !confirmMerge(from, into)) {
            return;
        }
        Tasks.run(() -> ctx.units().merge(from.id(), into.id()))
                .onSuccess(v -> {
                    ctx.firePlanChanged();
                    reload(Texts.get("units.merged", from.name(), into.name()));
                }).runOn(ctx.executor());
    }

    /** Merging cannot be undone from this screen: say what will happen and let the user step back. */
    private boolean confirmMerge(Unit from, Unit into) {
        ButtonType merge = new ButtonType(Texts.get("units.merge"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Texts.get("units.merge.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = Dialogs.alert(Alert.AlertType.CONFIRMATION,
                Texts.get("units.merge.confirm", from.name(), into.name()), merge, keep);
        ask.initOwner(table.getScene().getWindow());
        ask.setTitle(Texts.get("units.merge.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("mergeConfirm");
        return ask.showAndWait().filter(b -> b == merge).isPresent();
    }
}
