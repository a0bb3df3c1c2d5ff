package vn.kehoachxa.service;

import java.nio.file.Path;
import java.util.List;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.exchange.planfile.PlanFileContent;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;

/**
 * Nhập tệp kế hoạch: reads and validates a plan file completely before writing anything, then stores it in one
 * transaction; a plan with the same commune and number is never overwritten silently.
 */
public final class PlanImportService {
    private final Database db;

    /** Works on {@code db}. */
    public PlanImportService(Database db) {
        this.db = db;
    }

    /** What an import of {@code file} would do: the plan it holds and the existing plans with its number. */
    public record Preview(PlanDocument document, List<Long> clashingPlanIds) {
        /** Whether a plan with this number already exists. */
        public boolean clashes() {
            return !clashingPlanIds.isEmpty();
        }
    }

    /** Reads and validates the file, and finds clashes; writes nothing. */
    public Preview preview(Path file) {
        PlanDocument doc = PlanFiles.read(file);
        Plan p = doc.plan();
        List<Long> clashes = db.read(store -> store.plans().findSameNumber(p.communeName(), p.number(), p.symbol()));
        return new Preview(doc, clashes);
    }

    /** Imports the plan in {@code file}, with its reporting data when the file has some; returns the new id. */
    public long importFile(Path file, ClashPolicy policy) {
        return importContent(PlanFiles.readContent(file), policy, file.getFileName().toString());
    }

    /** Imports an already-read plan (a bundled sample, a template); returns the new plan's id. */
    public long importDocument(PlanDocument doc, ClashPolicy policy, String sourceName) {
        return importContent(PlanFileContent.of(doc), policy, sourceName);
    }

    /** Imports a plan and its reporting data in one transaction; returns the new plan's id. */
    public long importContent(PlanFileContent content, ClashPolicy policy, String sourceName) {
        PlanDocument doc = content.document();
        return db.inTransaction(store -> {
            Plan p = doc.plan();
            List<Long> clashes = store.plans().findSameNumber(p.communeName(), p.number(), p.symbol());
            PlanDocument toStore = doc;
            if (!clashes.isEmpty()) {
                switch (policy) {
                    case REFUSE -> throw new DomainException(Texts.get("import.clash", sourceName,
                            p.numberAndSymbol(), p.communeName(), String.valueOf(clashes.get(0))));
                    case REPLACE -> clashes.forEach(id -> store.plans().delete(id));
                    case AS_NEW -> toStore = asDraft(doc);
                    default -> throw new IllegalStateException(policy.name());
                }
            }
            long planId = store.documents().insert(toStore);
            if (!content.reporting().isEmpty()) {
                store.reportingData().importData(store.documents().load(planId), content.reporting());
            }
            return planId;
        });
    }

    private static PlanDocument asDraft(PlanDocument doc) {
        Plan p = doc.plan();
        Plan draft = new Plan(null, p.family(), p.type(), null, p.symbol(), null, p.place(), p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), PlanStatus.DRAFT, null, p.reportingRule());
        return new PlanDocument(draft, doc.basisDocuments(), doc.sections(), doc.recipients(), doc.units(),
                doc.indicatorGroups(), doc.targetGroups(), doc.taskGroups(), doc.appendices());
    }
}
