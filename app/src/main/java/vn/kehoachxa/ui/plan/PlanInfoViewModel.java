package vn.kehoachxa.ui.plan;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.edit.Change;
import vn.kehoachxa.service.edit.EditHistory;

/**
 * Thông tin kế hoạch: each edit (a field, the basis documents, the recipients, the appendix settings) is saved at once
 * in its own transaction and its inverse kept for Ctrl+Z (and redo). Methods block: call them on the background
 * executor.
 */
public final class PlanInfoViewModel {
    private final PlanService plans;
    private final EditHistory undo = new EditHistory();
    private PlanInfo info;

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

    /** Loads plan {@code id}; another plan than before forgets the undo steps. */
    public PlanInfo open(long id) {
        if (info == null || info.plan().id() != id) {
            undo.clear();
        }
        info = PlanInfo.of(plans.load(id));
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
