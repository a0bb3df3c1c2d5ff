package vn.kehoachxa.ui.collector;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.CommuneFigure;
import vn.kehoachxa.domain.collect.CommuneReceipt;
import vn.kehoachxa.domain.collect.ConsolidatedIndicator;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.service.collect.ProvinceViewService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.ColumnWidths;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.reporting.ChartSource;
import vn.kehoachxa.ui.reporting.ChartWords;
import vn.kehoachxa.ui.reporting.ResultCharts;

/**
 * Tổng hợp báo cáo tỉnh: the collector's main window — a period picker, who sent their report (on time, late, not
 * yet, corrected), the consolidated indicators with each commune's figure, the task counts, and the commune app's
 * charts over the province's periods (the communes in the units' part). Reads run on the ordered executor; the view
 * model changes on the FX thread. Import, commune list, exports and server settings are
 * {@link CollectorActions} the composition root provides.
 */
public final class CollectorController {
    private final AppContext ctx;
    private final ProvinceViewService view;
    private final CollectorActions actions;
    private final CollectorViewModel vm = new CollectorViewModel();
    private final ResultCharts charts;
    private Tab indicatorChartTab;
    private Tab statusChartTab;

    @FXML private BorderPane root;
    @FXML private TabPane tabs;
    @FXML private MenuItem importItem;
    @FXML private MenuItem communesItem;
    @FXML private MenuItem excelItem;
    @FXML private MenuItem wordItem;
    @FXML private MenuItem serverItem;
    @FXML private Button importButton;
    @FXML private Button excelButton;
    @FXML private Button wordButton;
    @FXML private ComboBox<PackagePeriod> periodPicker;
    @FXML private Label countsLabel;
    @FXML private Label dueLabel;
    @FXML private CheckBox onlyMissingBox;
    @FXML private TableView<CommuneReceipt> receiptTable;
    @FXML private TableColumn<CommuneReceipt, String> codeColumn;
    @FXML private TableColumn<CommuneReceipt, String> communeColumn;
    @FXML private TableColumn<CommuneReceipt, String> stateColumn;
    @FXML private TableColumn<CommuneReceipt, String> firstColumn;
    @FXML private TableColumn<CommuneReceipt, String> receivedColumn;
    @FXML private TableColumn<CommuneReceipt, String> correctionsColumn;
    @FXML private TableView<ConsolidatedIndicator> indicatorTable;
    @FXML private TableColumn<ConsolidatedIndicator, String> indicatorCodeColumn;
    @FXML private TableColumn<ConsolidatedIndicator, String> indicatorNameColumn;
    @FXML private TableColumn<ConsolidatedIndicator, String> unitColumn;
    @FXML private TableColumn<ConsolidatedIndicator, String> aggregationColumn;
    @FXML private TableColumn<ConsolidatedIndicator, String> totalColumn;
    @FXML private TableColumn<ConsolidatedIndicator, String> reportingColumn;
    @FXML private TableColumn<ConsolidatedIndicator, String> metColumn;
    @FXML private TableColumn<ConsolidatedIndicator, String> shareColumn;
    @FXML private Label breakdownLabel;
    @FXML private TableView<CommuneFigure> breakdownTable;
    @FXML private TableColumn<CommuneFigure, String> figureCodeColumn;
    @FXML private TableColumn<CommuneFigure, String> figureCommuneColumn;
    @FXML private TableColumn<CommuneFigure, String> figureValueColumn;
    @FXML private TableColumn<CommuneFigure, String> figureEvaluationColumn;
    @FXML private TableView<CollectorViewModel.TaskRow> taskTable;
    @FXML private TableColumn<CollectorViewModel.TaskRow, String> taskCodeColumn;
    @FXML private TableColumn<CollectorViewModel.TaskRow, String> taskCommuneColumn;
    @FXML private Label message;

    /** A window reading through {@code view}, with the actions {@code actions} the composition root sets. */
    public CollectorController(AppContext ctx, ProvinceViewService view, CollectorActions actions) {
        this.ctx = ctx;
        this.view = view;
        this.actions = actions;
        // Built with the controller, as Kết quả builds its charts, so whoever watches view models finds the charts'.
        this.charts = new ResultCharts(ctx, provinceWords(), text -> message.setText(text));
    }

