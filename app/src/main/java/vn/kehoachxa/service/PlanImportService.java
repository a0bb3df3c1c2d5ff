package vn.kehoachxa.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.exchange.planfile.PlanFileContent;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.domain.storage.BackupReason;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.persistence.Store;

/**
 * Nhập tệp kế hoạch: reads and validates a plan file completely before writing anything, then stores it with its
 * reporting data in one transaction. A plan already in the database (same commune, number and symbol, or the same
 * content) is never added again nor overwritten silently: the caller chooses a {@link ClashPolicy}.
 *
 * <p>Content is compared by {@link Fingerprints#planContent}, computed for the existing plans on the fly rather than
 * stored: only plans of the same type and symbol are loaded (a handful in an office that keeps about twenty), and a
 * stored fingerprint would have to be kept current by every edit of any part of a plan.
 */
public final class PlanImportService {
    private static final int SUMMARY_CHARS = 80;

    private final Database db;

    /** Works on {@code db}. */
    public PlanImportService(Database db) {
        this.db = db;
    }

    /** A plan in the database that the file's plan would duplicate, and how it matches. */
    public record ExistingPlan(long id, String numberAndSymbol, String number, String communeName, String summary,
                               boolean sameNumber, boolean sameContent, String sameGlobalId) {
        /** A match by number or content (files from before global ids, or another plan with the same number). */
        public ExistingPlan(long id, String numberAndSymbol, String number, String communeName, String summary,
                            boolean sameNumber, boolean sameContent) {
            this(id, numberAndSymbol, number, communeName, summary, sameNumber, sameContent, null);
        }

        /** How messages name it: "số 12/KH-UBND" or, for a draft, its summary. */
        public String reference() {
            if (number != null && !number.isBlank()) {
                return Texts.get("import.existing.number", numberAndSymbol);
            }
            if (summary == null || summary.isBlank()) {
                return Texts.get("import.existing.noNumber");
            }
            String s = summary.strip();
            if (s.length() > SUMMARY_CHARS) {
                int cut = s.lastIndexOf(' ', SUMMARY_CHARS);
                s = s.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS).strip() + "…";
            }
            return Texts.get("import.existing.summary", s);
        }

