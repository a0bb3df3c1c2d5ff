package vn.kehoachxa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.testsupport.ReportedQuarters;
import vn.kehoachxa.ui.common.AppSettings;
import vn.kehoachxa.ui.common.FileChooserPort;
import vn.kehoachxa.ui.common.TextSize;

/**
 * The charts of Kết quả on three reported quarters ({@link ReportedQuarters}): an indicator against its target line,
 * how units reported, each saved as a PNG that reads back as a real picture; and the same tabs in a 1024x700 window
 * with the largest text. Screenshots {@code charts-*.png}.
 */
class ResultChartsUiTest {
    private static final TextSize LARGEST = Arrays.stream(TextSize.values())
            .max(Comparator.comparingInt(TextSize::pixels)).orElseThrow();
    private static final int TOTAL_BLUE = 0x1f4e79;
    /** The total's translucent band on white. */
    private static final int TOTAL_BAND = 0xc0cdd9;
    private static final int TARGET_RED = 0xc62828;
    private static final int ON_TIME_GREEN = 0x2e7d32;

    @TempDir
    Path dir;
    private AppDriver app;
    private double[] sizeBefore;

    @AfterEach
    void stop() {
        if (app != null && sizeBefore != null) {
            app.fx(() -> {
                app.stage().setWidth(sizeBefore[0]);
                app.stage().setHeight(sizeBefore[1]);
            });
        }
        if (app != null) {
            app.stop();
        }
    }

    private void start() {
        new ReportedQuarters(dir.resolve("db")).db.close();
        app = new AppDriver(dir.resolve("db")).start();
        app.waitFor("#planSwitcher");
        app.navigate("Kết quả");
        app.waitFor("#indicatorTable");
    }

