package vn.kehoachxa.ui.indicators;

import static vn.kehoachxa.ui.common.GroupedTreeTables.text;
import static vn.kehoachxa.ui.common.GroupedTreeTables.wrappingEditCell;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.RelativeChange;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.service.IndicatorService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.UnitService;
import vn.kehoachxa.ui.assignments.AssigneePicker;
import vn.kehoachxa.ui.assignments.AssigneeText;
import vn.kehoachxa.ui.assignments.RowFilter;
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

/** Chỉ tiêu: the indicator table with group rows, inline editing, the target editor and the unit pickers. */
public final class IndicatorsController implements PlanScreen, PrintableScreen, RevealingScreen {
    private final AppContext ctx;
    private final PlanService plans;
    private final UnitService units;
    private final IndicatorsViewModel model;
    private final GroupedRowEdits<IndicatorGroup> edits;
    /** The view model's FX-thread state: plan, rows, selection, busy, undo and redo. */
    private final RowsState<IndicatorGroup> state;
    private int endYear = 2030;
    private boolean showing;
    /** The row a find hit last revealed; scrolled to exactly rather than with rows above it. */
    private Long revealed;
    /** The last version of the selected indicator sent to be saved: later edits build on it, not on the table. */
    private Indicator lastSent;

    @FXML private TreeTableView<IndicatorRow> table;
    @FXML private TreeTableColumn<IndicatorRow, String> numberColumn;
    @FXML private TreeTableColumn<IndicatorRow, String> nameColumn;
    @FXML private TreeTableColumn<IndicatorRow, String> unitColumn;
    @FXML private TreeTableColumn<IndicatorRow, String> targetColumn;
    @FXML private TreeTableColumn<IndicatorRow, String> noteColumn;
    @FXML private TreeTableColumn<IndicatorRow, String> leadsColumn;
    @FXML private TextField filterField;
    @FXML private ComboBox<String> unitFilter;
    @FXML private VBox editor;
    @FXML private ChoiceBox<TargetKind> kindChoice;
    @FXML private ChoiceBox<Comparator> comparatorChoice;
    @FXML private TextField valueField;
    @FXML private TextField upperField;
    @FXML private TextField targetUnitField;
    @FXML private TextField yearField;
    @FXML private TextField wordsField;
    @FXML private Label previewLabel;
    @FXML private VBox relativeBox;
    @FXML private ChoiceBox<RelativeChange> changeChoice;
    @FXML private TextField baselineValueField;
    @FXML private TextField baselineYearField;
    @FXML private Label relativeHintLabel;
    @FXML private Label problemLabel;
    @FXML private Button saveTargetButton;
    @FXML private CheckComboBox<String> leadUnits;
    @FXML private TextField leadGeneric;
    @FXML private CheckComboBox<String> coopUnits;
    @FXML private TextField coopGeneric;
    @FXML private Button addIndicatorButton;
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private Button deleteButton;
    @FXML private Button undoButton;
    private AssigneePicker leads;
    private AssigneePicker cooperating;
    private TargetEditor targetEditor;

    /** Built by the controller factory. */
    public IndicatorsController(AppContext ctx, IndicatorService indicators, PlanService plans, UnitService units) {
        this.ctx = ctx;
        this.plans = plans;
        this.units = units;
        this.model = new IndicatorsViewModel(indicators);
        this.state = model.state();
        this.edits = new GroupedRowEdits<>(model, ctx.executor(), this::fill, (reported, isGroup) ->
                DeleteConfirmation.ask(table.getScene().getWindow(), isGroup ? "indicators.delete.confirmGroup"
                        : "indicators.delete.confirm", reported));
    }

