package vn.kehoachxa.ui.units;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
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
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitEmails;
import vn.kehoachxa.domain.text.UnitNames;
import vn.kehoachxa.service.UnitService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.ColumnWidths;
import vn.kehoachxa.ui.common.RowLines;
import vn.kehoachxa.ui.common.HistoryState;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.Dialogs;

/**
 * Đơn vị: the commune's units — add, rename, set the e-mail(s) the forms' drafts go to, stop using and use again,
 * merge two into one (every reference in every plan follows), delete one used nowhere; each undone by Ctrl+Z and
 * redone by Ctrl+Y ({@link UnitsViewModel}).
 * Names that differ only by tone-mark placement or spacing are the same unit (UnitService refuses them).
 */
public final class UnitsController implements PlanScreen {
    private final AppContext ctx;
    private final UnitService units;

    @FXML private TableView<Unit> table;
    @FXML private TableColumn<Unit, String> nameColumn;
    @FXML private TableColumn<Unit, String> kindColumn;
    @FXML private TableColumn<Unit, String> activeColumn;
    @FXML private TableColumn<Unit, String> emailColumn;
    @FXML private TextField emailField;
    @FXML private Button emailButton;
    @FXML private Label emailProblem;
    @FXML private TextField newNameField;
    @FXML private TextField renameField;
    @FXML private ComboBox<Unit> mergeTarget;
    @FXML private Button renameButton;
    @FXML private Button deactivateButton;
    @FXML private Button reactivateButton;
    @FXML private Button deleteButton;
    @FXML private Button undoButton;
    @FXML private Button mergeButton;
    @FXML private Label message;
    private UnitsViewModel model;
    private HistoryState history;

    /** Built by the controller factory. */
    public UnitsController(AppContext ctx, UnitService units) {
        this.ctx = ctx;
        this.units = units;
    }

