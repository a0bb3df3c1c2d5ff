package vn.kehoachxa.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IssueRecord;
import vn.kehoachxa.domain.plan.ItemPaths;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanReference;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.VersionComparison;
import vn.kehoachxa.domain.plan.VersionDiff;
import vn.kehoachxa.domain.plan.VersionInfo;
import vn.kehoachxa.domain.plan.VersionReport;
import vn.kehoachxa.export.word.VersionDiffWordExporter;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.persistence.Store;

/**
 * Ban hành and versions (decision 0014): issuing a plan freezes its text; a change after that is a revision (Kế hoạch
 * sửa đổi, bổ sung), a new draft linked to the version it revises, with its own number and date. Issuing a revision
 * supersedes the version before and moves the reporting periods that end on or after its issue date to it, so every
 * period is measured against the version in force at its end. Two versions can be compared.
 */
public final class PlanVersionService {
    private final Database db;
    private final Clock clock;
    private final SignedOriginalService signed;

    /** Works on {@code db} with the system clock. */
    public PlanVersionService(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    /** Works on {@code db}; the time a plan is recorded as issued comes from {@code clock}. */
    public PlanVersionService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.signed = new SignedOriginalService(db, clock);
    }

    /**
     * Issues a draft under {@code number} and {@code date}, with the signed file when given: the plan becomes
     * {@link PlanStatus#ISSUED} and its text can no longer be edited. A revision supersedes the version it revises
     * and takes over the reporting periods from its date on. Returns the issue record.
     */
    public IssueRecord issue(long planId, String number, LocalDate date, Path signedFile) {
        if (number == null || number.isBlank()) {
            throw new DomainException(Texts.get("version.issue.noNumber"));
        }
        if (date == null) {
            throw new DomainException(Texts.get("version.issue.noDate"));
        }
        IssueRecord record = new IssueRecord(now(), signedFile == null ? null
                : signedFile.toAbsolutePath().toString(), signedFile == null ? null : sha256(signedFile));
        IssueRecord issued = issueInTransaction(planId, number, date, record);
        keepSignedCopy(planId, number, date, signedFile);
        return issued;
    }

    /**
     * A signed PDF given at the issue is also kept as the plan's signed original (a copy in the data folder, decision
     * 0030); any other file (a scan, a .docx, a PDF that does not open) keeps only its path and hash, as before.
     */
    private void keepSignedCopy(long planId, String number, LocalDate date, Path signedFile) {
        if (signedFile == null) {
            return;
        }
        try {
            signed.check(signedFile);
        } catch (DomainException notAPdf) {
            return;
        }
        try {
            signed.recordForPlan(planId, number, date, signedFile);
        } catch (DomainException e) {
            throw new DomainException(Texts.get("signed.issuedNotKept", e.getMessage()), e);
        }
    }