    @FXML
    private void initialize() {
        table.setShowRoot(false);
        table.setEditable(true);
        table.setTreeColumn(nameColumn);
        for (TreeTableColumn<IndicatorRow, String> c : List.of(numberColumn, nameColumn, unitColumn, targetColumn,
                noteColumn, leadsColumn)) {
            c.setCellFactory(col -> wrappingEditCell());
        }
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var size = ctx.textSizeProperty();
        RowLines.keepRows(size, table);
        ColumnWidths.atLeast(size, numberColumn, 2.8);
        ColumnWidths.atLeast(size, nameColumn, 11);
        ColumnWidths.atLeast(size, unitColumn, 4.5);
        ColumnWidths.atLeast(size, targetColumn, 7);
        ColumnWidths.atLeast(size, noteColumn, 5);
        ColumnWidths.atLeast(size, leadsColumn, 7);
        ColumnWidths.wrapHeadings(size, List.of(numberColumn, nameColumn, unitColumn, targetColumn, noteColumn,
                leadsColumn));
        numberColumn.setCellValueFactory(c -> text(c.getValue().getValue().number()));
        nameColumn.setCellValueFactory(c -> text(c.getValue().getValue().isGroup()
                ? c.getValue().getValue().group().title() : c.getValue().getValue().indicator().name()));
        unitColumn.setCellValueFactory(c -> text(field(c.getValue().getValue(), Indicator::unitOfMeasure)));
        targetColumn.setCellValueFactory(c -> text(field(c.getValue().getValue(),
                i -> IndicatorsViewModel.targetText(i, endYear))));
        noteColumn.setCellValueFactory(c -> text(field(c.getValue().getValue(), Indicator::note)));
        leadsColumn.setCellValueFactory(c -> text(field(c.getValue().getValue(),
                i -> AssigneeText.line(i.leads()))));
        nameColumn.setOnEditCommit(e -> commitText(e.getRowValue().getValue(), e.getNewValue(),
                (i, v) -> IndicatorsViewModel.withTexts(i, v, i.unitOfMeasure(), i.note())));
        noteColumn.setOnEditCommit(e -> commitText(e.getRowValue().getValue(), e.getNewValue(),
                (i, v) -> IndicatorsViewModel.withTexts(i, i.name(), i.unitOfMeasure(), v)));
        // The unit is edited in one place, the target editor, next to the figure it qualifies.
        unitColumn.setEditable(false);
        table.setRowFactory(t -> GroupedTreeTables.groupAwareRow(IndicatorRow::isGroup));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> select(now));
        targetEditor = new TargetEditor(kindChoice, comparatorChoice, valueField, upperField, targetUnitField,
                yearField, wordsField, previewLabel, problemLabel, saveTargetButton, this::onSaveTarget);
        targetEditor.wireRelative(new TargetEditor.Relative(changeChoice, baselineValueField, baselineYearField,
                relativeBox, relativeHintLabel), this::onSaveTarget);
        leads = new AssigneePicker(leadUnits, leadGeneric);
        cooperating = new AssigneePicker(coopUnits, coopGeneric);
        leads.setOnChange(this::saveAssignees);
        cooperating.setOnChange(this::saveAssignees);
        editor.setDisable(true);
        filterField.textProperty().addListener((obs, old, now) -> fill());
        unitFilter.valueProperty().addListener((obs, old, now) -> fill());
        for (Button b : List.of(moveUpButton, moveDownButton, deleteButton)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        undoButton.disableProperty().bind(state.canUndoProperty().not());
    }

