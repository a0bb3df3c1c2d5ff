package vn.kehoachxa.service;

import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.persistence.Store;

/**
 * The text of an issued plan is frozen (decision 0014): every editing use case calls one of these inside its
 * transaction, before changing anything, so an issued or superseded plan is refused with one message that says how
 * to change it (a revision), whichever screen, undo step or command asked.
 */
final class Frozen {
    private Frozen() {
    }

    /** Refuses when the plan is not a draft. */
    static void plan(Store store, long planId) {
        if (store.versions().status(planId) != PlanStatus.DRAFT) {
            Plan p = store.plans().get(planId);
            throw new DomainException(Texts.get("version.frozen", PlanVersionService.describe(p)));
        }
    }

    static void section(Store store, long sectionId) {
        plan(store, store.versions().planOfSection(sectionId));
    }

    static void group(Store store, long groupId) {
        plan(store, store.versions().planOfGroup(groupId));
    }

    static void indicator(Store store, long indicatorId) {
        plan(store, store.versions().planOfIndicator(indicatorId));
    }

    static void item(Store store, long itemId) {
        plan(store, store.versions().planOfItem(itemId));
    }

    static void removal(Store store, Removal removal) {
        plan(store, store.versions().planOfRemoval(removal));
    }
}