    private IssueRecord issueInTransaction(long planId, String number, LocalDate date, IssueRecord record) {
        return db.inTransaction(store -> {
            Plan p = store.plans().get(planId);
            if (p.status() != PlanStatus.DRAFT) {
                throw new DomainException(Texts.get("version.issue.notDraft", describe(p)));
            }
            Plan issued = new Plan(p.id(), p.family(), p.type(), number.strip(), p.symbol(), date, p.place(),
                    p.summary(), p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(),
                    p.closingText(), p.signer(), p.startYear(), p.endYear(), p.visionYear(), PlanStatus.ISSUED,
                    p.revisesPlanId(), p.reportingRule()).withExtrasOf(p);
            if (p.revisesPlanId() != null) {
                Plan before = store.plans().get(p.revisesPlanId());
                if (before.status() != PlanStatus.ISSUED) {
                    throw new DomainException(Texts.get("version.issue.previousNotInForce", describe(before)));
                }
                if (before.issueDate() != null && date.isBefore(before.issueDate())) {
                    throw new DomainException(Texts.get("version.issue.beforePrevious",
                            DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date), describe(before)));
                }
                store.versions().setStatus(before.id(), PlanStatus.SUPERSEDED);
                store.plans().update(issued);
                movePeriods(store, before.id(), planId, date);
            } else {
                store.plans().update(issued);
            }
            store.versions().saveIssue(planId, record);
            return record;
        });
    }

    /** Keeps the signed file with an issued plan (it is often signed after the number and date are given). */
    public IssueRecord attachSignedFile(long planId, Path signedFile) {
        String hash = sha256(signedFile);
        return db.inTransaction(store -> {
            Plan p = store.plans().get(planId);
            if (p.status() == PlanStatus.DRAFT) {
                throw new DomainException(Texts.get("version.signed.draft"));
            }
            LocalDateTime at = store.versions().issue(planId).map(IssueRecord::issuedAt)
                    .orElse(now());
            IssueRecord record = new IssueRecord(at, signedFile.toAbsolutePath().toString(), hash);
            store.versions().saveIssue(planId, record);
            return record;
        });
    }

    /** Now to the second, as the issue record keeps it (a file or a database round trip keeps no more). */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** When and with which signed file the plan was issued; empty for a draft. */
    public Optional<IssueRecord> issueRecord(long planId) {
        return db.read(store -> store.versions().issue(planId));
    }

    /**
     * Starts a revision (Kế hoạch sửa đổi, bổ sung) of the version in force: a draft copy without number and date
     * that links back to it. A draft revision already started is returned instead of a second one.
     */
    public long revise(long planId) {
        return db.inTransaction(store -> {
            Plan p = store.plans().get(planId);
            if (p.status() != PlanStatus.ISSUED) {
                throw new DomainException(Texts.get(p.status() == PlanStatus.DRAFT ? "version.revise.draft"
                        : "version.revise.superseded", describe(p)));
            }
            for (long id : store.versions().revisionsOf(planId)) {
                if (store.versions().status(id) == PlanStatus.DRAFT) {
                    return id;
                }
            }
            PlanDocument doc = store.documents().load(planId);
            Plan draft = new Plan(null, p.family(), p.type(), null, p.symbol(), null, p.place(), p.summary(),
                    p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(),
                    p.signer(), p.startYear(), p.endYear(), p.visionYear(), PlanStatus.DRAFT, planId,
                    p.reportingRule()).withExtrasOf(p);
            return store.documents().insert(new PlanDocument(draft, doc.basisDocuments(), doc.sections(),
                    doc.recipients(), doc.units(), doc.indicatorGroups(), doc.targetGroups(), doc.taskGroups(),
                    doc.appendices()));
        });
    }

    /** Every version of the plan's line, the first issued first and the newest (possibly a draft) last. */
    public List<Plan> versions(long planId) {
        return db.read(store -> {
            Plan first = store.plans().get(planId);
            while (first.revisesPlanId() != null) {
                Optional<Plan> before = store.plans().find(first.revisesPlanId());
                if (before.isEmpty()) {
                    break;
                }
                first = before.get();
            }
            List<Plan> line = new ArrayList<>();
            for (Plan p = first; p != null; ) {
                line.add(p);
                List<Long> next = store.versions().revisionsOf(p.id());
                p = next.isEmpty() ? null : store.plans().get(next.getLast());
            }
            return line;
        });
    }

    /** The version of the plan's line in force on {@code day}: the last one issued on or before it. */
    public Optional<Plan> inForce(long planId, LocalDate day) {
        return versions(planId).stream()
                .filter(p -> p.status() != PlanStatus.DRAFT && p.issueDate() != null && !p.issueDate().isAfter(day))
                .reduce((a, b) -> b);
    }

    /** What changed from one version to another (any two plans can be compared). */
    public VersionDiff compare(long fromPlanId, long toPlanId) {
        return db.read(store -> VersionComparison.compare(store.documents().load(fromPlanId),
                store.documents().load(toPlanId)));
    }

    /**
     * Moves the periods of {@code fromPlan} whose data period ends on or after {@code from} to {@code toPlan}, with
     * what units reported for them: results follow the indicator with the same code, progress the row with the same
     * path. A period the revision already has (generated while it was a draft) gives way when nobody reported in it;
     * otherwise the older version keeps its own. Reported rows without a counterpart keep pointing at the older
     * version's row, so nothing reported is deleted.
     */
    private static void movePeriods(Store store, long fromPlan, long toPlan, LocalDate from) {
        List<Long> moving = store.versions().periodsEndingFrom(fromPlan, from);
        if (moving.isEmpty()) {
            return;
        }
        PlanDocument before = store.documents().load(fromPlan);
        PlanDocument after = store.documents().load(toPlan);
        Map<String, Long> indicators = new java.util.HashMap<>();
        after.indicators().forEach(i -> indicators.put(i.code(), i.id()));
        Map<String, AssignmentItem> rows = ItemPaths.of(after);
        var existing = store.reporting().periods(toPlan);
        for (long periodId : moving) {
            var period = store.reporting().period(periodId).orElseThrow();
            var twin = existing.stream().filter(e -> e.kind() == period.kind() && e.year() == period.year()
                    && e.index() == period.index()).findFirst();
            if (twin.isPresent()) {
                if (store.reportingCycle().submissionCount(twin.get().id()) > 0) {
                    continue;
                }
                store.reportingCycle().deletePeriod(twin.get().id());
            }
            store.versions().movePeriod(periodId, toPlan);
            for (Indicator i : before.indicators()) {
                Long to = indicators.get(i.code());
                if (to != null) {
                    store.versions().repointResults(periodId, i.id(), to);
                }
            }
            for (Map.Entry<String, AssignmentItem> e : ItemPaths.of(before).entrySet()) {
                AssignmentItem to = rows.get(e.getKey());
                if (to != null) {
                    store.versions().repointProgress(periodId, e.getValue().id(), to.id());
                }
            }
        }
    }

    /** What a plan file carries of the plan's versions: its issue record and the version it revises. */
    static VersionInfo versionInfo(Store store, Plan plan) {
        PlanReference revises = plan.revisesPlanId() == null ? null
                : store.plans().find(plan.revisesPlanId()).map(PlanReference::of).orElse(null);
        IssueRecord issue = store.versions().issue(plan.id()).orElse(null);
        var original = store.signedOriginals().ofPlan(plan.id());
        if (issue != null && original.isPresent()) {
            // The signed PDF stays here (too big for the file); its name and checksum travel (decision 0030).
            issue = new IssueRecord(issue.issuedAt(), original.get().originalName(), original.get().sha256());
        }
        return new VersionInfo(issue, revises);
    }

    /**
     * After a plan file's plan was stored as {@code planId}: keeps its issue record, and links it to the version it
     * revises when that version is in this database (same commune, number, symbol and date). An issued revision
     * then supersedes that version and takes over its periods from its date, as if issued here.
     */
    static void storeVersionInfo(Store store, long planId, VersionInfo info) {
        Plan p = store.plans().get(planId);
        if (info.issue() != null && p.status() != PlanStatus.DRAFT) {
            store.versions().saveIssue(planId, info.issue());
        }
        PlanReference r = info.revises();
        if (r == null || r.number() == null) {
            return;
        }
        Optional<Plan> before = store.plans().findSameNumber(p.communeName(), r.number(), r.symbol()).stream()
                .map(store.plans()::get).filter(b -> b.id() != planId && java.util.Objects.equals(b.issueDate(),
                        r.issueDate())).findFirst();
        if (before.isEmpty()) {
            return;
        }
        store.plans().update(new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(),
                p.place(), p.summary(), p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(),
                p.closingText(), p.signer(), p.startYear(), p.endYear(), p.visionYear(), p.status(),
                before.get().id(), p.reportingRule()).withExtrasOf(p));
        if (p.status() == PlanStatus.ISSUED && before.get().status() == PlanStatus.ISSUED && p.issueDate() != null) {
            store.versions().setStatus(before.get().id(), PlanStatus.SUPERSEDED);
            movePeriods(store, before.get().id(), planId, p.issueDate());
        }
    }

    /** How messages name a version: "Kế hoạch số 12/KH-UBND ngày 05/01/2026", or a draft by its id. */
    static String describe(Plan p) {
        return VersionReport.describe(p);
    }

    /** The plan named as messages name it (for the command line's confirmations). */
    public String title(long planId) {
        return describe(db.read(store -> store.plans().get(planId)));
    }

    /** Writes the comparison as a Word document (temp file, then moved into place). */
    public void exportComparison(VersionDiff diff, Path target) {
        new VersionDiffWordExporter().export(diff, target);
    }

    private static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DomainException(Texts.get("version.signed.missing", file));
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new DomainException(Texts.get("version.signed.unreadable", file, e.getMessage()), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
