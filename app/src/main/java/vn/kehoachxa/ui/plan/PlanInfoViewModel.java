package vn.kehoachxa.ui.plan;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.edit.Change;
import vn.kehoachxa.service.edit.EditHistory;
import vn.kehoachxa.ui.common.HistoryState;

/**
 * Thông tin kế hoạch: each edit (a field, the basis documents, the recipients, the appendix settings) is saved at once
 * in its own transaction and its inverse kept for Ctrl+Z (and redo). Methods block: call them on the background
 * executor.
 */
public final class PlanInfoViewModel {
    private final PlanService plans;
    private final EditHistory undo = new EditHistory();
    private PlanInfo info;
    // What the screen shows, changed on the FX thread only (the blocking methods below run on the executor).
    private final ObjectProperty<PlanInfo> shown = new SimpleObjectProperty<>(this, "shown");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final HistoryState historyState = new HistoryState(undo);
    private int running;

    /** What the form shows: the plan's fields and its ordered lists, appendix settings for every table. */
    public record PlanInfo(Plan plan, List<String> basisDocuments, List<Recipient> recipients,
                           List<Appendix> appendices) {
        public PlanInfo {
            basisDocuments = List.copyOf(basisDocuments);
            recipients = List.copyOf(recipients);
            appendices = List.copyOf(appendices);
        }

        static PlanInfo of(PlanDocument doc) {
            return new PlanInfo(doc.plan(), doc.basisDocuments(), doc.recipients(),
                    Arrays.stream(TableKind.values()).map(doc::appendix).toList());
        }
    }

    /** Edits through {@code plans}. */
    public PlanInfoViewModel(PlanService plans) {
        this.plans = plans;
    }

    /** The screen's undo and redo history. */
    public EditHistory history() {
        return undo;
    }

    /** The plan as last read or saved (null before it opens). FX thread. */
    public ReadOnlyObjectProperty<PlanInfo> shownProperty() {
        return shown;
    }

    /** What the status line says: which edit was saved, undone or redone. FX thread. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Whether a read or a save of this screen is still running on the executor. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether there is something to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return historyState.canUndoProperty();
    }

    /** Whether there is something to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return historyState.canRedoProperty();
    }

    /** A read or a save starts. FX thread. */
    public void started() {
        running++;
        busy.set(true);
    }

    /** Applies what a read or a save returned, with the status line's words. FX thread. */
    public void applied(PlanInfo result, String statusText) {
        shown.set(result);
        status.set(statusText);
    }

    /** A read or a save ended, well or not: undo and redo are brought up to date. FX thread. */
    public void finished() {
        running = Math.max(0, running - 1);
        busy.set(running > 0);
        historyState.refresh();
    }

    /**
     * Loads plan {@code id}. Another plan than before forgets the undo steps, and so does the same plan once its
     * status changed: an issued plan's text is frozen, so its earlier steps could only fail.
     */
    public PlanInfo open(long id) {
        PlanInfo loaded = PlanInfo.of(plans.load(id));
        if (info == null || info.plan().id() != id || info.plan().status() != loaded.plan().status()) {
            undo.clear();
        }
        info = loaded;
        return info;
    }

    /** Saves one change of the plan's own fields made by {@code edit}; returns what the form shows now. */
    public PlanInfo apply(String what, UnaryOperator<Plan> edit) {
        Plan before = info.plan();
        Plan after = edit.apply(before);
        if (!after.equals(before)) {
            Runnable forward = () -> {
                plans.update(after);
                info = new PlanInfo(after, info.basisDocuments(), info.recipients(), info.appendices());
            };
            forward.run();
            undo.record(what, Change.of(() -> {
                plans.update(before);
                info = new PlanInfo(before, info.basisDocuments(), info.recipients(), info.appendices());
            }, forward::run));
        }
        return info;
    }

    /** Saves the basis documents (căn cứ) in this order. */
    public PlanInfo setBasisDocuments(String what, List<String> citations) {
        List<String> before = info.basisDocuments();
        if (!before.equals(citations)) {
            long id = info.plan().id();
            Runnable forward = () -> {
                plans.updateBasisDocuments(id, citations);
                info = new PlanInfo(info.plan(), citations, info.recipients(), info.appendices());
            };
            forward.run();
            undo.record(what, Change.of(() -> {
                plans.updateBasisDocuments(id, before);
                info = new PlanInfo(info.plan(), before, info.recipients(), info.appendices());
            }, forward::run));
        }
        return info;
    }

    /** Saves the recipients (nơi nhận) in this order. */
    public PlanInfo setRecipients(String what, List<Recipient> recipients) {
        List<Recipient> before = info.recipients();
        if (!before.equals(recipients)) {
            long id = info.plan().id();
            Runnable forward = () -> {
                plans.updateRecipients(id, recipients);
                info = new PlanInfo(info.plan(), info.basisDocuments(), recipients, info.appendices());
            };
            forward.run();
            undo.record(what, Change.of(() -> {
                plans.updateRecipients(id, before);
                info = new PlanInfo(info.plan(), info.basisDocuments(), before, info.appendices());
            }, forward::run));
        }
        return info;
    }

    /** Saves how the appendix tables print. */
    public PlanInfo setAppendices(String what, List<Appendix> appendices) {
        List<Appendix> before = info.appendices();
        if (!before.equals(appendices)) {
            long id = info.plan().id();
            Runnable forward = () -> {
                plans.updateAppendices(id, appendices);
                info = new PlanInfo(info.plan(), info.basisDocuments(), info.recipients(), appendices);
            };
            forward.run();
            undo.record(what, Change.of(() -> {
                plans.updateAppendices(id, before);
                info = new PlanInfo(info.plan(), info.basisDocuments(), info.recipients(), before);
            }, forward::run));
        }
        return info;
    }

    /** Undoes the last edit; returns what the form shows now. */
    public PlanInfo undoLast() throws Exception {
        undo.undo();
        return info;
    }

    /** Applies again the last edit undone; returns what the form shows now. */
    public PlanInfo redoLast() throws Exception {
        undo.redo();
        return info;
    }
}
