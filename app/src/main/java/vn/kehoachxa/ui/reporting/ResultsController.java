package vn.kehoachxa.ui.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.DataCutoff;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.FigureChecks;
import vn.kehoachxa.domain.reporting.FigureFlag;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.domain.text.VietnameseNumbers;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.reporting.IndicatorEvaluation;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.PeriodResults;
import vn.kehoachxa.service.reporting.ProgressEntry;
import vn.kehoachxa.service.reporting.SubmissionDetail;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.service.reporting.UnitAssignments;
import vn.kehoachxa.service.reporting.UnitProgress;
import vn.kehoachxa.service.reporting.UnitResult;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.ColumnWidths;
import vn.kehoachxa.ui.common.RowLines;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.NoteDialog;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.reporting.ResultLines.IndicatorLine;
import vn.kehoachxa.ui.reporting.ResultLines.TaskLine;

/**
 * Kết quả: a period's indicators with target, results by unit, consolidated value and evaluation, and its matrix
 * rows with the official status and every unit's words; filtered by text, unit, evaluation and status. Correcting a
 * unit's figure or progress stores the unit's next report version (MANUAL), so earlier versions stay viewable.
 */
public final class ResultsController implements PlanScreen {
    private final AppContext ctx;
    private final ReportingService reporting;
    private final ResultsViewModel vm = new ResultsViewModel();
    private Long planId;

    @FXML private ComboBox<PeriodOverview> period;
    @FXML private TextField search;
    @FXML private ComboBox<String> unitFilter;
    @FXML private ComboBox<Evaluation> evaluationFilter;
    @FXML private ComboBox<TaskStatus> statusFilter;
    @FXML private Label summary;
    @FXML private TableView<IndicatorLine> indicatorTable;
    @FXML private TableColumn<IndicatorLine, String> indicatorName;
    @FXML private TableColumn<IndicatorLine, String> indicatorTarget;
    @FXML private TableColumn<IndicatorLine, String> indicatorResults;
    @FXML private TableColumn<IndicatorLine, String> indicatorConsolidated;
    @FXML private TableColumn<IndicatorLine, Evaluation> indicatorEvaluation;
    @FXML private ComboBox<Unit> indicatorUnit;
    @FXML private TextField indicatorValue;
    @FXML private TextField indicatorNote;
    @FXML private Button saveIndicator;
    @FXML private Label evaluationDetail;
    @FXML private FlowPane verdictRow;
    @FXML private ComboBox<Evaluation> verdictChoice;
    @FXML private TextField verdictNote;
    @FXML private Button acceptFigure;
    @FXML private TableView<TaskLine> taskTable;
    @FXML private TableColumn<TaskLine, String> taskGroup;
    @FXML private TableColumn<TaskLine, String> taskName;
    @FXML private TableColumn<TaskLine, String> taskLeads;
    @FXML private TableColumn<TaskLine, TaskStatus> taskStatus;
    @FXML private TableColumn<TaskLine, String> taskResults;
    @FXML private TableColumn<TaskLine, String> taskDifficulties;
    @FXML private ComboBox<Unit> taskUnit;
    @FXML private ComboBox<ProgressStatus> taskProgress;
    @FXML private TextField taskResult;
    @FXML private TextField taskDifficulty;
    @FXML private TextField taskProposal;
    @FXML private Button saveTask;
    @FXML private Label message;
    @FXML private TabPane tabs;
    @FXML private Tab indicatorChartTab;
    @FXML private Tab statusChartTab;
    @FXML private Label editHint;
    private final ResultCharts charts;

    /** Built by the controller factory. */
    public ResultsController(AppContext ctx, ReportingService reporting) {
        this.ctx = ctx;
        this.reporting = reporting;
        // Built with the controller (not in initialize) so that whoever watches its view models finds the charts'.
        this.charts = new ResultCharts(ctx, reporting, text -> message.setText(text));
    }

