package vn.kehoachxa.ui.plan;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.ui.common.UndoStack;

/**
 * Thông tin kế hoạch: each field edit is saved at once (its own transaction) and its inverse kept for Ctrl+Z.
 * Methods block: call them on the background executor.
 */
public final class PlanInfoViewModel {
    private final PlanService plans;
    private final UndoStack undo = new UndoStack();
    private Plan plan;

    /** Edits through {@code plans}. */
    public PlanInfoViewModel(PlanService plans) {
        this.plans = plans;
    }

    /** The screen's undo stack. */
    public UndoStack undoStack() {
        return undo;
    }

    /** Loads plan {@code id}. */
    public Plan open(long id) {
        if (plan == null || plan.id() != id) {
            undo.clear();
        }
        plan = plans.load(id).plan();
        return plan;
    }

    /** Saves one change made by {@code edit}; returns the saved plan (unchanged when nothing changed). */
    public Plan apply(String what, UnaryOperator<Plan> edit) {
        Plan before = plan;
        Plan after = edit.apply(before);
        if (after.equals(before)) {
            return before;
        }
        plans.update(after);
        plan = after;
        undo.push(what, () -> {
            plans.update(before);
            plan = before;
        });
        return after;
    }

    /** Undoes the last edit; returns the plan as it is now. */
    public Plan undoLast() throws Exception {
        var step = undo.pop();
        if (step.isPresent()) {
            step.get().inverse().run();
        }
        return plan;
    }

    /** The number as typed: blank clears it. */
    public static Plan withNumber(Plan p, String number) {
        String n = number == null || number.isBlank() ? null : number.strip();
        return new Plan(p.id(), p.family(), p.type(), n, p.symbol(), p.issueDate(), p.place(), p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), p.reportingRule());
    }

    /** Symbol, place and summary as typed. */
    public static Plan withTexts(Plan p, String symbol, String place, String summary) {
        return new Plan(p.id(), p.family(), p.type(), p.number(), blankToNull(symbol), p.issueDate(),
                blankToNull(place), blankToNull(summary), p.communeName(), p.superiorBody(), p.issuingBody(),
                p.openingText(), p.closingText(), p.signer(), p.startYear(), p.endYear(), p.visionYear(),
                p.status(), p.revisesPlanId(), p.reportingRule());
    }

    /** The issue date. */
    public static Plan withDate(Plan p, LocalDate date) {
        return new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), date, p.place(), p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), p.reportingRule());
    }

    /** The signer's title and name, keeping the authority and deputy mark. */
    public static Plan withSigner(Plan p, String title, String name) {
        Signer s = p.signer();
        Signer signer = new Signer(s.authority(), s.deputyMark(), blankToNull(title), blankToNull(name));
        return new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(), p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), signer,
                p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), p.reportingRule());
    }

    /** The problem with a typed number, or null: a document number is digits only. */
    public static String numberProblem(String number) {
        return number == null || number.isBlank() || number.strip().matches("\\d{1,6}") ? null
                : Texts.get("planinfo.error.number", number.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
