package vn.kehoachxa.ui.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.VietnameseNumbers;

/** Small pieces the charts of Kết quả share: colours, Vietnamese axis numbers, count axes, labelled fields. */
final class ChartStyles {
    private ChartStyles() {
    }

    /** A label and its field, kept on one line when the toolbar wraps. */
    static HBox labelled(String key, Node field) {
        Label label = new Label(Texts.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(6, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /**
     * The theme's chart colours (AtlantaFX's -color-chart-1…8, which colour series, symbols and legend by position)
     * redefined for one chart, so a legend always matches its line or bar.
     */
    static String palette(List<String> colours) {
        StringBuilder style = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            style.append("-color-chart-").append(i + 1).append(": ")
                    .append(colours.isEmpty() ? "#888888" : colours.get(Math.min(i, colours.size() - 1)))
                    .append("; ");
        }
        return style.toString().strip();
    }

    /**
     * Puts {@code names} on a category axis, in place in the axis's own list. JavaFX's CategoryAxis redraws its tick
     * marks and their labels only when its length changes or a change inside that list invalidates its range; a new
     * list given with setCategories does neither, so a chart whose size stays the same (the collector's chart per
     * period, placed before it is drawn) kept the tick marks of its earlier, empty categories: no names under the bars.
     */
    static void categories(CategoryAxis axis, List<String> names) {
        axis.setAutoRanging(false);
        axis.getCategories().setAll(names);
    }

    /** A count axis from 0 to {@code max} (at least 1) with whole-number ticks. */
    static void bound(NumberAxis axis, int max) {
        int upper = Math.max(1, max);
        axis.setUpperBound(upper);
        axis.setTickUnit(upper <= 10 ? 1 : Math.ceil(upper / 10.0));
    }

    /** Axis numbers the Vietnamese way: decimal comma, dot thousands ("92,5", "1.200"). */
    static StringConverter<Number> numbers() {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : VietnameseNumbers.format(BigDecimal.valueOf(n.doubleValue())
                        .setScale(4, RoundingMode.HALF_UP));
            }

            @Override
            public Number fromString(String s) {
                return VietnameseNumbers.parse(s);
            }
        };
    }
}
