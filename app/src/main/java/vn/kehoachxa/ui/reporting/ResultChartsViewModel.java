package vn.kehoachxa.ui.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.service.reporting.PeriodHistory;
import vn.kehoachxa.ui.reporting.ChartSeries.Counts;
import vn.kehoachxa.ui.reporting.ChartSeries.IndicatorChart;

/**
 * The state of the charts of Kết quả (biểu đồ): the plan's history across periods, the period kind and indicator
 * chosen, and the series they give. Uses only javafx.base, so it is tested without the toolkit; changes only on the
 * FX thread.
 */
public final class ResultChartsViewModel {
    private final ObservableList<PeriodKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<PeriodKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>(this, "indicator");
    private final ReadOnlyObjectWrapper<IndicatorChart> indicatorChart = new ReadOnlyObjectWrapper<>(this,
            "indicatorChart");
    private final ReadOnlyObjectWrapper<List<Counts>> byPeriod = new ReadOnlyObjectWrapper<>(this, "byPeriod",
            List.of());
    private final ReadOnlyObjectWrapper<List<Counts>> byUnit = new ReadOnlyObjectWrapper<>(this, "byUnit",
            List.of());
    private List<PeriodHistory> history = List.of();
    private LocalDate today = LocalDate.now();
    private final ChartWords words;

    /** Empty charts in the commune app's words; choosing a kind or an indicator redraws them. */
    public ResultChartsViewModel() {
        this(ChartWords.commune());
    }

    /** Empty charts naming reporters and their total as {@code words} say (the province's communes, say). */
    public ResultChartsViewModel(ChartWords words) {
        this.words = words;
        kind.addListener((obs, old, now) -> recompute());
        indicator.addListener((obs, old, now) -> recompute());
    }

    /** Shows a plan's {@code history} as of {@code asOf}; the chosen kind and indicator are kept when still there. */
    public void load(List<PeriodHistory> planHistory, LocalDate asOf) {
        this.history = List.copyOf(planHistory);
        this.today = asOf;
        List<PeriodKind> k = ChartSeries.kinds(history);
        List<Indicator> ind = ChartSeries.indicators(history);
        PeriodKind keptKind = k.contains(kind.get()) ? kind.get() : ChartSeries.preferredKind(k);
        Indicator chosen = indicator.get();
        Indicator keptIndicator = chosen == null ? null : ind.stream()
                .filter(i -> Objects.equals(i.id(), chosen.id())).findFirst().orElse(null);
        kinds.setAll(k);
        indicators.setAll(ind);
        kind.set(keptKind);
        indicator.set(keptIndicator != null ? keptIndicator : ind.isEmpty() ? null : ind.getFirst());
        recompute();
    }

    /** Empties the charts (no plan). */
    public void clear() {
        load(List.of(), today);
    }

    private void recompute() {
        List<PeriodHistory> shown = kind.get() == null ? List.of() : ChartSeries.shown(history, kind.get(), today);
        indicatorChart.set(indicator.get() == null ? null : ChartSeries.indicator(shown, indicator.get(), words));
        byPeriod.set(ChartSeries.byPeriod(shown));
        byUnit.set(ChartSeries.byUnit(shown));
    }

    /** The period kinds the plan reports by. */
    public ObservableList<PeriodKind> kinds() {
        return kinds;
    }

    /** The plan's indicators. */
    public ObservableList<Indicator> indicators() {
        return indicators;
    }

    /** The period kind compared (quarters by default). */
    public ObjectProperty<PeriodKind> kindProperty() {
        return kind;
    }

    /** The indicator drawn. */
    public ObjectProperty<Indicator> indicatorProperty() {
        return indicator;
    }

    /** The chosen indicator's values and target lines (null: no indicator). */
    public ReadOnlyObjectProperty<IndicatorChart> indicatorChartProperty() {
        return indicatorChart.getReadOnlyProperty();
    }

    /** Per period shown: units on time, late, missing, not yet due. */
    public ReadOnlyObjectProperty<List<Counts>> byPeriodProperty() {
        return byPeriod.getReadOnlyProperty();
    }

    /** Per unit: periods shown on time, late, missing, not yet due. */
    public ReadOnlyObjectProperty<List<Counts>> byUnitProperty() {
        return byUnit.getReadOnlyProperty();
    }
}
