package vn.kehoachxa.service;

import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanIdentity;
import vn.kehoachxa.persistence.Store;

/**
 * The identity an export writes (decision 0037): the plan's own commune code and province when it has them (a plan
 * file brought them), else the office's from the profile when the plan is the office's own, that is not a demo and
 * issued in the profile's commune. A plan of another commune without a code stays without one.
 */
final class PlanIdentities {
    private PlanIdentities() {
    }

    /** {@code doc} with its identity as exports write it, read in the caller's transaction. */
    static PlanDocument forExport(Store store, PlanDocument doc) {
        Plan p = doc.plan();
        PlanIdentity id = p.identity();
        if (id.demo() || id.communeCode() != null && id.province() != null) {
            return doc;
        }
        CommuneProfile profile = store.commune().find().orElse(null);
        if (profile == null || p.communeName() == null
                || !p.communeName().strip().equalsIgnoreCase(profile.displayName().strip())) {
            return doc;
        }
        Plan stamped = p.withIdentity(id.orCommune(profile.adminCode(), profile.province()));
        return new PlanDocument(stamped, doc.basisDocuments(), doc.sections(), doc.recipients(), doc.units(),
                doc.indicatorGroups(), doc.targetGroups(), doc.taskGroups(), doc.appendices());
    }
}
