package vn.kehoachxa.ui.assignments;

import static vn.kehoachxa.ui.common.GroupedTreeTables.text;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.service.AssignmentService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.UnitService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.ColumnWidths;
import vn.kehoachxa.ui.common.RowLines;
import vn.kehoachxa.ui.common.DeleteConfirmation;
import vn.kehoachxa.ui.common.GroupedRowEdits;
import vn.kehoachxa.ui.common.GroupedTreeTables;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.PrintableScreen;
import vn.kehoachxa.ui.common.RevealingScreen;
import vn.kehoachxa.ui.common.RowsState;
import vn.kehoachxa.ui.print.PrintPreview;

/**
 * Phân công mục tiêu and Phân công nhiệm vụ: one screen for both matrices (the subclasses name which), with group
 * rows, rows and sub-rows, unit pickers and the deadline editor.
 */
public abstract class MatrixController implements PlanScreen, PrintableScreen, RevealingScreen {
    private final AppContext ctx;
    private final PlanService plans;
    private final UnitService units;
    private final MatrixViewModel model;
    private final GroupedRowEdits<AssignmentGroup> edits;
    /** The view model's FX-thread state: plan, rows, selection, busy, undo and redo. */
    private final RowsState<AssignmentGroup> state;
    private boolean showing;
    /** The row a find hit last revealed; scrolled to exactly rather than with rows above it. */
    private Long revealed;
    /** The last version of the selected row sent to be saved: later edits build on it, not on the table. */
    private AssignmentItem lastSent;

    @FXML private TreeTableView<MatrixRow> table;
    @FXML private TreeTableColumn<MatrixRow, String> numberColumn;
    @FXML private TreeTableColumn<MatrixRow, String> contentColumn;
    @FXML private TreeTableColumn<MatrixRow, String> leadsColumn;
    @FXML private TreeTableColumn<MatrixRow, String> coopColumn;
    @FXML private TreeTableColumn<MatrixRow, String> deadlineColumn;
    @FXML private TextField filterField;
    @FXML private ComboBox<String> unitFilter;
    @FXML private VBox editor;
    @FXML private TextArea contentArea;
    @FXML private CheckComboBox<String> leadUnits;
    @FXML private TextField leadGeneric;
    @FXML private CheckComboBox<String> coopUnits;
    @FXML private TextField coopGeneric;
    @FXML private TextField wordingField;
    @FXML private ChoiceBox<DeadlineKind> kindChoice;
    @FXML private TextField yearField;
    @FXML private TextField endYearField;
    @FXML private TextField monthField;
    @FXML private TextField dayField;
    @FXML private Label deadlinePreview;
    @FXML private Label deadlineHint;
    @FXML private Label deadlineProblem;
    @FXML private Button addSubRowButton;
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private Button deleteButton;
    @FXML private Button undoButton;
    private AssigneePicker leads;
    private AssigneePicker cooperating;
    private DeadlineEditor deadlineEditor;

    /** Built by the controller factory for matrix {@code matrix}. */
    protected MatrixController(AppContext ctx, AssignmentService assignments, PlanService plans, UnitService units,
                               TableKind matrix) {
        this.ctx = ctx;
        this.plans = plans;
        this.units = units;
        this.model = new MatrixViewModel(assignments, matrix);
        this.state = model.state();
        this.edits = new GroupedRowEdits<>(model, ctx.executor(), this::fill, (reported, isGroup) ->
                DeleteConfirmation.ask(table.getScene().getWindow(), isGroup ? "matrix.delete.confirmGroup"
                        : "matrix.delete.confirm", reported));
    }