    /** The charts' words for a province: communes report, and their figures add up to the province's. */
    private static ChartWords provinceWords() {
        return new ChartWords(Texts.get("collectorcharts.series.total"), Texts.get("collectorcharts.axis.communes"),
                Texts.get("collectorcharts.byPeriod.title"), Texts.get("collectorcharts.byCommune.title"),
                Texts.get("collectorcharts.tooltip.communes"), Texts.get("collectorcharts.notice.noValues"),
                Texts.get("collectorui.noPeriod"));
    }

    @FXML
    private void initialize() {
        periodPicker.setItems(vm.periods());
        periodPicker.setCellFactory(list -> periodCell(""));
        periodPicker.setButtonCell(periodCell(""));
        periodPicker.valueProperty().bindBidirectional(vm.periodProperty());
        vm.periodProperty().addListener((obs, old, now) -> loadSummary());
        countsLabel.textProperty().bind(vm.countsProperty());
        dueLabel.textProperty().bind(vm.dueProperty());
        breakdownLabel.textProperty().bind(vm.breakdownTitleProperty());
        onlyMissingBox.selectedProperty().bindBidirectional(vm.onlyMissingProperty());
        setUpReceipts();
        setUpIndicators();
        setUpTasks();
        setUpCharts();
        var size = ctx.textSizeProperty();
        for (TableView<?> table : java.util.List.of(receiptTable, indicatorTable, breakdownTable, taskTable)) {
            ColumnWidths.wrapHeadings(size, table.getColumns());
        }
        taskTable.getColumns().subList(2, taskTable.getColumns().size())
                .forEach(c -> ColumnWidths.atLeast(size, c, 6));
        ColumnWidths.atLeast(size, indicatorNameColumn, 12);
        bindAction(actions.importPackagesProperty(), importItem, importButton);
        bindAction(actions.communeListProperty(), communesItem);
        bindAction(actions.exportExcelProperty(), excelItem, excelButton);
        bindAction(actions.exportWordProperty(), wordItem, wordButton);
        bindAction(actions.serverSettingsProperty(), serverItem);
        // The stage shows the province's name once the window is on one.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, w, window) -> bindTitle(window));
                bindTitle(scene.getWindow());
            }
        });
        refresh();
    }

    private static javafx.scene.control.ListCell<PackagePeriod> periodCell(String none) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PackagePeriod item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? none : CollectorViewModel.label(item));
            }
        };
    }

    private void bindTitle(javafx.stage.Window window) {
        if (window instanceof Stage stage && !stage.titleProperty().isBound()) {
            stage.titleProperty().bind(vm.titleProperty());
        }
    }

    private static void bindAction(ObjectProperty<?> action, MenuItem item, Button... buttons) {
        item.disableProperty().bind(action.isNull());
        for (Button b : buttons) {
            b.disableProperty().bind(action.isNull());
        }
    }

    private void setUpReceipts() {
        receiptTable.setItems(vm.receipts());
        text(codeColumn, r -> r.commune().code());
        text(communeColumn, r -> r.commune().name());
        text(stateColumn, r -> Texts.get("collectorui.state." + r.state().name()));
        text(firstColumn, r -> CollectorCells.time(r.firstReceivedAt()));
        text(receivedColumn, r -> CollectorCells.time(r.receivedAt()));
        text(correctionsColumn, r -> r.corrections() == 0 ? "" : String.valueOf(r.corrections()));
        receiptTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CommuneReceipt item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("receipt-late", "receipt-missing");
                if (!empty && item != null && item.state() != ReceiptState.ON_TIME) {
                    getStyleClass().add(item.state() == ReceiptState.LATE ? "receipt-late" : "receipt-missing");
                }
            }
        });
    }

    private void setUpIndicators() {
        indicatorTable.setItems(vm.indicators());
        text(indicatorCodeColumn, ConsolidatedIndicator::code);
        text(indicatorNameColumn, ConsolidatedIndicator::name);
        text(unitColumn, ConsolidatedIndicator::unitOfMeasure);
        text(aggregationColumn, i -> CollectorCells.aggregation(i.aggregation()));
        text(totalColumn, CollectorCells::total);
        text(reportingColumn, i -> String.valueOf(i.reporting()));
        text(metColumn, CollectorCells::met);
        text(shareColumn, CollectorCells::share);
        for (var c : java.util.List.of(totalColumn, reportingColumn, metColumn, shareColumn)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        indicatorTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> vm.indicatorProperty().set(now));
        vm.indicatorProperty().addListener((obs, old, now) -> {
            if (indicatorTable.getSelectionModel().getSelectedItem() != now) {
                indicatorTable.getSelectionModel().select(now);
            }
        });
        breakdownTable.setItems(vm.breakdown());
        text(figureCodeColumn, CommuneFigure::communeCode);
        text(figureCommuneColumn, CommuneFigure::communeName);
        text(figureValueColumn, f -> f.value() != null ? CollectorCells.number(f.value(), false)
                : f.text() == null ? "" : f.text());
        text(figureEvaluationColumn, f -> f.evaluation().label());
    }

    private void setUpTasks() {
        taskTable.setItems(vm.tasks());
        text(taskCodeColumn, CollectorViewModel.TaskRow::code);
        text(taskCommuneColumn, CollectorViewModel.TaskRow::name);
        for (TaskStatus status : TaskStatus.values()) {
            TableColumn<CollectorViewModel.TaskRow, String> column = new TableColumn<>(status.label());
            column.setPrefWidth(110);
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            text(column, r -> String.valueOf(r.count(status)));
            taskTable.getColumns().add(column);
        }
        TableColumn<CollectorViewModel.TaskRow, String> sum = new TableColumn<>(
                Texts.get("collectorui.column.taskTotal"));
        sum.setPrefWidth(80);
        sum.setStyle("-fx-alignment: CENTER-RIGHT;");
        text(sum, r -> String.valueOf(r.sum()));
        taskTable.getColumns().add(sum);
        taskTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CollectorViewModel.TaskRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("total-row");
                if (!empty && item != null && item.total()) {
                    getStyleClass().add("total-row");
                }
            }
        });
    }

    /** The commune app's two chart tabs, after the tables; each scrolls when a long list of communes needs it. */
    private void setUpCharts() {
        indicatorChartTab = new Tab(Texts.get("chartsui.tab.indicators"), scrolling(charts.indicatorView()));
        indicatorChartTab.setId("indicatorChartTab");
        statusChartTab = new Tab(Texts.get("chartsui.tab.status"), scrolling(charts.statusView()));
        statusChartTab.setId("statusChartTab");
        tabs.getTabs().addAll(indicatorChartTab, statusChartTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (chartsShown()) {
                charts.ensureLoaded();
            }
        });
    }

    private static ScrollPane scrolling(javafx.scene.Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        pane.setPadding(new javafx.geometry.Insets(8, 12, 8, 12));
        return pane;
    }

    private boolean chartsShown() {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        return shown == indicatorChartTab || shown == statusChartTab;
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** Rereads the periods and the period shown (after an import, say). */
    public void refresh() {
        // The charts reread the whole history: now if a chart tab is shown, else when one is.
        charts.show(() -> new ChartSource.Snapshot(view.history(), view.today()), chartsShown());
        Tasks.create(view::periods).onSuccess(periods -> {
            PackagePeriod before = vm.periodProperty().get();
            vm.showPeriods(periods);
            if (periods.isEmpty()) {
                message.setText(Texts.get("collectorui.noPeriod"));
            }
            if (java.util.Objects.equals(before, vm.periodProperty().get())) {
                loadSummary();
            }
        }).onError(ErrorDialog::show).runOn(ctx.executor());
    }

    private void loadSummary() {
        PackagePeriod p = vm.periodProperty().get();
        if (p == null) {
            vm.show(null);
            return;
        }
        Tasks.create(() -> view.summary(p.kind(), p.year(), p.index())).onSuccess(s -> {
            if (p.equals(vm.periodProperty().get())) {
                vm.show(s);
                long received = s.communes().size() - s.count(ReceiptState.MISSING);
                message.setText(Texts.get("collectorui.loaded", CollectorViewModel.label(p), received,
                        s.communes().size()));
            }
        }).onError(ErrorDialog::show).runOn(ctx.executor());
    }

    /** The window's state, for tests and the composition root. */
    public CollectorViewModel viewModel() {
        return vm;
    }

    @FXML
    private void onImport() {
        run(actions.importPackagesProperty().get());
    }

    @FXML
    private void onCommunes() {
        run(actions.communeListProperty().get());
    }

    @FXML
    private void onExportExcel() {
        export(actions.exportExcelProperty().get());
    }

    @FXML
    private void onExportWord() {
        export(actions.exportWordProperty().get());
    }

    @FXML
    private void onServer() {
        run(actions.serverSettingsProperty().get());
    }

    @FXML
    private void onRefresh() {
        refresh();
    }

    private static void run(Runnable action) {
        if (action != null) {
            action.run();
        }
    }

    private void export(Consumer<ProvincePeriodSummary> action) {
        ProvincePeriodSummary s = vm.summaryProperty().get();
        if (action != null && s != null) {
            action.accept(s);
        }
    }
}