    @Override
    public void showPlan(Long id) {
        state.planIdProperty().set(id);
        if (id == null) {
            table.setRoot(null);
            return;
        }
        edits.load(() -> new Loaded(model.open(id), plans.load(id).plan().endYear(), units.all()), Loaded::groups,
                loaded -> {
                    endYear = loaded.endYear();
                    targetColumn.setText(Texts.get("indicators.column.target", endYear));
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

    private record Loaded(List<IndicatorGroup> groups, int endYear, List<Unit> units) {
    }

    private void fill() {
        Long keep = state.selectedId();
        boolean keepGroup = state.selectedIsGroup();
        TreeItem<IndicatorRow> root = new TreeItem<>();
        TreeItem<IndicatorRow> toSelect = null;
        RowFilter filter = new RowFilter(filterField.getText(), unitFilter.getValue());
        TreeItem<IndicatorRow> parent = root;
        for (IndicatorRow row : IndicatorsViewModel.rows(state.rows(), filter)) {
            TreeItem<IndicatorRow> item = new TreeItem<>(row);
            if (row.isGroup()) {
                item.setExpanded(true);
                root.getChildren().add(item);
                parent = item;
            } else {
                // A group without a heading row puts its indicators at the top level.
                (parent != root && parent.getValue().group().id().equals(row.group().id()) ? parent : root)
                        .getChildren().add(item);
            }
            if (keep != null && keep == row.id() && keepGroup == row.isGroup()) {
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

    private void select(TreeItem<IndicatorRow> item) {
        showing = true;
        try {
            IndicatorRow row = item == null ? null : item.getValue();
            state.selectedIdProperty().set(row == null ? null : row.id());
            if (row == null || row.isGroup() || lastSent != null && !lastSent.id().equals(row.id())) {
                lastSent = null;
            }
            state.selectedIsGroupProperty().set(row != null && row.isGroup());
            editor.setDisable(row == null || row.isGroup());
            Indicator i = row == null || row.isGroup() ? null : latest(row.indicator());
            TargetForm f = TargetForm.of(i == null ? null : IndicatorsViewModel.targetFor(i, endYear),
                    i == null ? null : i.unitOfMeasure(), endYear, i == null ? null : i.baselineValue(),
                    i == null ? null : i.baselineYear());
            targetEditor.show(f);
            leads.show(i == null ? List.of() : i.leads());
            cooperating.show(i == null ? List.of() : i.cooperating());
        } finally {
            showing = false;
        }
        targetEditor.refreshPreview();
    }

    private Indicator selectedIndicator() {
        TreeItem<IndicatorRow> item = table.getSelectionModel().getSelectedItem();
        return item == null || item.getValue().isGroup() ? null : latest(item.getValue().indicator());
    }

    /** {@code shown}, or the newer version of it already sent to be saved while the table has not caught up. */
    private Indicator latest(Indicator shown) {
        return lastSent != null && lastSent.id().equals(shown.id()) ? lastSent : shown;
    }

    @FXML
    private void onSaveTarget() {
        Indicator i = selectedIndicator();
        TargetForm f = targetEditor.form();
        if (showing || i == null || f.problem().isPresent()) {
            return;
        }
        Indicator changed = IndicatorsViewModel.withTarget(i, endYear, f.build(), f.unitOfMeasure());
        save(changed);
    }

    private void saveAssignees() {
        Indicator i = selectedIndicator();
        if (!showing && i != null) {
            save(IndicatorsViewModel.withAssignees(i, leads.value(), cooperating.value()));
        }
    }

    private void commitText(IndicatorRow row, String value, BiFunction<Indicator, String, Indicator> change) {
        if (row.isGroup()) {
            long groupId = row.group().id();
            edits.run(() -> {
                model.renameGroup(groupId, value == null ? "" : value.strip());
                return groupId;
            });
        } else {
            save(change.apply(latest(row.indicator()), value));
        }
    }

    private void save(Indicator changed) {
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
    private void onAddIndicator() {
        TreeItem<IndicatorRow> item = table.getSelectionModel().getSelectedItem();
        Long groupId = item == null ? null : item.getValue().group().id();
        state.selectedIsGroupProperty().set(false);
        edits.run(() -> model.addIndicator(groupId));
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
            PrintPreview.open(plans, ctx, planId, TableKind.INDICATORS, table.getScene().getWindow());
        }
    }

    private static String field(IndicatorRow row, Function<Indicator, String> getter) {
        return row == null || row.isGroup() ? "" : nullToEmpty(getter.apply(row.indicator()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