    @FXML
    private void initialize() {
        table.setShowRoot(false);
        table.setEditable(true);
        table.setTreeColumn(contentColumn);
        for (TreeTableColumn<MatrixRow, String> c : List.of(numberColumn, contentColumn, leadsColumn, coopColumn,
                deadlineColumn)) {
            c.setCellFactory(col -> GroupedTreeTables.wrappingEditCell());
        }
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var size = ctx.textSizeProperty();
        RowLines.keepRows(size, table);
        ColumnWidths.atLeast(size, numberColumn, 3.2);
        ColumnWidths.atLeast(size, contentColumn, 14);
        ColumnWidths.atLeast(size, leadsColumn, 7);
        ColumnWidths.atLeast(size, coopColumn, 7);
        ColumnWidths.atLeast(size, deadlineColumn, 6);
        ColumnWidths.wrapHeadings(size, List.of(numberColumn, contentColumn, leadsColumn, coopColumn, deadlineColumn));
        numberColumn.setCellValueFactory(c -> text(c.getValue().getValue().number()));
        contentColumn.setCellValueFactory(c -> text(c.getValue().getValue().isGroup()
                ? c.getValue().getValue().group().title() : c.getValue().getValue().item().content()));
        leadsColumn.setCellValueFactory(c -> text(item(c.getValue()) == null ? ""
                : AssigneeText.line(item(c.getValue()).leads())));
        coopColumn.setCellValueFactory(c -> text(item(c.getValue()) == null ? ""
                : AssigneeText.line(item(c.getValue()).cooperating())));
        deadlineColumn.setCellValueFactory(c -> text(item(c.getValue()) == null ? ""
                : DeadlineForm.cell(item(c.getValue()).deadline())));
        contentColumn.setOnEditCommit(e -> {
            MatrixRow row = e.getRowValue().getValue();
            String value = e.getNewValue() == null ? "" : e.getNewValue().strip();
            if (row.isGroup()) {
                edits.run(() -> {
                    model.renameGroup(row.id(), value);
                    return row.id();
                });
            } else if (!value.isEmpty()) {
                AssignmentItem i = latest(row.item());
                save(MatrixViewModel.with(i, value, i.leads(), i.cooperating(), i.deadline()));
            }
        });
        table.setRowFactory(t -> GroupedTreeTables.groupAwareRow(MatrixRow::isGroup));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> select(now));
        leads = new AssigneePicker(leadUnits, leadGeneric);
        cooperating = new AssigneePicker(coopUnits, coopGeneric);
        leads.setOnChange(this::saveEditor);
        cooperating.setOnChange(this::saveEditor);
        contentArea.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                saveEditor();
            }
        });
        deadlineEditor = new DeadlineEditor(new DeadlineEditor.Fields(wordingField, kindChoice, yearField,
                endYearField, monthField, dayField), deadlinePreview, deadlineHint, deadlineProblem, () -> showing,
                this::selectedItem,
                (i, d) -> save(MatrixViewModel.with(i, i.content(), i.leads(), i.cooperating(), d)));
        editor.setDisable(true);
        filterField.textProperty().addListener((obs, old, now) -> fill());
        unitFilter.valueProperty().addListener((obs, old, now) -> fill());
        for (Button b : List.of(moveUpButton, moveDownButton, deleteButton)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        addSubRowButton.setDisable(true);
        undoButton.disableProperty().bind(state.canUndoProperty().not());
    }

    @Override
    public void showPlan(Long id) {
        state.planIdProperty().set(id);
        if (id == null) {
            table.setRoot(null);
            return;
        }
        edits.load(() -> new Loaded(model.open(id), units.all()), Loaded::groups, loaded -> {
            showing = true;
            leads.setUnits(loaded.units());
            cooperating.setUnits(loaded.units());
            String chosen = unitFilter.getValue();
            unitFilter.getItems().setAll(loaded.units().stream().map(Unit::name).toList());
            unitFilter.getItems().addFirst("");
            unitFilter.setValue(chosen);
            showing = false;
        });
    }

    /**
     * Selects row {@code id} with the filters cleared: at once when the table holds it, and (the id kept in the
     * state) again when the load the main window started on showing the screen finishes.
     */
    @Override
    public void reveal(long id) {
        revealed = id;
        state.reveal(id, filterField, unitFilter, this::fill, table);
    }

    /** Ctrl+P: the print preview of this appendix table, as the Print button. */
    @Override
    public void print() {
        onPrint();
    }

    @Override
    public void undo() {
        lastSent = null;
        edits.step(model::undoLast);
    }

    @Override
    public void redo() {
        lastSent = null;
        edits.step(model::redoLast);
    }

    private record Loaded(List<AssignmentGroup> groups, List<Unit> units) {
    }

    private void fill() {
        TreeItem<MatrixRow> root = new TreeItem<>();
        Long keep = state.selectedId();
        TreeItem<MatrixRow> toSelect = null;
        List<MatrixRows.Line> lines = MatrixViewModel.lines(state.rows(),
                new RowFilter(filterField.getText(), unitFilter.getValue()), model.matrix());
        java.util.Map<Object, TreeItem<MatrixRow>> parents = new java.util.HashMap<>();
        for (MatrixRows.Line line : lines) {
            TreeItem<MatrixRow> item = new TreeItem<>(line.row());
            item.setExpanded(true);
            TreeItem<MatrixRow> parent = line.parentKey() == null ? root : parents.getOrDefault(line.parentKey(),
                    root);
            parent.getChildren().add(item);
            parents.put(line.key(), item);
            if (keep != null && keep == line.row().id() && state.selectedIsGroup() == line.row().isGroup()) {
                toSelect = item;
            }
        }
        table.setRoot(root);
        if (toSelect != null) {
            table.getSelectionModel().select(toSelect);
            // A revealed row is scrolled to the top: rows of wrapped text are tall, three above may hide it.
            int above = keep.equals(revealed) ? 0 : 3;
            table.scrollTo(Math.max(0, table.getRow(toSelect) - above));
        }
    }

    private void select(TreeItem<MatrixRow> selected) {
        showing = true;
        try {
            MatrixRow row = selected == null ? null : selected.getValue();
            state.selectedIdProperty().set(row == null ? null : row.id());
            state.selectedIsGroupProperty().set(row != null && row.isGroup());
            if (row == null || row.isGroup() || lastSent != null && !lastSent.id().equals(row.id())) {
                lastSent = null;
            }
            AssignmentItem i = row == null || row.isGroup() ? null : latest(row.item());
            editor.setDisable(i == null);
            addSubRowButton.setDisable(i == null);
            contentArea.setText(i == null ? "" : i.content());
            leads.show(i == null ? List.of() : i.leads());
            cooperating.show(i == null ? List.of() : i.cooperating());
            deadlineEditor.show(i);
        } finally {
            showing = false;
        }
    }

    @FXML
    private void onApplyFields() {
        deadlineEditor.applyFields();
    }

    private void saveEditor() {
        AssignmentItem i = selectedItem();
        if (!showing && i != null) {
            save(MatrixViewModel.with(i, contentArea.getText(), leads.value(), cooperating.value(), i.deadline()));
        }
    }

    private AssignmentItem selectedItem() {
        TreeItem<MatrixRow> s = table.getSelectionModel().getSelectedItem();
        return s == null || s.getValue().isGroup() ? null : latest(s.getValue().item());
    }

    /** {@code shown}, or the newer version of it already sent to be saved while the table has not caught up. */
    private AssignmentItem latest(AssignmentItem shown) {
        return lastSent != null && lastSent.id().equals(shown.id()) ? lastSent : shown;
    }

    private void save(AssignmentItem changed) {
        lastSent = changed;
        edits.run(() -> {
            model.save(changed);
            return changed.id();
        });
    }

    @FXML
    private void onAddGroup() {
        state.selectedIsGroupProperty().set(true);
        edits.run(model::addGroup);
    }

    @FXML
    private void onAddRow() {
        TreeItem<MatrixRow> s = table.getSelectionModel().getSelectedItem();
        Long groupId = s == null ? null : s.getValue().group().id();
        state.selectedIsGroupProperty().set(false);
        edits.run(() -> model.addRow(groupId));
    }

    @FXML
    private void onAddSubRow() {
        AssignmentItem i = selectedItem();
        if (i != null) {
            state.selectedIsGroupProperty().set(false);
            edits.run(() -> model.addSubRow(i.id()));
        }
    }

    @FXML
    private void onMoveUp() {
        move(-1);
    }

    @FXML
    private void onMoveDown() {
        move(1);
    }

    private void move(int delta) {
        edits.move(state.selectedId(), state.selectedIsGroup(), delta);
    }

    @FXML
    private void onDelete() {
        edits.delete(state.selectedId(), state.selectedIsGroup());
    }

    @FXML
    private void onUndo() {
        undo();
    }

    @FXML
    private void onPrint() {
        Long planId = state.planId();
        if (planId != null) {
            PrintPreview.open(plans, ctx, planId, model.matrix(), table.getScene().getWindow());
        }
    }

    private static AssignmentItem item(TreeItem<MatrixRow> t) {
        return t == null || t.getValue() == null ? null : t.getValue().item();
    }
}