    @SuppressWarnings("unchecked")
    @Test
    void indicatorValuesAreDrawnAgainstTheTargetAndSavedAsAPicture() throws IOException {
        start();
        app.clickOn("Biểu đồ chỉ tiêu");
        LineChart<String, Number> chart = app.waitFor("#valueChart");
        app.until(() -> chart.getData().size() == 4);
        assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("Số tổng hợp của xã",
                "Trạm Y tế", "Công an xã", "Mục tiêu của năm");
        assertThat(chart.getTitle()).isEqualTo("Tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi (%)");
        assertThat(chart.getYAxis().getLabel()).isEqualTo("Kết quả (%)");
        XYChart.Data<String, Number> q2 = chart.getData().get(2).getData().get(1);
        assertThat(q2.getXValue()).isEqualTo("Quý II/2026");
        assertThat(q2.getYValue().doubleValue()).isEqualTo(91.2);
        assertThat(tooltip(q2.getNode())).isEqualTo("Công an xã\nQuý II/2026: 91,2 %");
        assertThat(chart.getData().getLast().getData()).extracting(d -> d.getYValue().intValue())
                .containsOnly(94);
        app.screenshot("charts-indicator-two-units");

        Path out = Files.createDirectories(dir.resolve("out"));
        app.fx(() -> app.app().context().setFileChooser(FileChooserPort.fixedFolder(out)));
        app.clickOn("#chartValueSave");
        Path png = out.resolve("Bieu-do-ML-01.png");
        app.until(() -> Files.exists(png));
        BufferedImage picture = ImageIO.read(png.toFile());
        assertThat(picture.getWidth()).isGreaterThanOrEqualTo((int) (2 * chart.getWidth()) - 2);
        assertThat(count(picture, TOTAL_BAND)).as("pixels of the total's band").isGreaterThan(2000);
        assertThat(count(picture, TOTAL_BLUE)).as("pixels of the total's legend and points").isGreaterThan(100);
        assertThat(count(picture, TARGET_RED)).as("pixels of the target line").isGreaterThan(200);
        assertThat(app.lookup("#message").queryAs(Label.class).getText()).startsWith("Đã lưu biểu đồ vào ");

        ComboBox<Indicator> indicator = app.lookup("#chartIndicator").query();
        app.fx(() -> indicator.getSelectionModel().select(1));
        app.until(() -> chart.getData().size() == 3);
        assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("Số tổng hợp của xã",
                "Mục tiêu: mức thấp nhất", "Mục tiêu: mức cao nhất");
        app.screenshot("charts-indicator-range");

        app.fx(() -> indicator.getSelectionModel().select(2));
        Label notice = app.lookup("#chartNotice").query();
        app.until(() -> !chart.isVisible());
        assertThat(notice.getText()).contains("định tính").contains("toàn dân");
        app.screenshot("charts-indicator-qualitative");

        if (Printer.getDefaultPrinter() == null) {
            app.fx(() -> indicator.getSelectionModel().select(0));
            app.clickOn("#chartValuePrint");
            DialogPane alert = app.waitFor(".dialog-pane");
            assertThat(alert.getContentText()).contains("chưa có máy in").contains("Lưu ảnh…");
            app.clickOn("Đóng");
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void completenessAndTimelinessArePerPeriodAndPerUnitAndSavedAsAPicture() throws IOException {
        start();
        app.clickOn("Biểu đồ nộp báo cáo");
        // The charts' state is watched for changes off the FX thread like every screen's (checked in stop()).
        assertThat(app.threadGuard().watched()).contains("ResultChartsViewModel");
        StackedBarChart<String, Number> byPeriod = app.waitFor("#periodChart");
        StackedBarChart<Number, String> byUnit = app.lookup("#unitChart").query();
        app.until(() -> byPeriod.getData().size() == 4 && !byPeriod.getData().getFirst().getData().isEmpty());
        assertThat(byPeriod.getData()).extracting(XYChart.Series::getName).containsExactly("Đúng hạn", "Nộp chậm",
                "Chưa nộp (quá hạn)", "Chưa đến hạn");
        // Quý I: two units on time, one late.
        assertThat(byPeriod.getData()).extracting(s -> s.getData().getFirst().getYValue().intValue())
                .startsWith(2, 1, 0);
        XYChart.Data<String, Number> q2Missing = byPeriod.getData().get(2).getData().get(1);
        assertThat(tooltip(q2Missing.getNode())).isEqualTo("Quý II/2026\nChưa nộp (quá hạn): 1 đơn vị\nĐã nộp 2/3");
        // Trạm Y tế reported every past quarter on time.
        XYChart.Data<Number, String> station = byUnit.getData().getFirst().getData().stream()
                .filter(d -> d.getYValue().equals("Trạm Y tế")).findFirst().orElseThrow();
        assertThat(station.getXValue().intValue()).isEqualTo(3);
        app.screenshot("charts-status");

        Path out = Files.createDirectories(dir.resolve("out"));
        app.fx(() -> app.app().context().setFileChooser(FileChooserPort.fixedFolder(out)));
        app.clickOn("#chartStatusSave");
        Path png = out.resolve("Bieu-do-nop-bao-cao.png");
        app.until(() -> Files.exists(png));
        BufferedImage picture = ImageIO.read(png.toFile());
        assertThat(picture.getWidth()).isGreaterThan(picture.getHeight());
        assertThat(count(picture, ON_TIME_GREEN)).as("pixels of on-time bars").isGreaterThan(1000);
        assertThat(count(picture, TARGET_RED)).as("pixels of missing bars").isGreaterThan(200);
    }

    @Test
    void bothChartTabsFitASmallWindowWithTheLargestText() {
        AppSettings settings = AppSettings.load(dir.resolve("db"));
        settings.setTextSize(LARGEST);
        settings.save();
        start();
        app.fx(() -> {
            sizeBefore = new double[] {app.stage().getWidth(), app.stage().getHeight()};
            app.stage().setWidth(1024);
            app.stage().setHeight(700);
        });
        List<String> problems = new ArrayList<>();
        app.clickOn("Biểu đồ chỉ tiêu");
        LineChart<?, ?> chart = app.waitFor("#valueChart");
        app.until(() -> chart.getData().size() == 4);
        check(problems, "indicator", "#chartValueKind", "#chartIndicator", "#chartValueSave", "#chartValuePrint",
                "#valueChart");
        app.screenshot("charts-small-indicator");
        scrollToEnd("charts-small-indicator-end");
        app.clickOn("Biểu đồ nộp báo cáo");
        StackedBarChart<?, ?> byPeriod = app.waitFor("#periodChart");
        app.until(() -> !byPeriod.getData().isEmpty());
        check(problems, "status", "#chartStatusKind", "#chartStatusSave", "#chartStatusPrint", "#periodChart",
                "#unitChart");
        app.screenshot("charts-small-status");
        scrollToEnd("charts-small-status-end");
        assertThat(problems).isEmpty();
    }

    /** Saves {@code NAME.png} with the screen scrolled to its foot (the charts' axes and legends), then back. */
    private void scrollToEnd(String name) {
        ScrollPane page = app.lookup(".screen-scroll").match(Node::isVisible).query();
        app.fx(() -> page.setVvalue(1));
        app.screenshot(name);
        app.fx(() -> page.setVvalue(0));
    }

    private void check(List<String> problems, String where, String... ids) {
        app.fx(() -> {
            Parent root = app.stage().getScene().getRoot();
            for (String id : ids) {
                Node node = root.lookup(id);
                problems.addAll(node == null ? List.of(id + " not found") : LayoutCheck.inWindow(node, id));
            }
            LayoutCheck.cutTexts(root).forEach(p -> problems.add(where + ": " + p));
        });
        app.fx(() -> {
            Node chart = app.stage().getScene().getRoot().lookup(ids[ids.length - 1]);
            if (chart.getLayoutBounds().getHeight() < 250) {
                problems.add(where + ": chart only " + chart.getLayoutBounds().getHeight() + " px high");
            }
        });
    }

    private static String tooltip(Node node) {
        Object t = node.getProperties().get("javafx.scene.control.Tooltip");
        return t instanceof Tooltip tip ? tip.getText() : null;
    }

    /** Pixels of about colour {@code rgb} (anti-aliasing blends the edges). */
    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xff) - (rgb >> 16 & 0xff)) < 24 && Math.abs((p >> 8 & 0xff)
                        - (rgb >> 8 & 0xff)) < 24 && Math.abs((p & 0xff) - (rgb & 0xff)) < 24) {
                    n++;
                }
            }
        }
        return n;
    }
}