        /** The plan named with its id and why it matches: "kế hoạch số 12/KH-UBND (mã 3), nội dung giống hệt…". */
        public String describe() {
            // The same plan by id: whether its content changed since is what the official needs to choose.
            String why = sameGlobalId != null ? Texts.get(sameContent ? "import.existing.sameGlobalId.sameContent"
                    : "import.existing.sameGlobalId.changed", sameGlobalId)
                    : sameContent ? Texts.get("import.existing.sameContent")
                    : Texts.get("import.existing.sameNumber", communeName);
            return Texts.get("import.existing", reference(), String.valueOf(id), why);
        }
    }

    /**
     * What an import of a file would do: everything the file holds (the plan and its reporting data) and the plans
     * already in the database it would duplicate, the best match first.
     */
    public record Preview(String sourceName, PlanFileContent content, String fingerprint,
                          List<ExistingPlan> existing) {
        public Preview {
            existing = List.copyOf(existing);
        }

        /** The plan the file holds. */
        public PlanDocument document() {
            return content.document();
        }

        /** Whether the plan is already in the database (same number or same content). */
        public boolean clashes() {
            return !existing.isEmpty();
        }

        /** The ids of the plans it would duplicate. */
        public List<Long> clashingPlanIds() {
            return existing.stream().map(ExistingPlan::id).toList();
        }

        /** The existing plans in one Vietnamese phrase: the first described, then how many more. */
        public String describeExisting() {
            String first = existing.getFirst().describe();
            return existing.size() == 1 ? first : Texts.get("import.existing.more", first, existing.size() - 1);
        }
    }

    /** Reads and validates the file with its reporting data, and finds the plans it would duplicate; writes nothing. */
    public Preview preview(Path file) {
        PlanFileContent content = PlanFiles.readContent(file);
        String fingerprint = Fingerprints.planContent(content.document());
        List<ExistingPlan> existing = db.read(store -> existing(store, content.document(), fingerprint));
        return new Preview(file.getFileName().toString(), content, fingerprint, existing);
    }

    /** Imports the plan in {@code file}, with its reporting data when the file has some; returns the new id. */
    public long importFile(Path file, ClashPolicy policy) {
        return importPreviewed(preview(file), policy);
    }

    /**
     * Stores what {@code preview} read, with its reporting data, in one transaction; the plans it duplicates are
     * looked up again inside it, and {@code policy} says what to do with them. Returns the new plan's id.
     *
     * @throws DomainException under {@link ClashPolicy#REFUSE} when the plan is already in the database, naming it
     */
    public long importPreviewed(Preview preview, ClashPolicy policy) {
        PlanFileContent content = preview.content();
        PlanDocument doc = content.document();
        if (policy == ClashPolicy.REPLACE && preview.clashes()) {
            // Replacing deletes a plan and every report on it: a checked backup first can bring them back.
            db.backup(BackupReason.BEFORE_REPLACE);
        }
        return db.inTransaction(store -> {
            List<ExistingPlan> existing = existing(store, doc, preview.fingerprint());
            PlanDocument toStore = doc;
            if (!existing.isEmpty()) {
                switch (policy) {
                    case REFUSE -> throw new DomainException(Texts.get("import.clash", preview.sourceName(),
                            new Preview(preview.sourceName(), content, preview.fingerprint(), existing)
                                    .describeExisting()));
                    case REPLACE -> existing.forEach(e -> store.plans().delete(e.id()));
                    case AS_NEW -> toStore = asDraft(doc);
                    default -> throw new IllegalStateException(policy.name());
                }
            }
            long planId = store.documents().insert(toStore);
            if (!content.reporting().isEmpty()) {
                store.reportingData().importData(store.documents().load(planId), content.reporting());
            }
            if (toStore == doc) {
                // A copy imported as a new draft is a new plan: no issue record, no link to the version it revised.
                PlanVersionService.storeVersionInfo(store, planId, content.versions());
            }
            return planId;
        });
    }

    /**
     * The plan with the file's global id (the same plan: decision 0037), then plans with the same commune, number
     * and symbol, then plans with the same content (files from before global ids, decision 0011); each once, by id.
     */
    private static List<ExistingPlan> existing(Store store, PlanDocument doc, String fingerprint) {
        Plan p = doc.plan();
        String globalId = p.identity().globalId();
        Optional<Long> same = globalId == null ? Optional.empty() : store.plans().findByGlobalId(globalId);
        // A demo (an opened sample) is not the office's plan: it never stands in the way of the real one.
        List<Long> sameNumber = store.plans().findSameNumber(p.communeName(), p.number(), p.symbol()).stream()
                .filter(id -> !store.plans().get(id).identity().demo()).toList();
        List<Long> sameContent = new ArrayList<>();
        for (long id : store.plans().findSameTypeAndSymbol(p.type(), p.symbol())) {
            if (store.plans().get(id).identity().demo()) {
                continue;
            }
            if (fingerprint.equals(Fingerprints.planContent(store.documents().load(id)))) {
                sameContent.add(id);
            }
        }
        Map<Long, ExistingPlan> found = new LinkedHashMap<>();
        same.ifPresent(id -> found.put(id, existingPlan(store, id, sameNumber.contains(id), sameContent.contains(id),
                globalId)));
        for (long id : sameContent) {
            found.putIfAbsent(id, existingPlan(store, id, sameNumber.contains(id), true, null));
        }
        for (long id : sameNumber) {
            found.putIfAbsent(id, existingPlan(store, id, true, false, null));
        }
        return List.copyOf(found.values());
    }

    private static ExistingPlan existingPlan(Store store, long id, boolean sameNumber, boolean sameContent,
                                             String sameGlobalId) {
        Plan p = store.plans().get(id);
        return new ExistingPlan(id, p.numberAndSymbol(), p.number(), p.communeName(), p.summary(), sameNumber,
                sameContent, sameGlobalId);
    }

    private static PlanDocument asDraft(PlanDocument doc) {
        Plan p = doc.plan();
        Plan draft = new Plan(null, p.family(), p.type(), null, p.symbol(), null, p.place(), p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), PlanStatus.DRAFT, null, p.reportingRule()).withExtrasOf(p)
                // A new draft is a new plan: it gets its own global id.
                .withIdentity(p.identity().withGlobalId(null));
        return new PlanDocument(draft, doc.basisDocuments(), doc.sections(), doc.recipients(), doc.units(),
                doc.indicatorGroups(), doc.targetGroups(), doc.taskGroups(), doc.appendices());
    }
}
