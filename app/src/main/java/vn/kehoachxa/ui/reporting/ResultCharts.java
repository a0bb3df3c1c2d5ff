package vn.kehoachxa.ui.reporting;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.Timeliness;
import vn.kehoachxa.domain.text.VietnameseNumbers;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.print.ChartPrint;
import vn.kehoachxa.ui.reporting.ChartSeries.Counts;
import vn.kehoachxa.ui.reporting.ChartSeries.IndicatorChart;
import vn.kehoachxa.ui.reporting.ChartSeries.Line;
import vn.kehoachxa.ui.reporting.ChartSeries.Point;

/**
 * The two chart tabs of Kết quả: an indicator's values by period against its target line, and how units reported
 * (per period and per unit); each saved as a PNG picture or printed. The history is read from a {@link ChartSource}
 * on the ordered executor when a chart tab is first shown after a change; the charts are redrawn from the view model
 * on the FX thread. The province collector shows the same charts over its communes (a source reading the province's
 * periods, {@link ChartWords} naming communes where the commune app names units).
 */
public final class ResultCharts {
    private static final String TOTAL = "#1f4e79";
    /** The total drawn as a broad band under the units' lines: the lead unit's line, which it copies, stays seen. */
    private static final String TOTAL_BAND = "rgba(31, 78, 121, 0.28)";
    private static final String TARGET = "#c62828";
    private static final String[] UNITS = {"#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457", "#5d4037"};
    private static final List<String> STATUS = List.of("#2e7d32", "#f9a825", "#c62828", "#bdbdbd");
    private static final Timeliness.Status[] ORDER = {Timeliness.Status.ON_TIME, Timeliness.Status.LATE,
        Timeliness.Status.MISSING, Timeliness.Status.NOT_YET_DUE};

    private static final double SIDE_BY_SIDE_EM = 30;
    /** A chart tab's height: tab header, a wrapped toolbar, a notice line and a chart of 19em (app.css). */
    private static final double CHART_TAB_EM = 28;
    /**
     * Beyond this many reporters (a province's 100 communes; a commune has a handful of units) the chart per reporter
     * grows a line of {@link #ROW_EM} em per reporter and goes below the chart per period, so that every name on its
     * axis stays readable; the page around it scrolls.
     */
    private static final int MANY_REPORTERS = 12;
    private static final double ROW_EM = 1.6;

    private final AppContext ctx;
    private final ReportingService reporting;
    private final ChartWords words;
    private final java.util.function.Consumer<String> say;
    private final ResultChartsViewModel vm;
    private final CategoryAxis periodAxis = new CategoryAxis();
    private final NumberAxis valueAxis = new NumberAxis();
    private final LineChart<String, Number> valueChart = new LineChart<>(periodAxis, valueAxis);
    private final Label notice = new Label();
    private final NumberAxis unitsAxis = new NumberAxis();
    private final StackedBarChart<String, Number> periodChart = new StackedBarChart<>(new CategoryAxis(), unitsAxis);
    private final NumberAxis periodsAxis = new NumberAxis();
    private final CategoryAxis unitAxis = new CategoryAxis();
    private final StackedBarChart<Number, String> unitChart = new StackedBarChart<>(periodsAxis, unitAxis);
    private final GridPane statusCharts = new GridPane();
    private ChartSource source;
    private boolean stale = true;

    /** Charts of a commune plan reading through {@code reporting}; {@code say} shows a line in the message area. */
    ResultCharts(AppContext ctx, ReportingService reporting, java.util.function.Consumer<String> say) {
        this(ctx, reporting, ChartWords.commune(), say);
    }

    /**
     * Charts reading from the source given to {@link #show}, naming reporters as {@code words} say; {@code say} shows a
     * line in the window's message area.
     */
    public ResultCharts(AppContext ctx, ChartWords words, java.util.function.Consumer<String> say) {
        this(ctx, null, words, say);
    }

    private ResultCharts(AppContext ctx, ReportingService reporting, ChartWords words,
                         java.util.function.Consumer<String> say) {
        this.ctx = ctx;
        this.reporting = reporting;
        this.words = words;
        this.say = say;
        this.vm = new ResultChartsViewModel(words);
        setUpValueChart();
        setUpStatusCharts();
        vm.indicatorChartProperty().addListener((obs, old, chart) -> drawIndicator(chart));
        vm.byPeriodProperty().addListener((obs, old, counts) -> drawByPeriod(counts));
        vm.byUnitProperty().addListener((obs, old, counts) -> drawByUnit(counts));
    }