    @FXML
    private void initialize() {
        period.setCellFactory(list -> ResultCells.choice(PeriodOverview::name, ""));
        period.setButtonCell(ResultCells.choice(PeriodOverview::name, ""));
        period.valueProperty().addListener((obs, old, now) -> loadPeriod(now));
        search.textProperty().bindBidirectional(vm.queryProperty());
        unitFilter.setItems(withNone(vm.unitChoices()));
        vm.unitChoices().addListener((javafx.collections.ListChangeListener<String>) c ->
                unitFilter.getItems().setAll(withNone(vm.unitChoices())));
        unitFilter.setCellFactory(list -> ResultCells.choice(Function.identity(), Texts.get("resultsui.allUnits")));
        unitFilter.setButtonCell(ResultCells.choice(Function.identity(), Texts.get("resultsui.allUnits")));
        unitFilter.valueProperty().bindBidirectional(vm.unitProperty());
        choices(evaluationFilter, List.of(Evaluation.values()), Evaluation::label, "resultsui.allEvaluations");
        evaluationFilter.valueProperty().bindBidirectional(vm.evaluationProperty());
        choices(statusFilter, List.of(TaskStatus.values()), TaskStatus::label, "resultsui.allStatuses");
        statusFilter.valueProperty().bindBidirectional(vm.statusProperty());
        setUpIndicatorTable();
        setUpTaskTable();
        indicatorChartTab.setContent(charts.indicatorView());
        statusChartTab.setContent(charts.statusView());
        charts.fit(tabs, indicatorChartTab, statusChartTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            // The hint is about correcting figures in the tables; the charts only show them.
            editHint.setVisible(!chartsShown());
            editHint.setManaged(!chartsShown());
            if (chartsShown()) {
                charts.ensureLoaded();
            }
        });
    }

    private boolean chartsShown() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == indicatorChartTab || tab == statusChartTab;
    }

    private static <T> javafx.collections.ObservableList<T> withNone(List<T> items) {
        List<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(items);
        return javafx.collections.FXCollections.observableArrayList(all);
    }

    private static <T> void choices(ComboBox<T> box, List<T> items, Function<T, String> label, String noneKey) {
        box.setItems(withNone(items));
        box.setCellFactory(list -> ResultCells.choice(label, Texts.get(noneKey)));
        box.setButtonCell(ResultCells.choice(label, Texts.get(noneKey)));
    }

    private void setUpIndicatorTable() {
        indicatorTable.setItems(vm.indicators());
        indicatorName.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        indicatorName.setCellFactory(ResultCells.wrapping());
        indicatorTarget.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().target()));
        indicatorTarget.setCellFactory(ResultCells.wrapping());
        indicatorResults.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().results()));
        indicatorResults.setCellFactory(ResultCells.wrapping());
        indicatorConsolidated.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().consolidated()));
        indicatorEvaluation.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().evaluation()));
        indicatorEvaluation.setCellFactory(ResultCells.evaluation());
        var size = ctx.textSizeProperty();
        RowLines.keepRows(size, indicatorTable);
        ColumnWidths.atLeast(size, indicatorName, 10);
        ColumnWidths.atLeast(size, indicatorTarget, 7);
        ColumnWidths.atLeast(size, indicatorResults, 9);
        ColumnWidths.atLeast(size, indicatorConsolidated, 6);
        ColumnWidths.atLeast(size, indicatorEvaluation, 15.5);
        ColumnWidths.wrapHeadings(size, List.of(indicatorName, indicatorTarget, indicatorResults,
                indicatorConsolidated, indicatorEvaluation));
        indicatorUnit.setCellFactory(list -> ResultCells.choice(Unit::name, ""));
        indicatorUnit.setButtonCell(ResultCells.choice(Unit::name, ""));
        var selected = indicatorTable.getSelectionModel().selectedItemProperty();
        selected.addListener((obs, old, line) -> {
            List<Unit> units = line == null ? List.of() : vm.unitsForIndicator(line.source().indicator().id());
            indicatorUnit.getItems().setAll(units);
            Unit first = line == null ? null : line.source().results().stream().map(UnitResult::unit)
                    .filter(u -> units.stream().anyMatch(x -> x.id().equals(u.id()))).findFirst().orElse(null);
            indicatorUnit.setValue(first != null ? units.stream().filter(x -> x.id().equals(first.id())).findFirst()
                    .orElseThrow() : units.isEmpty() ? null : units.getFirst());
        });
        indicatorUnit.valueProperty().addListener((obs, old, unit) -> {
            IndicatorLine line = selected.get();
            UnitResult r = line == null || unit == null ? null : line.source().results().stream()
                    .filter(x -> Objects.equals(x.unit().id(), unit.id())).findFirst().orElse(null);
            indicatorValue.setText(r == null ? "" : r.value() != null ? VietnameseNumbers.format(r.value()) : r.text());
            indicatorNote.setText(r == null || r.note() == null ? "" : r.note());
            // Only a flagged figure not yet accepted can be accepted with a note.
            acceptFigure.setDisable(r == null || r.flags().isEmpty() || r.acceptedNote() != null);
        });
        acceptFigure.setDisable(true);
        saveIndicator.disableProperty().bind(indicatorUnit.valueProperty().isNull());
        setUpVerdict(selected);
    }

    /** The evaluation's explanation, and the manual verdict a qualitative target takes, for the selected line. */
    private void setUpVerdict(ObservableValue<IndicatorLine> selected) {
        verdictChoice.getItems().setAll(Arrays.asList(null, Evaluation.DAT, Evaluation.VUOT, Evaluation.CHUA_DAT));
        verdictChoice.setCellFactory(list -> ResultCells.choice(Evaluation::label,
                Texts.get("resultsui.verdict.none")));
        verdictChoice.setButtonCell(ResultCells.choice(Evaluation::label, Texts.get("resultsui.verdict.none")));
        selected.addListener((obs, old, line) -> {
            IndicatorEvaluation e = line == null ? null : line.source();
            String detail = e == null ? null : e.detail() != null ? e.detail() : e.hint();
            evaluationDetail.setText(detail == null ? "" : detail);
            verdictRow.setDisable(e == null || !e.takesManualVerdict());
            verdictChoice.setValue(e == null || e.verdict() == null ? null : e.verdict().verdict());
            verdictNote.setText(e == null || e.verdict() == null || e.verdict().note() == null ? ""
                    : e.verdict().note());
        });
        verdictRow.setDisable(true);
    }

    @FXML
    private void onSaveVerdict() {
        IndicatorLine line = indicatorTable.getSelectionModel().getSelectedItem();
        PeriodOverview p = period.getValue();
        if (line == null || p == null || !line.source().takesManualVerdict()) {
            return;
        }
        Evaluation verdict = verdictChoice.getValue();
        String note = verdictNote.getText();
        long indicatorId = line.source().indicator().id();
        Tasks.create(() -> reporting.verdicts().record(p.period().id(), indicatorId, verdict, note))
                .onSuccess(before -> {
                    message.setText(verdict == null ? Texts.get("resultsui.verdict.withdrawn", line.name())
                            : Texts.get("resultsui.verdict.saved", verdict.label(), line.name()));
                    loadPeriod(p);
                }).runOn(ctx.executor());
    }

    private void setUpTaskTable() {
        taskTable.setItems(vm.tasks());
        taskGroup.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().group()));
        taskGroup.setCellFactory(ResultCells.wrapping());
        taskName.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().task()));
        taskName.setCellFactory(ResultCells.wrapping());
        taskLeads.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().leads()));
        taskLeads.setCellFactory(ResultCells.wrapping());
        taskStatus.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().status()));
        taskStatus.setCellFactory(ResultCells.status());
        taskResults.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().results()));
        taskResults.setCellFactory(ResultCells.wrapping());
        taskDifficulties.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().difficulties()));
        taskDifficulties.setCellFactory(ResultCells.wrapping());
        var size = ctx.textSizeProperty();
        RowLines.keepRows(size, taskTable);
        ColumnWidths.atLeast(size, taskGroup, 7);
        ColumnWidths.atLeast(size, taskName, 10);
        ColumnWidths.atLeast(size, taskLeads, 6);
        ColumnWidths.atLeast(size, taskStatus, 14.5);
        ColumnWidths.atLeast(size, taskResults, 9);
        ColumnWidths.atLeast(size, taskDifficulties, 7);
        ColumnWidths.wrapHeadings(size, List.of(taskGroup, taskName, taskLeads, taskStatus, taskResults,
                taskDifficulties));
        taskUnit.setCellFactory(list -> ResultCells.choice(Unit::name, ""));
        taskUnit.setButtonCell(ResultCells.choice(Unit::name, ""));
        taskProgress.getItems().setAll(ProgressStatus.values());
        taskProgress.setCellFactory(list -> ResultCells.choice(ResultsController::statusLabel, ""));
        taskProgress.setButtonCell(ResultCells.choice(ResultsController::statusLabel, ""));
        var selected = taskTable.getSelectionModel().selectedItemProperty();
        selected.addListener((obs, old, line) -> {
            List<Unit> units = line == null ? List.of() : vm.unitsForItem(line.source().item().item().id());
            taskUnit.getItems().setAll(units);
            taskUnit.setValue(units.isEmpty() ? null : units.getFirst());
        });
        taskUnit.valueProperty().addListener((obs, old, unit) -> {
            TaskLine line = selected.get();
            UnitProgress p = line == null || unit == null ? null : line.source().reports().stream()
                    .filter(x -> Objects.equals(x.unit().id(), unit.id())).findFirst().orElse(null);
            taskProgress.setValue(p == null ? null : p.status());
            taskResult.setText(p == null || p.resultText() == null ? "" : p.resultText());
            taskDifficulty.setText(p == null || p.difficulties() == null ? "" : p.difficulties());
            taskProposal.setText(p == null || p.proposals() == null ? "" : p.proposals());
        });
        saveTask.disableProperty().bind(taskUnit.valueProperty().isNull().or(taskProgress.valueProperty().isNull()));
    }

    static String statusLabel(ProgressStatus s) {
        return Texts.get("unitform.status." + s.name());
    }

    @Override
    public void showPlan(Long planId) {
        this.planId = planId;
        charts.showPlan(planId, chartsShown());
        PeriodOverview chosen = period.getValue();
        if (planId == null) {
            period.getItems().clear();
            vm.clear();
            return;
        }
        Tasks.create(() -> reporting.periods(planId)).onSuccess(list -> {
            period.getItems().setAll(list);
            PeriodOverview keep = chosen == null ? null : list.stream()
                    .filter(p -> p.period().id().equals(chosen.period().id())).findFirst().orElse(null);
            period.setValue(keep != null ? keep : defaultPeriod(list));
            if (list.isEmpty()) {
                vm.clear();
                summary.setText(Texts.get("resultsui.noPeriods"));
            }
        }).runOn(ctx.executor());
    }

    /** The latest period somebody has reported for, else the current one, else the last. */
    static PeriodOverview defaultPeriod(List<PeriodOverview> list) {
        PeriodOverview reported = null;
        for (PeriodOverview p : list) {
            if (p.reportedUnits() > 0) {
                reported = p;
            }
        }
        if (reported != null) {
            return reported;
        }
        return list.stream().filter(p -> p.daysLeft() >= 0).findFirst()
                .orElse(list.isEmpty() ? null : list.getLast());
    }

    private void loadPeriod(PeriodOverview p) {
        if (p == null || planId == null) {
            return;
        }
        long pid = planId;
        Tasks.create(() -> {
            PeriodResults results = reporting.results(p.period().id());
            List<UnitAssignments> units = reporting.reportingUnits(pid).stream()
                    .map(u -> reporting.unitAssignments(p.period().id(), u.id())).toList();
            return new Loaded(results, units);
        }).onSuccess(loaded -> {
            vm.load(loaded.results(), loaded.units());
            var counts = vm.evaluationCounts();
            summary.setText(DataCutoff.line(loaded.results().period().period()) + ". "
                    + Texts.get("resultsui.summary", loaded.results().period().reportedUnits(),
                    loaded.results().period().expectedUnits(), counts.getOrDefault(Evaluation.DAT, 0L)
                            + counts.getOrDefault(Evaluation.VUOT, 0L), loaded.results().indicators().size()));
        }).runOn(ctx.executor());
    }

    @FXML
    private void onSaveIndicator() {
        IndicatorLine line = indicatorTable.getSelectionModel().getSelectedItem();
        Unit unit = indicatorUnit.getValue();
        PeriodOverview p = period.getValue();
        if (line == null || unit == null || p == null) {
            return;
        }
        String value = indicatorValue.getText();
        String note = indicatorNote.getText();
        long indicatorId = line.source().indicator().id();
        // A figure out of its unit's range goes in only with the official's note (decision 0027).
        UnitResult before = unitResult(line, unit);
        List<FigureFlag> flags = VietnameseNumbers.tryParse(value).map(v -> FigureChecks.check(
                line.source().indicator().unitOfMeasure(), v, before == null ? null : before.previous()))
                .orElse(List.of());
        Map<Long, String> accepted = new HashMap<>();
        if (FigureChecks.blocking(flags)) {
            Optional<String> why = NoteDialog.ask(message.getScene().getWindow(), "acceptDialog",
                    Texts.get("figureui.accept.header", unit.name(), line.name(), String.join("; ",
                            flags.stream().filter(FigureFlag::blocking).map(FigureFlag::message).toList())),
                    Texts.get("figureui.accept.prompt"), Texts.get("figureui.accept.confirm"));
            if (why.isEmpty()) {
                return;
            }
            accepted.put(indicatorId, why.get());
        }
        save(p, unit, latest -> CorrectionDrafts.indicator(p.period().id(), unit.id(), latest,
                indicatorId, line.name(), value, note, reporting.today()).withAcceptedNotes(accepted));
    }

    private static UnitResult unitResult(IndicatorLine line, Unit unit) {
        return line.source().results().stream().filter(x -> Objects.equals(x.unit().id(), unit.id())).findFirst()
                .orElse(null);
    }

    /** Chấp nhận kèm ghi chú: accepts the selected unit's flagged figure with the official's note. */
    @FXML
    private void onAcceptFigure() {
        IndicatorLine line = indicatorTable.getSelectionModel().getSelectedItem();
        Unit unit = indicatorUnit.getValue();
        PeriodOverview p = period.getValue();
        UnitResult r = line == null || unit == null ? null : unitResult(line, unit);
        if (r == null || p == null || r.flags().isEmpty()) {
            return;
        }
        NoteDialog.ask(message.getScene().getWindow(), "acceptDialog", Texts.get("figureui.accept.header",
                unit.name(), line.name(), String.join("; ", r.flags().stream().map(FigureFlag::message).toList())),
                Texts.get("figureui.accept.prompt"), Texts.get("figureui.accept.confirm")).ifPresent(note -> {
                    long indicatorId = line.source().indicator().id();
                    Tasks.create(() -> {
                        reporting.acceptFigure(p.period().id(), unit.id(), indicatorId, note);
                        return null;
                    }).onSuccess(done -> {
                        message.setText(Texts.get("figureui.acceptedMessage", unit.name(), line.name()));
                        loadPeriod(p);
                    }).onError(ErrorDialog::show).runOn(ctx.executor());
                });
    }

    @FXML
    private void onSaveTask() {
        TaskLine line = taskTable.getSelectionModel().getSelectedItem();
        Unit unit = taskUnit.getValue();
        PeriodOverview p = period.getValue();
        if (line == null || unit == null || p == null || taskProgress.getValue() == null) {
            return;
        }
        ProgressEntry edited = new ProgressEntry(line.source().item().item().id(), taskProgress.getValue(),
                taskResult.getText(), taskDifficulty.getText(), taskProposal.getText());
        save(p, unit, latest -> CorrectionDrafts.task(p.period().id(), unit.id(), latest, edited, reporting.today()));
    }

    /** Stores the correction as the unit's next version (off the FX thread), then reloads the period. */
    private void save(PeriodOverview p, Unit unit, Function<SubmissionDetail, SubmissionDraft> draft) {
        Tasks.create(() -> {
            List<SubmissionDetail> versions = reporting.submissions(p.period().id(), unit.id());
            return reporting.submit(draft.apply(versions.isEmpty() ? null : versions.getLast()));
        }).onSuccess((UnitSubmission saved) -> {
            message.setText(Texts.get("resultsui.saved", unit.name(), saved.version()));
            loadPeriod(p);
            charts.showPlan(planId, chartsShown());
        }).runOn(ctx.executor());
    }

    private record Loaded(PeriodResults results, List<UnitAssignments> units) {
    }
}
