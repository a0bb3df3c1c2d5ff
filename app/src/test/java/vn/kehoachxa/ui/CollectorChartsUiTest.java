package vn.kehoachxa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoachxa.domain.collect.Aggregation;
import vn.kehoachxa.domain.collect.ConsolidatedIndicator;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.service.collect.ProvinceCommuneService;
import vn.kehoachxa.service.collect.ProvinceViewService;
import vn.kehoachxa.service.collect.SampleProvince;
import vn.kehoachxa.ui.collector.CollectorActions;
import vn.kehoachxa.ui.collector.CollectorController;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.FileChooserPort;

/**
 * The commune app's charts in the collector's window, over the sample province (100 communes of Sơn La, four quarters
 * of 2026 with some communes late, missing or correcting; {@link SampleProvince}) judged on 10 January 2027: the
 * province's consolidated line of an indicator equals the consolidated table of each quarter, its target grows with
 * the communes in force, and the status charts count the receipt list's communes per quarter and per commune. The
 * sample is imported once for the class (400 packages). Screenshots {@code collector/collector-charts-*.png}.
 */
class CollectorChartsUiTest extends FxRobot {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> QUARTERS = List.of("Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026");

    @TempDir
    static Path dir;
    private static CollectorDatabase db;
    private static ProvinceViewService view;
    private CollectorWindowOnStage window;
    private AppContext ctx;
    private Stage stage;
    private CollectorController controller;

    @BeforeAll
    static void sample() {
        db = CollectorDatabase.openEmbedded(dir.resolve("db"));
        SampleProvince.fill(db, dir.resolve("packages"), VN);
        view = new ProvinceViewService(db, Clock.fixed(Instant.parse("2027-01-10T03:00:00Z"), VN));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        window = CollectorWindowOnStage.show(dir.resolve("ui-" + System.nanoTime()), view, new CollectorActions());
        ctx = window.ctx;
        stage = window.stage;
        controller = window.controller();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> controller.viewModel().summaryProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void anIndicatorIsTheProvincesConsolidatedLineAgainstItsTarget() throws Exception {
        List<ProvincePeriodSummary> quarters = List.of(summary(1), summary(2), summary(3), summary(4));
        ConsolidatedIndicator summed = quarters.getFirst().indicators().stream()
                .filter(i -> i.aggregation() == Aggregation.SUM && i.total() != null).findFirst().orElseThrow();
        ConsolidatedIndicator averaged = quarters.getFirst().indicators().stream()
                .filter(i -> i.aggregation() == Aggregation.MEAN && i.total() != null).findFirst().orElseThrow();
        show("#indicatorChartTab");
        LineChart<String, Number> chart = lookup("#valueChart").query();
        ComboBox<Indicator> picker = lookup("#chartIndicator").query();
        choose(picker, summed.code());
        waitUntil(() -> chart.getData().size() == 2 && chart.getTitle().startsWith(summed.name()));
        // Only the province's line and its target: 100 communes' lines would be a tangle (see ProvinceHistories).
        assertThat(chart.getData()).extracting(XYChart.Series::getName)
                .containsExactly("Số tổng hợp của tỉnh", "Mục tiêu của năm");
        // (Quý I/2027 joins them once its due date is set; the other test may have set it.)
        assertThat(((javafx.scene.chart.CategoryAxis) chart.getXAxis()).getCategories().subList(0, 4))
                .isEqualTo(QUARTERS);
        List<XYChart.Data<String, Number>> total = chart.getData().get(0).getData();
        List<XYChart.Data<String, Number>> target = chart.getData().get(1).getData();
        assertThat(total).hasSize(4);
        for (int q = 0; q < 4; q++) {
            ConsolidatedIndicator table = indicator(quarters.get(q), summed.code());
            assertThat(decimal(total.get(q).getYValue())).as("the consolidated table's total of quarter " + (q + 1))
                    .isEqualByComparingTo(table.total());
            // Every commune in force states the same target, so the province's is that times the communes in force.
            BigDecimal perCommune = decimal(target.get(q).getYValue())
                    .divide(BigDecimal.valueOf(table.breakdown().size()), 6, RoundingMode.HALF_UP);
            assertThat(perCommune).isEqualByComparingTo(decimal(target.getFirst().getYValue())
                    .divide(BigDecimal.valueOf(indicator(quarters.getFirst(), summed.code()).breakdown().size()), 6,
                            RoundingMode.HALF_UP)).isPositive();
        }
        screenshot("collector-charts-indicator");

        Path out = Files.createDirectories(dir.resolve("out"));
        interact(() -> ctx.setFileChooser(FileChooserPort.fixedFolder(out)));
        clickOn("#chartValueSave");
        Path png = out.resolve("Bieu-do-" + summed.code() + ".png");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(png));
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThanOrEqualTo((int) (2 * chart.getWidth()) - 2);

        choose(picker, averaged.code());
        waitUntil(() -> chart.getTitle().startsWith(averaged.name()));
        for (int q = 0; q < 4; q++) {
            assertThat(decimal(chart.getData().get(0).getData().get(q).getYValue()))
                    .isEqualByComparingTo(indicator(quarters.get(q), averaged.code()).total());
        }
        // Averaged over communes who all state the same target: the province's target is theirs, every quarter.
        assertThat(chart.getData().get(1).getData()).extracting(d -> decimal(d.getYValue()).stripTrailingZeros())
                .containsOnly(decimal(chart.getData().get(1).getData().getFirst().getYValue()).stripTrailingZeros());
        screenshot("collector-charts-indicator-mean");
    }