    /** The Biểu đồ chỉ tiêu tab's content. */
    public Node indicatorView() {
        ComboBox<Indicator> indicator = new ComboBox<>(vm.indicators());
        indicator.setId("chartIndicator");
        indicator.setCellFactory(list -> ResultCells.choice(ResultCharts::indicatorName, ""));
        indicator.setButtonCell(ResultCells.choice(ResultCharts::indicatorName, ""));
        indicator.valueProperty().bindBidirectional(vm.indicatorProperty());
        indicator.setStyle("-fx-pref-width: 26em;");
        FlowPane bar = toolbar("chartValue", valueChart, ChartStyles.labelled("chartsui.indicator", indicator));
        notice.setId("chartNotice");
        notice.setWrapText(true);
        notice.setMinHeight(Label.USE_PREF_SIZE);
        notice.getStyleClass().add("muted");
        StackPane holder = new StackPane(valueChart);
        VBox.setVgrow(holder, Priority.ALWAYS);
        VBox box = new VBox(6, bar, notice, holder);
        box.getStyleClass().add("tab-body");
        return box;
    }

    /** The Biểu đồ nộp báo cáo tab's content. */
    public Node statusView() {
        FlowPane bar = toolbar("chartStatus", statusCharts);
        VBox.setVgrow(statusCharts, Priority.ALWAYS);
        VBox box = new VBox(6, bar, statusCharts);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private FlowPane toolbar(String id, Node picture, Node... extra) {
        ComboBox<PeriodKind> kind = new ComboBox<>(vm.kinds());
        kind.setId(id + "Kind");
        Function<PeriodKind, String> name = k -> Texts.get("chartsui.kind." + k.name());
        kind.setCellFactory(list -> ResultCells.choice(name, ""));
        kind.setButtonCell(ResultCells.choice(name, ""));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setStyle("-fx-pref-width: 9em;");
        Button save = new Button(Texts.get("chartsui.save"), new FontIcon("mdi2i-image-outline"));
        save.setId(id + "Save");
        save.setOnAction(e -> save(picture, id));
        Button print = new Button(Texts.get("chartsui.print"), new FontIcon("mdi2p-printer-outline"));
        print.setId(id + "Print");
        print.setOnAction(e -> {
            if (!picture.isVisible()) {
                say.accept(Texts.get("chartsui.nothingToSave"));
            } else {
                ChartPrint.print(picture.getScene().getWindow(), ChartPictures.snapshot(picture));
            }
        });
        FlowPane bar = new FlowPane(ChartStyles.labelled("chartsui.kind", kind));
        bar.getChildren().addAll(extra);
        bar.getChildren().addAll(save, print);
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    private void setUpValueChart() {
        valueChart.setId("valueChart");
        valueChart.setAnimated(false);
        valueChart.getStyleClass().add("result-chart");
        valueChart.setLegendSide(Side.BOTTOM);
        periodAxis.setLabel(Texts.get("chartsui.axis.period"));
        periodAxis.setAutoRanging(false);
        valueAxis.setForceZeroInRange(false);
        valueAxis.setTickLabelFormatter(ChartStyles.numbers());
    }

    private void setUpStatusCharts() {
        periodChart.setId("periodChart");
        unitChart.setId("unitChart");
        periodChart.setTitle(words.byPeriodTitle());
        unitChart.setTitle(words.byUnitTitle());
        periodChart.getXAxis().setLabel(Texts.get("chartsui.axis.period"));
        unitsAxis.setLabel(words.unitsAxis());
        periodsAxis.setLabel(Texts.get("chartsui.axis.periods"));
        for (var chart : List.of(periodChart, unitChart)) {
            chart.setAnimated(false);
            chart.setLegendSide(Side.BOTTOM);
            chart.getStyleClass().add("result-chart");
            chart.setStyle(ChartStyles.palette(STATUS));
        }
        periodChart.setCategoryGap(18);
        unitChart.setCategoryGap(10);
        for (NumberAxis axis : List.of(unitsAxis, periodsAxis)) {
            axis.setAutoRanging(false);
            axis.setLowerBound(0);
            axis.setMinorTickVisible(false);
            axis.setTickLabelFormatter(ChartStyles.numbers());
        }
        statusCharts.setHgap(8);
        statusCharts.setVgap(8);
        statusCharts.setId("statusCharts");
        statusCharts.setStyle("-fx-background-color: white;");
        statusCharts.widthProperty().addListener((obs, old, now) -> arrangeStatusCharts());
        ctx.textSizeProperty().addListener((obs, old, now) -> arrangeStatusCharts());
        arrangeStatusCharts();
    }

    /**
     * Side by side when each chart gets at least {@link #SIDE_BY_SIDE_EM} em of width, else one above the other (a
     * 1024-pixel window with the largest text): a squeezed chart has no room left for its bars. Many reporters also
     * put them one above the other (see {@link #MANY_REPORTERS}).
     */
    private void arrangeStatusCharts() {
        double em = ctx.textSizeProperty().get().pixels();
        // Reporters per period come first (the chart per period is drawn first), so it is placed before it is drawn.
        int reporters = Math.max(vm.byUnitProperty().get().size(), vm.byPeriodProperty().get().stream()
                .mapToInt(Counts::expected).max().orElse(0));
        boolean many = reporters > MANY_REPORTERS;
        // Inline, since app.css's .result-chart minimum height outranks a value set in code.
        unitChart.setStyle(ChartStyles.palette(STATUS) + (many ? " -fx-min-height: " + (ROW_EM * reporters + 8)
                + "em;" : ""));
        periodChart.setStyle(ChartStyles.palette(STATUS) + (many ? " -fx-min-height: " + (CHART_TAB_EM - 4) + "em;"
                : ""));
        boolean wide = !many
                && (statusCharts.getWidth() == 0 || statusCharts.getWidth() >= 2 * SIDE_BY_SIDE_EM * em);
        if (!statusCharts.getChildren().isEmpty() && wide == (statusCharts.getColumnConstraints().size() == 2)) {
            return;
        }
        statusCharts.getChildren().clear();
        statusCharts.getColumnConstraints().clear();
        statusCharts.getRowConstraints().clear();
        int columns = wide ? 2 : 1;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            statusCharts.getColumnConstraints().add(column);
        }
        for (int r = 0; r < 3 - columns; r++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            statusCharts.getRowConstraints().add(row);
        }
        statusCharts.add(periodChart, 0, 0);
        statusCharts.add(unitChart, wide ? 1 : 0, wide ? 0 : 1);
    }

    /**
     * Makes {@code tabs} tall enough for the chart tab shown (the screen's style keeps tables at a few rows, which
     * would clip a chart's axis and legend); the page scrolls instead. Other tabs keep the stylesheet's height.
     */
    void fit(TabPane tabs, Tab indicatorTab, Tab statusTab) {
        Runnable update = () -> {
            Tab shown = tabs.getSelectionModel().getSelectedItem();
            boolean stacked = statusCharts.getColumnConstraints().size() == 1;
            double em = shown == indicatorTab ? CHART_TAB_EM : shown == statusTab
                    ? (stacked ? 2 * CHART_TAB_EM - 6 : CHART_TAB_EM) : 0;
            tabs.setStyle(em == 0 ? "" : "-fx-min-height: " + em + "em;");
        };
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> update.run());
        statusCharts.getColumnConstraints().addListener((javafx.collections.ListChangeListener<ColumnConstraints>)
                c -> update.run());
        update.run();
    }

