package vn.kehoachxa.ui.report;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.kehoachxa.domain.report.PeriodicReport;

/**
 * What Báo cáo kỳ shows besides the text in its editors: the report as last read or saved, the status line, and
 * whether an export or the package is being built (with what is being done). Changed on the FX thread only, in the
 * tasks' callbacks; the reads, saves and file work run on the executors.
 */
public final class PeriodicReportViewModel {
    private final ObjectProperty<PeriodicReport> current = new SimpleObjectProperty<>(this, "current");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StringProperty busyText = new SimpleStringProperty(this, "busyText", "");

    /** The report as last read or saved (null: no period chosen). */
    public ReadOnlyObjectProperty<PeriodicReport> currentProperty() {
        return current;
    }

    /** The report as last read or saved, or null. */
    public PeriodicReport current() {
        return current.get();
    }

    /** Shows {@code report} as the one read or saved last (null: none). FX thread. */
    public void setCurrent(PeriodicReport report) {
        current.set(report);
    }

    /** The status line (saved, exported, draft not saved yet…). */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Sets the status line. FX thread. */
    public void setMessage(String text) {
        message.set(text == null ? "" : text);
    }

    /** Whether an export or the package is being built; the export buttons are disabled meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is being built, shown beside the progress indicator. */
    public ReadOnlyStringProperty busyTextProperty() {
        return busyText;
    }

    /**
     * Starts file work described by {@code status}, clearing the status line; false (nothing started) when no report
     * is shown or other file work is still running. FX thread.
     */
    public boolean startFileWork(String status) {
        if (current.get() == null || busy.get()) {
            return false;
        }
        busy.set(true);
        busyText.set(status);
        message.set("");
        return true;
    }

    /** The file work ended, well or not. FX thread. */
    public void fileWorkEnded() {
        busy.set(false);
    }
}
