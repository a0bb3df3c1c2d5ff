package vn.kehoachxa.ui.collectorimport;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.PeriodNames;
import vn.kehoachxa.service.collect.ImportOutcome;
import vn.kehoachxa.service.collect.ImportProgress;
import vn.kehoachxa.service.collect.ImportReport;

/**
 * The import dialog's state: progress (reading is the first half, storing the second), the status line, every
 * package's outcome and the summary. Changed only on the FX thread (the controller's task callbacks).
 */
public final class ImportPackagesViewModel {
    /** One line of the outcome table. */
    public record Line(String kind, String commune, String period, String message, ImportOutcome outcome) {
    }

    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** Reading began. */
    void started() {
        busy.set(true);
        lines.clear();
        summary.set("");
        progress.set(0);
    }

    /** Reading reached {@code p}. */
    void reading(ImportProgress p) {
        progress.set(p.total() == 0 ? 0.5 : 0.5 * p.done() / p.total());
        status.set(p.current() == null ? "" : Texts.get("collectorimport.reading", p.current(),
                String.valueOf(p.done() + 1), String.valueOf(p.total())));
    }

    /** Storing reached {@code p}. */
    void storing(ImportProgress p) {
        progress.set(p.total() == 0 ? 1 : 0.5 + 0.5 * p.done() / p.total());
        status.set(p.current() == null ? "" : Texts.get("collectorimport.storing", p.current(),
                String.valueOf(p.done() + 1), String.valueOf(p.total())));
    }

    /** The import ended with {@code report}. */
    void finished(ImportReport report) {
        busy.set(false);
        progress.set(1);
        status.set("");
        for (ImportOutcome o : report.outcomes()) {
            String commune = o.communeName() == null ? o.sourceName() : o.communeName() + " (" + o.communeCode() + ")";
            String period = o.period() == null ? ""
                    : PeriodNames.shortCode(o.period().kind(), o.period().year(), o.period().index());
            lines.add(new Line(o.kind().label(), commune, period, o.message(), o));
        }
        summary.set(report.summary());
    }

    /** The import or an undo failed, or an undo ended, with {@code text}. */
    void stopped(String text) {
        busy.set(false);
        status.set(text);
    }
}
