package vn.kehoachxa.ui.collector;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.CommuneFigure;
import vn.kehoachxa.domain.collect.CommuneReceipt;
import vn.kehoachxa.domain.collect.CommuneTasks;
import vn.kehoachxa.domain.collect.ConsolidatedIndicator;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.domain.text.RomanNumerals;

/**
 * The state of the collector's window: the periods, the one chosen, its summary and what the tables show (receipts,
 * filtered to the communes still missing on request; the consolidated indicators and the chosen one's communes; the
 * task counts with a province row). javafx.base only; changes only on the FX thread.
 */
public final class CollectorViewModel {
    /** A line of the tasks table: a commune's counts, or the province's total ({@code total}). */
    public record TaskRow(String code, String name, Map<TaskStatus, Integer> counts, boolean total) {
        /** The count in {@code status}. */
        public int count(TaskStatus status) {
            return counts.getOrDefault(status, 0);
        }

        /** Every task counted on the line. */
        public int sum() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final ObservableList<PackagePeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<PackagePeriod> period = new SimpleObjectProperty<>(this, "period");
    private final ReadOnlyObjectWrapper<ProvincePeriodSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final BooleanProperty onlyMissing = new SimpleBooleanProperty(this, "onlyMissing");
    private final ObservableList<CommuneReceipt> receipts = FXCollections.observableArrayList();
    private final ObservableList<ConsolidatedIndicator> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<ConsolidatedIndicator> indicator = new SimpleObjectProperty<>(this, "indicator");
    private final ObservableList<CommuneFigure> breakdown = FXCollections.observableArrayList();
    private final ObservableList<TaskRow> tasks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title",
            Texts.get("collectorui.titleNoProvince"));
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper due = new ReadOnlyStringWrapper(this, "due", "");
    private final ReadOnlyStringWrapper breakdownTitle = new ReadOnlyStringWrapper(this, "breakdownTitle",
            Texts.get("collectorui.breakdownNone"));

    /** Nothing shown until periods and a summary arrive. */
    public CollectorViewModel() {
        onlyMissing.addListener((obs, old, now) -> fillReceipts());
        indicator.addListener((obs, old, now) -> fillBreakdown());
    }

    /** The label of a period in the picker and messages: "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026". */
    public static String label(PackagePeriod p) {
        String key = switch (p.kind()) {
            case HALF_YEAR -> "collectorui.period.HALF_YEAR" + p.index();
            default -> "collectorui.period." + p.kind().name();
        };
        return Texts.get(key, RomanNumerals.of(p.index()), String.valueOf(p.year()));
    }

    /** Shows {@code all} periods, keeping the one chosen when still there, else choosing the newest. */
    public void showPeriods(List<PackagePeriod> all) {
        PackagePeriod kept = period.get();
        periods.setAll(all);
        period.set(kept != null && all.contains(kept) ? kept : all.isEmpty() ? null : all.getFirst());
    }

    /** Shows a period's summary (null: none), keeping the chosen indicator when the period still has it. */
    public void show(ProvincePeriodSummary s) {
        summary.set(s);
        String province = s == null ? "" : s.province();
        title.set(province.isBlank() ? Texts.get("collectorui.titleNoProvince")
                : Texts.get("collectorui.title", province));
        if (s == null) {
            counts.set("");
            due.set("");
        } else {
            long corrected = s.communes().stream().filter(CommuneReceipt::replaced).count();
            counts.set(String.join("   ", Texts.get("collectorui.count.onTime", s.count(ReceiptState.ON_TIME)),
                    Texts.get("collectorui.count.late", s.count(ReceiptState.LATE)),
                    Texts.get("collectorui.count.missing", s.count(ReceiptState.MISSING)),
                    Texts.get("collectorui.count.corrected", corrected)));
            due.set(s.dueDate() == null ? Texts.get("collectorui.noDue")
                    : Texts.get("collectorui.due", CollectorCells.date(s.dueDate())));
        }
        fillReceipts();
        String chosen = indicator.get() == null ? null : indicator.get().code();
        indicators.setAll(s == null ? List.of() : s.indicators());
        indicator.set(indicators.stream().filter(i -> i.code().equals(chosen)).findFirst().orElse(null));
        fillBreakdown();
        fillTasks(s);
    }

    private void fillReceipts() {
        ProvincePeriodSummary s = summary.get();
        receipts.setAll(s == null ? List.of() : s.communes().stream()
                .filter(c -> !onlyMissing.get() || c.state() == ReceiptState.MISSING).toList());
    }

    private void fillBreakdown() {
        ConsolidatedIndicator i = indicator.get();
        breakdown.setAll(i == null ? List.of() : i.breakdown());
        breakdownTitle.set(i == null ? Texts.get("collectorui.breakdownNone")
                : Texts.get("collectorui.breakdown", i.code() + " — " + i.name()));
    }

    private void fillTasks(ProvincePeriodSummary s) {
        List<TaskRow> rows = new ArrayList<>();
        if (s != null && !s.tasks().isEmpty()) {
            for (CommuneTasks t : s.tasks()) {
                rows.add(new TaskRow(t.communeCode(), t.communeName(), t.counts(), false));
            }
            Map<TaskStatus, Integer> total = new EnumMap<>(TaskStatus.class);
            for (TaskStatus status : TaskStatus.values()) {
                total.put(status, s.taskTotal(status));
            }
            rows.add(new TaskRow("", Texts.get("collectorui.tasksTotalRow"), total, true));
        }
        tasks.setAll(rows);
    }

    /** The periods to choose from, newest first. */
    public ObservableList<PackagePeriod> periods() {
        return periods;
    }

    /** The period shown. */
    public ObjectProperty<PackagePeriod> periodProperty() {
        return period;
    }

    /** The summary shown (null: none). */
    public ReadOnlyObjectProperty<ProvincePeriodSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether the receipts list only the communes not yet received. */
    public BooleanProperty onlyMissingProperty() {
        return onlyMissing;
    }

    /** The receipts table's lines. */
    public ObservableList<CommuneReceipt> receipts() {
        return receipts;
    }

    /** The consolidated indicators table's lines. */
    public ObservableList<ConsolidatedIndicator> indicators() {
        return indicators;
    }

    /** The indicator whose communes the breakdown shows. */
    public ObjectProperty<ConsolidatedIndicator> indicatorProperty() {
        return indicator;
    }

    /** The chosen indicator's communes. */
    public ObservableList<CommuneFigure> breakdown() {
        return breakdown;
    }

    /** The tasks table's lines, the province total last. */
    public ObservableList<TaskRow> tasks() {
        return tasks;
    }

    /** The window's title, naming the province. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The receipt counts line. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The due date line. */
    public ReadOnlyStringProperty dueProperty() {
        return due.getReadOnlyProperty();
    }

    /** The breakdown's heading. */
    public ReadOnlyStringProperty breakdownTitleProperty() {
        return breakdownTitle.getReadOnlyProperty();
    }
}