    /** A new plan (or its reports changed): reread when a chart tab is shown, now if {@code visible}. */
    void showPlan(Long plan, boolean visible) {
        show(plan == null ? null : () -> new ChartSource.Snapshot(reporting.historyOfPlan(plan), reporting.today()),
                visible);
    }

    /**
     * A new history to draw (or its data changed; null: none): reread when a chart tab is shown, now if
     * {@code visible}. FX thread.
     */
    public void show(ChartSource history, boolean visible) {
        this.source = history;
        this.stale = true;
        if (visible) {
            ensureLoaded();
        }
    }

    /** Reads the history unless the charts already show it. FX thread; the reading runs on the ordered executor. */
    public void ensureLoaded() {
        if (!stale) {
            return;
        }
        stale = false;
        if (source == null) {
            vm.clear();
            return;
        }
        ChartSource read = source;
        Tasks.create(read::read).onSuccess(l -> vm.load(l.history(), l.today())).onError(ErrorDialog::show)
                .runOn(ctx.executor());
    }


    private void drawIndicator(IndicatorChart chart) {
        valueChart.getData().clear();
        notice.setText(chart != null ? String.join(" ", chart.notices())
                : vm.kinds().isEmpty() ? words.noPeriods() : "");
        boolean drawable = chart != null && chart.drawable();
        valueChart.setVisible(drawable);
        if (!drawable) {
            return;
        }
        String unit = chart.indicator().unitOfMeasure();
        boolean hasUnit = unit != null && !unit.isBlank();
        valueChart.setTitle(chart.indicator().name() + (hasUnit ? " (" + unit + ")" : ""));
        valueAxis.setLabel(hasUnit ? Texts.get("chartsui.axis.valueIn", unit) : Texts.get("chartsui.axis.value"));
        ChartStyles.categories(periodAxis, chart.categories());
        // Series colours by position: the total, the units, then the target lines (see ChartStyles.palette).
        List<String> colours = new java.util.ArrayList<>(List.of(TOTAL));
        for (int i = 0; i < chart.units().size(); i++) {
            colours.add(UNITS[i % UNITS.length]);
        }
        chart.targets().forEach(t -> colours.add(TARGET));
        valueChart.setStyle(ChartStyles.palette(colours));
        boolean band = !chart.units().isEmpty();
        add(chart.total(), unit, band ? "-fx-stroke: " + TOTAL_BAND + "; -fx-stroke-width: 12px;"
                : "-fx-stroke-width: 3px;", "-fx-background-color: " + TOTAL + ";", true);
        for (Line line : chart.units()) {
            add(line, unit, "-fx-stroke-width: 2px;", null, true);
        }
        for (Line target : chart.targets()) {
            add(target, unit, "-fx-stroke-width: 2px; -fx-stroke-dash-array: 10 6;", null, false);
        }
    }

