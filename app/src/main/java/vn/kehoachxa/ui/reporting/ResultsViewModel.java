package vn.kehoachxa.ui.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.service.reporting.PeriodResults;
import vn.kehoachxa.service.reporting.UnitAssignments;
import vn.kehoachxa.ui.reporting.ResultLines.IndicatorLine;
import vn.kehoachxa.ui.reporting.ResultLines.Searchable;
import vn.kehoachxa.ui.reporting.ResultLines.TaskLine;

/**
 * The state of the Kết quả screen: a period's indicator and task lines, the filters (text, unit, evaluation, task
 * status) and which units may correct which line. Uses only javafx.base, so it is tested without the toolkit.
 */
public final class ResultsViewModel {
    private final ObservableList<IndicatorLine> allIndicators = FXCollections.observableArrayList();
    private final ObservableList<TaskLine> allTasks = FXCollections.observableArrayList();
    private final FilteredList<IndicatorLine> indicators = new FilteredList<>(allIndicators);
    private final FilteredList<TaskLine> tasks = new FilteredList<>(allTasks);
    private final ObservableList<String> unitChoices = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<String> unit = new SimpleObjectProperty<>(this, "unit");
    private final ObjectProperty<Evaluation> evaluation = new SimpleObjectProperty<>(this, "evaluation");
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(this, "status");
    private List<UnitAssignments> assignments = List.of();
    private PeriodResults results;

    /** An empty screen; filters apply as soon as they change. */
    public ResultsViewModel() {
        query.addListener((obs, old, now) -> refilter());
        unit.addListener((obs, old, now) -> refilter());
        evaluation.addListener((obs, old, now) -> refilter());
        status.addListener((obs, old, now) -> refilter());
    }

    /** Shows a period's results; {@code units} say who reports on what (for corrections). Filters are kept. */
    public void load(PeriodResults periodResults, List<UnitAssignments> units) {
        this.results = periodResults;
        this.assignments = List.copyOf(units);
        allIndicators.setAll(periodResults.indicators().stream().map(e -> ResultLines.of(e,
                names(unitsForIndicator(e.indicator().id())))).toList());
        allTasks.setAll(periodResults.tasks().stream().map(t -> ResultLines.of(t,
                names(unitsForItem(t.item().item().id())))).toList());
        TreeSet<String> names = new TreeSet<>(java.text.Collator.getInstance(java.util.Locale.of("vi")));
        units.forEach(u -> names.add(u.unit().name()));
        String chosen = unit.get();
        unitChoices.setAll(names);
        if (chosen != null && !names.contains(chosen)) {
            unit.set(null);
        }
        refilter();
    }

    /** Empties the screen (no plan, or no period chosen). */
    public void clear() {
        results = null;
        assignments = List.of();
        allIndicators.clear();
        allTasks.clear();
        unitChoices.clear();
    }

    private static List<String> names(List<Unit> units) {
        return units.stream().map(Unit::name).toList();
    }

    private void refilter() {
        indicators.setPredicate(common(IndicatorLine.class)
                .and(l -> evaluation.get() == null || l.evaluation() == evaluation.get()));
        tasks.setPredicate(common(TaskLine.class).and(l -> status.get() == null || l.status() == status.get()));
    }

    private <T extends Searchable> Predicate<T> common(Class<T> type) {
        String q = query.get();
        String u = unit.get();
        return line -> line.matches(q) && (u == null || line.units().contains(u));
    }

    /** The units that report on indicator {@code indicatorId} this period, in the plan's order. */
    public List<Unit> unitsForIndicator(long indicatorId) {
        return assignments.stream().filter(a -> a.indicators().stream()
                .anyMatch(i -> Objects.equals(i.indicator().id(), indicatorId))).map(UnitAssignments::unit).toList();
    }

    /** The units that report on matrix row {@code itemId} this period, in the plan's order. */
    public List<Unit> unitsForItem(long itemId) {
        return assignments.stream().filter(a -> a.items().stream()
                .anyMatch(i -> Objects.equals(i.item().id(), itemId))).map(UnitAssignments::unit).toList();
    }

    /** How many indicators have each evaluation (all lines, not only those shown). */
    public Map<Evaluation, Long> evaluationCounts() {
        Map<Evaluation, Long> counts = new java.util.EnumMap<>(Evaluation.class);
        allIndicators.forEach(l -> counts.merge(l.evaluation(), 1L, Long::sum));
        return counts;
    }

    /** The period shown, or null. */
    public PeriodResults results() {
        return results;
    }

    /** The indicator lines that pass the filters. */
    public ObservableList<IndicatorLine> indicators() {
        return indicators;
    }

    /** The task lines that pass the filters. */
    public ObservableList<TaskLine> tasks() {
        return tasks;
    }

    /** The unit names the unit filter offers. */
    public ObservableList<String> unitChoices() {
        return unitChoices;
    }

    /** Words every shown line must contain. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The unit every shown line must concern (null: any). */
    public ObjectProperty<String> unitProperty() {
        return unit;
    }

    /** The evaluation every shown indicator must have (null: any). */
    public ObjectProperty<Evaluation> evaluationProperty() {
        return evaluation;
    }

    /** The status every shown task must have (null: any). */
    public ObjectProperty<TaskStatus> statusProperty() {
        return status;
    }

    /** Every line, filters ignored (for tests and counts). */
    List<Object> allLines() {
        List<Object> all = new ArrayList<>(allIndicators);
        all.addAll(allTasks);
        return all;
    }
}