    @SuppressWarnings("unchecked")
    @Test
    void communesAreCountedPerQuarterAndPerCommuneAndARefreshRereads() {
        show("#statusChartTab");
        StackedBarChart<String, Number> byPeriod = lookup("#periodChart").query();
        StackedBarChart<Number, String> byCommune = lookup("#unitChart").query();
        waitUntil(() -> byPeriod.getData().size() == 4 && byPeriod.getData().getFirst().getData().size() == 4);
        assertThat(byPeriod.getTitle()).isEqualTo("Nộp báo cáo theo kỳ (số xã)");
        assertThat(byPeriod.getYAxis().getLabel()).isEqualTo("Số xã");
        for (int q = 0; q < 4; q++) {
            ProvincePeriodSummary s = summary(q + 1);
            int index = q;
            assertThat(byPeriod.getData()).as(QUARTERS.get(q)).extracting(
                    series -> series.getData().get(index).getYValue().intValue()).containsExactly(
                    (int) s.count(ReceiptState.ON_TIME), (int) s.count(ReceiptState.LATE),
                    (int) s.count(ReceiptState.MISSING), 0);
        }
        assertThat(byCommune.getTitle()).isEqualTo("Nộp báo cáo của từng xã (số kỳ)");
        // Every commune, each over the four quarters; a line of its own for each, so every name stays readable.
        assertThat(byCommune.getData().getFirst().getData()).hasSize(100);
        for (int c = 0; c < 100; c++) {
            int row = c;
            assertThat(byCommune.getData().stream().mapToInt(s -> s.getData().get(row).getXValue().intValue())
                    .sum()).isEqualTo(4);
        }
        assertThat(byCommune.getHeight()).as("height of the chart per commune").isGreaterThan(100 * 16.0);
        screenshot("collector-charts-status");
        ScrollPane page = (ScrollPane) ((TabPane) lookup("#tabs").query()).getSelectionModel().getSelectedItem()
                .getContent();
        interact(() -> page.setVvalue(page.getVmax()));
        screenshot("collector-charts-status-end");
        interact(() -> page.setVvalue(0));

        // A new period's due date (as an import or the commune list would bring): a refresh redraws the charts.
        new ProvinceCommuneService(db, Clock.systemUTC()).setDueDate(PeriodKind.QUARTER, 2027, 1,
                LocalDate.of(2027, 3, 20));
        interact(controller::refresh);
        waitUntil(() -> byPeriod.getData().getFirst().getData().size() == 5);
        assertThat(byPeriod.getData().getLast().getData().getLast().getYValue().intValue())
                .as("communes not yet due in Quý I/2027").isEqualTo(100);
        List<String> quarters = new ArrayList<>(QUARTERS);
        quarters.add("Quý I/2027");
        assertThat(categoryLabels((CategoryAxis) byPeriod.getXAxis())).as("the quarters under the bars")
                .containsExactlyElementsOf(quarters);
    }