    @FXML
    private void initialize() {
        model = new UnitsViewModel(units);
        history = new HistoryState(model.history());
        undoButton.disableProperty().bind(history.canUndoProperty().not());
        nameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        kindColumn.setCellValueFactory(c -> new SimpleStringProperty(Texts.get("unit.kind." + c.getValue().kind())));
        activeColumn.setCellValueFactory(c -> new SimpleStringProperty(
                Texts.get(c.getValue().active() ? "units.active" : "units.inactive")));
        var size = ctx.textSizeProperty();
        RowLines.keepRows(size, table);
        ColumnWidths.atLeast(size, nameColumn, 16);
        ColumnWidths.atLeast(size, kindColumn, 14);
        ColumnWidths.atLeast(size, activeColumn, 7);
        emailColumn.setCellValueFactory(c -> new SimpleStringProperty(
                c.getValue().email() == null ? "" : c.getValue().email()));
        ColumnWidths.atLeast(size, emailColumn, 14);
        emailProblem.managedProperty().bind(emailProblem.visibleProperty());
        emailProblem.setVisible(false);
        var selected = table.getSelectionModel().selectedItemProperty();
        renameButton.disableProperty().bind(selected.isNull());
        emailButton.disableProperty().bind(selected.isNull());
        deleteButton.disableProperty().bind(selected.isNull());
        deactivateButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().active(), selected));
        reactivateButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().active(), selected));
        mergeButton.disableProperty().bind(selected.isNull().or(mergeTarget.valueProperty().isNull()));
        selected.addListener((obs, old, now) -> {
            renameField.setText(now == null ? "" : now.name());
            emailField.setText(now == null || now.email() == null ? "" : now.email());
            emailProblem.setVisible(false);
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

    @FXML
    private void onUndo() {
        undo();
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
        Tasks.create(model::all).onSuccess(units -> show(units, null)).andFinally(history::refresh)
                .runOn(ctx.executor());
    }

    @Override
    public void undo() {
        edit(() -> model.undoLast().map(what -> Texts.get("edit.undone", what)).orElse(null));
    }

    @Override
    public void redo() {
        edit(() -> model.redoLast().map(what -> Texts.get("edit.redone", what)).orElse(null));
    }

    /**
     * Runs one edit on the executor, then shows the units again with the message it returns (null: keep the old
     * one), the same unit still selected, and the plans told their units changed.
     */
    private void edit(Callable<String> work) {
        edit(work, () -> { });
    }

    /** {@link #edit(Callable)}, running {@code saved} on the FX thread once the edit is stored. */
    private void edit(Callable<String> work, Runnable saved) {
        Tasks.create(() -> {
            String text = work.call();
            return new Edited(text, model.all());
        }).onSuccess(done -> {
            saved.run();
            show(done.units(), done.message());
            ctx.firePlanChanged();
        }).andFinally(history::refresh).runOn(ctx.executor());
    }

    private record Edited(String message, List<Unit> units) {
    }

    private void show(List<Unit> units, String text) {
        Long keep = selected() == null ? null : selected().id();
        table.getItems().setAll(units);
        units.stream().filter(u -> u.id().equals(keep)).findFirst().ifPresent(table.getSelectionModel()::select);
        if (text != null) {
            message.setText(text);
        }
    }

    private Unit selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    @FXML
    private void onAdd() {
        String name = newNameField.getText() == null ? "" : newNameField.getText().strip();
        if (name.isEmpty()) {
            message.setText(Texts.get("units.error.emptyName"));
            return;
        }
        edit(() -> Texts.get("units.added", model.add(name).name()), newNameField::clear);
    }

    @FXML
    private void onRename() {
        Unit unit = selected();
        String name = renameField.getText() == null ? "" : renameField.getText().strip();
        if (unit == null || name.isEmpty()) {
            return;
        }
        edit(() -> {
            model.rename(unit, name);
            return Texts.get("units.renamed", unit.name(), name);
        });
    }

    /**
     * Lưu e-mail: the selected unit's addresses, checked here first so a typing slip is named beside the field
     * without a round trip; undo gives back the old address.
     */
    @FXML
    private void onSaveEmail() {
        Unit unit = selected();
        if (unit == null) {
            return;
        }
        String typed = emailField.getText();
        var problem = UnitEmails.problem(typed);
        emailProblem.setText(problem.orElse(""));
        emailProblem.setVisible(problem.isPresent());
        if (problem.isPresent()) {
            emailField.requestFocus();
            return;
        }
        edit(() -> {
            String stored = model.setEmail(unit, typed);
            return stored == null ? Texts.get("units.emailCleared", unit.name())
                    : Texts.get("units.emailSaved", unit.name(), stored);
        });
    }

    @FXML
    private void onDeactivate() {
        Unit unit = selected();
        edit(() -> {
            model.deactivate(unit.id());
            return Texts.get("units.deactivated", unit.name());
        });
    }

    @FXML
    private void onReactivate() {
        Unit unit = selected();
        edit(() -> {
            model.reactivate(unit.id());
            return Texts.get("units.reactivated", unit.name());
        });
    }

    @FXML
    private void onMerge() {
        Unit from = selected();
        Unit into = mergeTarget.getValue();
        if (from == null || into == null || !confirmMerge(from, into)) {
            return;
        }
        merge(from, into);
    }

    private void merge(Unit from, Unit into) {
        edit(() -> {
            model.merge(from.id(), into.id());
            return Texts.get("units.merged", from.name(), into.name());
        });
    }

    /**
     * A unit used anywhere is not deleted: the dialog names where it is used and offers merge or deactivation. A
     * unit used nowhere is deleted after the user confirms; undo brings it back with its id.
     */
    @FXML
    private void onDelete() {
        Unit unit = selected();
        if (unit == null) {
            return;
        }
        Tasks.create(() -> model.usage(unit.id())).onSuccess(usage -> {
            Window owner = table.getScene().getWindow();
            if (usage.any()) {
                List<Unit> others = table.getItems().stream().filter(u -> !u.id().equals(unit.id())).toList();
                UnitInUseDialog.ask(owner, unit, usage, others).ifPresent(choice -> {
                    if (choice.action() == UnitInUseDialog.Action.MERGE) {
                        merge(unit, choice.into());
                    } else {
                        onDeactivate();
                    }
                });
            } else if (confirm(owner, "units.delete.title", Texts.get("units.delete.confirm", unit.name()),
                    "delete.confirm.delete", "delete.confirm.keep", "deleteUnitConfirm")) {
                edit(() -> {
                    model.delete(unit.id());
                    return Texts.get("units.deleted", unit.name());
                });
            }
        }).runOn(ctx.executor());
    }

    /** Merging moves every reference: say what will happen and let the user step back (undo can revert it). */
    private boolean confirmMerge(Unit from, Unit into) {
        return confirm(table.getScene().getWindow(), "units.merge.title",
                Texts.get("units.merge.confirm", from.name(), into.name()), "units.merge", "units.merge.cancel",
                "mergeConfirm");
    }

    private static boolean confirm(Window owner, String titleKey, String text, String yesKey, String noKey,
                                   String paneId) {
        ButtonType yes = new ButtonType(Texts.get(yesKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Texts.get(noKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = Dialogs.alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        ask.initOwner(owner);
        ask.setTitle(Texts.get(titleKey));
        ask.setHeaderText(null);
        ask.getDialogPane().setId(paneId);
        return ask.showAndWait().filter(b -> b == yes).isPresent();
    }
}