    private void add(Line line, String unit, String lineStyle, String symbolStyle, boolean symbols) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(line.name());
        for (Point p : line.points()) {
            series.getData().add(new XYChart.Data<>(p.category(), p.value()));
        }
        valueChart.getData().add(series);
        series.getNode().setStyle(lineStyle);
        for (int i = 0; i < series.getData().size(); i++) {
            Node symbol = series.getData().get(i).getNode();
            symbol.setVisible(symbols);
            if (symbolStyle != null) {
                symbol.setStyle(symbolStyle);
            }
            Point p = line.points().get(i);
            Tooltip.install(symbol, new Tooltip(Texts.get("chartsui.tooltip.value", line.name(), p.category(),
                    VietnameseNumbers.format(p.value()), unit == null ? "" : unit)));
        }
    }

    private void drawByPeriod(List<Counts> counts) {
        arrangeStatusCharts();
        fill(periodChart, counts, false);
        ChartStyles.bound(unitsAxis, counts.stream().mapToInt(Counts::expected).max().orElse(0));
    }

    private void drawByUnit(List<Counts> counts) {
        fill(unitChart, counts.reversed(), true);
        ChartStyles.bound(periodsAxis, counts.stream().mapToInt(Counts::expected).max().orElse(0));
        arrangeStatusCharts();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fill(StackedBarChart chart, List<Counts> counts, boolean horizontal) {
        chart.getData().clear();
        CategoryAxis categories = (CategoryAxis) (horizontal ? chart.getYAxis() : chart.getXAxis());
        ChartStyles.categories(categories, counts.stream().map(Counts::category).toList());
        String what = horizontal ? Texts.get("chartsui.tooltip.periods") : words.unitsTooltip();
        for (int s = 0; s < ORDER.length; s++) {
            XYChart.Series series = new XYChart.Series();
            series.setName(Texts.get("chartsui.status." + ORDER[s].name()));
            for (Counts c : counts) {
                int n = c.of(ORDER[s]);
                series.getData().add(horizontal ? new XYChart.Data<>(n, c.category())
                        : new XYChart.Data<>(c.category(), n));
            }
            chart.getData().add(series);
            for (int i = 0; i < counts.size(); i++) {
                Node bar = ((XYChart.Data) series.getData().get(i)).getNode();
                Counts c = counts.get(i);
                Tooltip.install(bar, new Tooltip(Texts.get("chartsui.tooltip.count", c.category(),
                        series.getName(), c.of(ORDER[s]), what, c.reported(), c.expected())));
            }
        }
    }

    private void save(Node picture, String id) {
        if (!picture.isVisible()) {
            say.accept(Texts.get("chartsui.nothingToSave"));
            return;
        }
        String name = id.equals("chartValue") && vm.indicatorProperty().get() != null
                ? Texts.get("chartsui.fileName.indicator", vm.indicatorProperty().get().code())
                : Texts.get("chartsui.fileName.status");
        ChartPictures.save(ctx, picture, name, say);
    }

    private static String indicatorName(Indicator i) {
        return i.numberLabel() == null || i.numberLabel().isBlank() ? i.name() : i.numberLabel() + ". " + i.name();
    }
}