    @Test
    void bothChartTabsFitASmallWindowWithTheLargestText() {
        interact(window::smallScreenLargestText);
        List<String> problems = new ArrayList<>();
        show("#indicatorChartTab");
        LineChart<String, Number> chart = lookup("#valueChart").query();
        waitUntil(() -> chart.getData().size() == 2);
        check(problems, "#chartValueKind", "#chartIndicator", "#chartValueSave", "#chartValuePrint", "#valueChart");
        screenshot("collector-charts-small-indicator");
        show("#statusChartTab");
        StackedBarChart<String, Number> byPeriod = lookup("#periodChart").query();
        waitUntil(() -> byPeriod.getData().size() == 4);
        check(problems, "#chartStatusKind", "#chartStatusSave", "#chartStatusPrint", "#periodChart", "#unitChart");
        screenshot("collector-charts-small-status");
        assertThat(problems).isEmpty();
        // (Quý I/2027 joins them once its due date is set; the other test may have set it.)
        CategoryAxis quarters = (CategoryAxis) byPeriod.getXAxis();
        assertThat(quarters.getCategories()).startsWith(QUARTERS.toArray(String[]::new));
        assertThat(categoryLabels(quarters)).as("the quarters under the bars")
                .containsExactlyElementsOf(quarters.getCategories());
    }

    /** Each control inside the window (a chart may need the tab scrolled down) and each chart at least 250 px high. */
    private void check(List<String> problems, String... ids) {
        interact(() -> {
            for (String id : ids) {
                Node node = lookup(id).query();
                problems.addAll(LayoutCheck.inWindow(node, id));
                if (id.endsWith("Chart") && node.getLayoutBounds().getHeight() < 250) {
                    problems.add(id + " only " + node.getLayoutBounds().getHeight() + " px high");
                }
            }
        });
    }

    /**
     * The category names an official reads under the bars, left to right: each a shown label of a tick mark of
     * {@code axis}, centred on its category and inside the window. (JavaFX keeps an axis's old tick marks when its
     * categories are replaced while its length stays the same: bars then stand over no names, or over stale ones.)
     */
    private List<String> categoryLabels(CategoryAxis axis) {
        List<String> labels = new ArrayList<>();
        interact(() -> {
            Scene scene = axis.getScene();
            for (Axis.TickMark<String> tick : axis.getTickMarks()) {
                String category = tick.getValue();
                Text text = axis.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text t
                        && category.equals(t.getText()) && t.isVisible()).map(Text.class::cast).findFirst()
                        .orElse(null);
                if (text == null || !tick.isTextVisible() || category.isBlank()) {
                    continue;
                }
                Bounds local = text.getBoundsInParent();
                Bounds b = text.localToScene(text.getBoundsInLocal());
                boolean centred = Math.abs((local.getMinX() + local.getMaxX()) / 2
                        - axis.getDisplayPosition(category)) < 2;
                if (centred && b.getMinX() >= 0 && b.getMaxX() <= scene.getWidth() && b.getMinY() >= 0
                        && b.getMaxY() <= scene.getHeight()) {
                    labels.add(category);
                }
            }
        });
        return labels;
    }

    private static ProvincePeriodSummary summary(int quarter) {
        return view.summary(PeriodKind.QUARTER, 2026, quarter);
    }

    private static ConsolidatedIndicator indicator(ProvincePeriodSummary s, String code) {
        return s.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal decimal(Number n) {
        return new BigDecimal(n.toString());
    }

    private void show(String tabId) {
        TabPane tabs = lookup("#tabs").query();
        interact(() -> tabs.getSelectionModel().select((Tab) tabs.getTabs().stream()
                .filter(t -> tabId.equals("#" + t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(ComboBox<Indicator> picker, String code) {
        waitUntil(() -> !picker.getItems().isEmpty());
        interact(() -> picker.getSelectionModel().select(picker.getItems().stream()
                .filter(i -> i.code().equals(code)).findFirst().orElseThrow()));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 30 s", e);
        }
    }

    private void screenshot(String name) {
        vn.kehoachxa.testsupport.Screenshots.save("collector/" + name, stage.getScene());
    }
}
