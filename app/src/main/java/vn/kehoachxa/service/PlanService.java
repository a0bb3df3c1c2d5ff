package vn.kehoachxa.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.storage.BackupReason;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;

/** Use cases on whole plans: list, create, read, edit the plan's own fields, copy, delete. */
public final class PlanService {
    private final Database db;

    /** Works on {@code db}. */
    public PlanService(Database db) {
        this.db = db;
    }

    /** Every plan in the database, for the plan switcher. */
    public List<PlanSummary> list() {
        return db.read(store -> store.plans().list());
    }

    /** The whole plan. */
    public PlanDocument load(long planId) {
        return db.read(store -> store.documents().load(planId));
    }

    /** Stores a whole plan as a new plan, in one transaction; returns its id. */
    public long create(PlanDocument doc) {
        return db.inTransaction(store -> store.documents().insert(doc));
    }

    /**
     * Opens bundled sample {@code name} (see {@link #sampleNames()}) as a demo plan: marked "Mẫu – chỉ để xem thử",
     * its units kept apart from the office's list, counted nowhere (decision 0036). Returns its id.
     */
    public long openSample(String name) {
        PlanDocument sample = PlanFiles.readBundledSample(name);
        Plan p = sample.plan();
        Plan demo = p.withIdentity(p.identity().withGlobalId(null).withDemo(true));
        // Opened again: the demo already there (same type, symbol, commune and summary), not a second copy.
        Optional<Long> open = db.read(store -> store.plans().findSameTypeAndSymbol(p.type(), p.symbol()).stream()
                .map(store.plans()::get).filter(o -> o.identity().demo()
                        && Objects.equals(o.communeName(), p.communeName()) && Objects.equals(o.summary(), p.summary()))
                .map(Plan::id).findFirst());
        if (open.isPresent()) {
            return open.get();
        }
        return create(new PlanDocument(demo, sample.basisDocuments(), sample.sections(), sample.recipients(),
                sample.units(), sample.indicatorGroups(), sample.targetGroups(), sample.taskGroups(),
                sample.appendices()));
    }

    /** The names of the bundled samples, for {@link #openSample}. */
    public static List<String> sampleNames() {
        return PlanFiles.bundledSamples();
    }

    /**
     * Deletes demo plan {@code planId} with its own units in one step (the caller has asked the official). A plan
     * of the office is refused: it goes through {@link #delete}, after a backup.
     */
    public void deleteDemo(long planId) {
        db.inTransaction(store -> {
            if (!store.plans().get(planId).identity().demo()) {
                throw new DomainException(Texts.get("sample.delete.notDemo", String.valueOf(planId)));
            }
            store.plans().delete(planId);
            return null;
        });
    }

    /** Saves the plan's own fields (metadata, signer, reporting rule). */
    public void update(Plan plan) {
        db.inTransaction(store -> {
            Frozen.plan(store, plan.id());
            if (plan.status() != store.versions().status(plan.id())) {
                // The status changes only through Ban hành (PlanVersionService), never as a field edit.
                throw new IllegalArgumentException("status is set by issuing a plan: " + plan.status());
            }
            store.plans().update(plan);
            return null;
        });
    }

    /** Replaces the ordered basis documents. */
    public void updateBasisDocuments(long planId, List<String> citations) {
        db.inTransaction(store -> {
            Frozen.plan(store, planId);
            store.plans().replaceBasisDocuments(planId, citations);
            return null;
        });
    }

    /** Replaces the ordered recipients. */
    public void updateRecipients(long planId, List<Recipient> recipients) {
        db.inTransaction(store -> {
            Frozen.plan(store, planId);
            store.plans().replaceRecipients(planId, recipients);
            return null;
        });
    }

    /**
     * Replaces how the appendix tables print (printed or not, title, content heading); a table left out prints the
     * usual way. Two settings for the same table are a programming error.
     */
    public void updateAppendices(long planId, List<Appendix> appendices) {
        if (appendices.stream().map(Appendix::table).distinct().count() != appendices.size()) {
            throw new IllegalArgumentException("one setting per appendix table: " + appendices);
        }
        db.inTransaction(store -> {
            Frozen.plan(store, planId);
            store.plans().replaceAppendices(planId, appendices);
            return null;
        });
    }

    /**
     * A new draft from an existing plan — to revise it ({@code revision}: it links back to the original) or to
     * start another plan from it. Number and date are cleared, since a new document gets its own.
     */
    public long copy(long planId, boolean revision) {
        return db.inTransaction(store -> {
            PlanDocument doc = store.documents().load(planId);
            Plan p = doc.plan();
            Plan draft = new Plan(null, p.family(), p.type(), null, p.symbol(), null, p.place(), p.summary(),
                    p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                    p.startYear(), p.endYear(), p.visionYear(), PlanStatus.DRAFT, revision ? planId : null,
                    p.reportingRule()).withExtrasOf(p);
            return store.documents().insert(new PlanDocument(draft, doc.basisDocuments(), doc.sections(),
                    doc.recipients(), doc.units(), doc.indicatorGroups(), doc.targetGroups(), doc.taskGroups(),
                    doc.appendices()));
        });
    }

    /** Deletes a plan with everything it holds, after a checked backup that can bring it back. */
    public void delete(long planId) {
        db.read(store -> store.plans().get(planId));
        db.backup(BackupReason.BEFORE_DELETE);
        db.inTransaction(store -> {
            store.plans().delete(planId);
            return null;
        });
    }
}
