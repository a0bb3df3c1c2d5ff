package vn.kehoachxa.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.AssigneeRole;
import vn.kehoachxa.domain.plan.DeadlineText;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanFields;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.TargetText;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.CompletionDates;
import vn.kehoachxa.domain.reporting.FigureChecks;
import vn.kehoachxa.domain.reporting.FigureFlag;
import vn.kehoachxa.domain.reporting.PeriodNames;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.exchange.unitform.FilledForm;
import vn.kehoachxa.exchange.unitform.FormFileGuard;
import vn.kehoachxa.exchange.unitform.FormIdentity;
import vn.kehoachxa.exchange.unitform.FormIndicatorRow;
import vn.kehoachxa.exchange.unitform.FormTaskRow;
import vn.kehoachxa.exchange.unitform.UnitForm;
import vn.kehoachxa.exchange.unitform.UnitFormReader;
import vn.kehoachxa.exchange.unitform.UnitFormWriter;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.persistence.ReportingCycleRepository.FormIssue;
import vn.kehoachxa.persistence.Store;
import vn.kehoachxa.service.reporting.AcceptedFigure;
import vn.kehoachxa.service.reporting.AssignedIndicator;
import vn.kehoachxa.service.reporting.AssignedItem;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.FlaggedFigure;
import vn.kehoachxa.service.reporting.FormPreview;
import vn.kehoachxa.service.reporting.PlanAssignments;
import vn.kehoachxa.service.reporting.ProgressEntry;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.service.reporting.UnitAssignments;

/**
 * Unit report forms out and back (biểu mẫu báo cáo): one .xlsx per unit for a period, then the returned files
 * previewed (nothing written) and imported, each file all-or-nothing in its own transaction. A form carries the
 * period's form version, which goes up when forms are generated after the plan's rows or assignments changed; a
 * form older than the last generated one is refused, since its rows may no longer be the unit's.
 */
public final class UnitFormService {
    private static final Logger LOG = LoggerFactory.getLogger(UnitFormService.class);

    private final Database db;
    private final Clock clock;

    /** Works on {@code db}; received dates are today by {@code clock}. */
    public UnitFormService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Works on {@code db} with the system clock. */
    public UnitFormService(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    /** Writes one form per reporting unit of the period into {@code folder}; returns the files in unit order. */
    public List<Path> generateAll(long periodId, Path folder) {
        return List.copyOf(generateAllByUnit(periodId, folder).values());
    }

    /** {@link #generateAll}, each file under its unit's id (in unit order), for the e-mail drafts. */
    public Map<Long, Path> generateAllByUnit(long periodId, Path folder) {
        List<UnitForm> forms = db.inTransaction(store -> forms(store, periodId, null));
        return write(forms, folder);
    }

    /** Writes the form of one unit for the period into {@code folder}. */
    public Path generate(long periodId, long unitId, Path folder) {
        List<UnitForm> forms = db.inTransaction(store -> forms(store, periodId, unitId));
        return write(forms, folder).values().iterator().next();
    }

    private Map<Long, Path> write(List<UnitForm> forms, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DomainException(Texts.get("unitform.cannotWrite", folder), e);
        }
        Map<Long, Path> files = new LinkedHashMap<>();
        for (UnitForm form : forms) {
            String code = PeriodNames.shortCode(form.identity().periodKind(), form.identity().periodYear(),
                    form.identity().periodIndex());
            String name = ("Báo cáo " + code + " - " + form.identity().unitName()).replaceAll("[\\\\/:*?\"<>|]", "-");
            Path file = folder.resolve(name + ".xlsx");
            UnitFormWriter.write(form, file);
            files.put(form.identity().unitId(), file);
        }
        return files;
    }

    private List<UnitForm> forms(Store store, long periodId, Long onlyUnit) {
        ReportingPeriod p = ReportingService.period(store, periodId);
        PlanAssignments plan = ReportingService.assignments(store, p.planId());
        String rows = contentFingerprint(plan);
        FormIssue issue = store.reportingCycle().formIssue(periodId);
        if (issue.version() == 0 || !rows.equals(issue.fingerprint())) {
            issue = new FormIssue(issue.version() + 1, rows);
            store.reportingCycle().setFormIssue(periodId, issue);
        }
        Plan meta = plan.document().plan();
        List<Unit> units = onlyUnit == null ? plan.reportingUnits()
                : List.of(Objects.requireNonNull(plan.unit(onlyUnit), () -> "unit not assigned: " + onlyUnit));
        List<UnitForm> forms = new ArrayList<>();
        for (Unit unit : units) {
            UnitAssignments mine = plan.forUnit(unit, p.year());
            FormIdentity id = new FormIdentity(p.planId(), planFingerprint(meta), unit.id(), unit.name(), p.kind(),
                    p.year(), p.index(), issue.version());
            List<FormTaskRow> tasks = mine.items().stream().map(i -> taskRow(i, plan.document())).toList();
            List<FormIndicatorRow> indicators = mine.indicators().stream().map(UnitFormService::indicatorRow)
                    .toList();
            forms.add(new UnitForm(id, PeriodNames.name(p), p.dueDate(), p.dueNote(),
                    Texts.get("unitform.sendTo", meta.communeName()), planTitle(meta), tasks, indicators,
                    p.cutoffStart(), p.cutoffEnd()));
        }
        return forms;
    }

    /** A task row as the form prints it: fields in its wording ({giai đoạn}) filled from the plan. */
    private static FormTaskRow taskRow(AssignedItem i, PlanDocument doc) {
        Plan p = doc.plan();
        String deadline = i.item().deadline() == null ? ""
                : PlanFields.resolve(DeadlineText.format(i.item().deadline()), p, doc.basisDocuments());
        return new FormTaskRow(i.item().id(), i.groupTitle(), i.number(),
                PlanFields.resolve(i.item().content(), p, doc.basisDocuments()),
                Texts.get("unitform.role." + i.role().name()), deadline, i.matrix() == TableKind.TARGET_MATRIX);
    }

    private static FormIndicatorRow indicatorRow(AssignedIndicator a) {
        String target = a.target() == null ? "" : TargetText.printed(a.target())
                + (a.target().year() == null ? "" : " (" + a.target().year() + ")");
        return new FormIndicatorRow(a.indicator().id(), a.indicator().code(), a.number(),
                a.indicator().name(), a.indicator().unitOfMeasure(), target);
    }

    /**
     * What importing {@code files} for {@code periodId} would do, writing nothing. {@code chosenUnitId}, when set,
     * is the unit the user picked: a form for any other unit is refused.
     */
    public List<FormPreview> preview(long periodId, Long chosenUnitId, List<Path> files) {
        Map<String, String> seen = new HashMap<>();
        List<FormPreview> previews = new ArrayList<>();
        SharedPart shared = new SharedPart(periodId);
        for (Path file : files) {
            FormPreview p = previewOne(shared, chosenUnitId, file);
            if (p.checksum() != null && p.ok()) {
                String earlier = seen.putIfAbsent(p.checksum(), p.fileName());
                if (earlier != null) {
                    p = refused(file, p.checksum(), Texts.get("unitform.duplicateInBatch", p.fileName(), earlier));
                }
            }
            previews.add(p);
        }
        return previews;
    }

    /**
     * Imports the files of a preview that had no problems, each in its own transaction; the checks that depend on
     * the database (duplicate, form version) are made again inside it. Every file gets its own result: a file that
     * fails, for any reason, leaves nothing of itself behind and does not stop the files after it.
     */
    public List<FormImportResult> importPreviewed(List<FormPreview> previews) {
        List<FormImportResult> out = new ArrayList<>();
        // Read inside the first file's transaction of each period and kept for the files after it: the whole call
        // runs on the ordered database executor (decision 0013) of the one process holding the data folder, so no
        // edit of the plan can come between two files of the batch.
        Map<Long, PeriodPlan> plans = new HashMap<>();
        for (FormPreview p : previews) {
            if (!p.ok()) {
                out.add(new FormImportResult(p.fileName(), null, p.errors()));
                continue;
            }
            try {
                out.add(new FormImportResult(p.fileName(), importOne(p, plans), List.of()));
            } catch (DomainException e) {
                out.add(new FormImportResult(p.fileName(), null, namingFile(p.fileName(), e.problems())));
            } catch (RuntimeException e) {
                LOG.error("Importing form {} failed", p.fileName(), e);
                out.add(new FormImportResult(p.fileName(), null,
                        List.of(Texts.get("unitform.unexpected", p.fileName(), String.valueOf(e)))));
            }
        }
        return out;
    }

    /** A period and its plan's assignments, read once per import batch. */
    private record PeriodPlan(ReportingPeriod period, PlanAssignments plan) {
    }

    private UnitSubmission importOne(FormPreview p, Map<Long, PeriodPlan> plans) {
        return db.inTransaction(store -> {
            if (store.reportingCycle().submissionWithChecksum(p.checksum()).isPresent()) {
                throw new DomainException(Texts.get("unitform.duplicate", p.fileName()));
            }
            int current = store.reportingCycle().formIssue(p.draft().periodId()).version();
            if (p.draft().formVersion() < current) {
                throw new DomainException(Texts.get("unitform.olderVersion", p.fileName(),
                        p.draft().formVersion(), current));
            }
            long periodId = p.draft().periodId();
            PeriodPlan pp = plans.get(periodId);
            if (pp == null) {
                ReportingPeriod period = ReportingService.period(store, periodId);
                pp = new PeriodPlan(period, ReportingService.assignments(store, period.planId()));
            }
            UnitSubmission saved = ReportingService.store(store, p.draft(), pp.period(), pp.plan());
            plans.putIfAbsent(periodId, pp);
            return saved;
        });
    }

    /** The problems, headed by the file's name unless the first one already names it. */
    private static List<String> namingFile(String fileName, List<String> problems) {
        if (!problems.isEmpty() && problems.getFirst().contains(fileName)) {
            return problems;
        }
        List<String> named = new ArrayList<>(problems);
        named.addFirst(Texts.get("unitform.notImported", fileName));
        return named;
    }

    /** Previews and imports in one call (the command line and tests); see {@link #preview}. */
    public List<FormImportResult> importFiles(long periodId, Long chosenUnitId, List<Path> files) {
        return importPreviewed(preview(periodId, chosenUnitId, files));
    }

    /**
     * The batch's shared part ({@link FormBatch}), read at the first form that gets as far as matching; a failure
     * to read it (no such period) is every such form's refusal, as it was when each form read it for itself.
     */
    private final class SharedPart {
        private final long periodId;
        private FormBatch batch;
        private RuntimeException failure;

        SharedPart(long periodId) {
            this.periodId = periodId;
        }

        FormBatch get() {
            if (batch == null && failure == null) {
                try {
                    batch = db.read(store -> FormBatch.read(store, periodId));
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return batch;
        }
    }

    /** One file's preview; whatever goes wrong becomes this file's refusal, never the whole batch's failure. */
    private FormPreview previewOne(SharedPart shared, Long chosenUnitId, Path file) {
        try {
            return readAndMatch(shared, chosenUnitId, file);
        } catch (RuntimeException e) {
            LOG.error("Previewing form {} failed", file, e);
            String fileName = String.valueOf(file.getFileName());
            return refused(file, null, Texts.get("unitform.unexpected", fileName, String.valueOf(e)));
        }
    }

    private FormPreview readAndMatch(SharedPart shared, Long chosenUnitId, Path file) {
        String fileName = file.getFileName().toString();
        byte[] content;
        try {
            FormFileGuard.checkSize(fileName, Files.size(file));
            content = Files.readAllBytes(file);
        } catch (DomainException e) {
            return refused(file, null, e.getMessage());
        } catch (IOException e) {
            return refused(file, null, Texts.get("unitform.cannotRead", fileName, e.getMessage()));
        }
        String checksum = Fingerprints.sha256(content);
        FilledForm form;
        try {
            form = UnitFormReader.read(fileName, content);
        } catch (DomainException e) {
            return refused(file, checksum, e.getMessage());
        }
        try {
            FormBatch batch = shared.get();
            return db.read(store -> match(store, batch, chosenUnitId, file, checksum, form));
        } catch (DomainException e) {
            return refused(file, checksum, e.getMessage());
        }
    }

    private FormPreview match(Store store, FormBatch batch, Long chosenUnitId, Path file, String checksum,
                              FilledForm form) {
        String fileName = file.getFileName().toString();
        ReportingPeriod p = batch.period();
        long periodId = p.id();
        PlanAssignments plan = batch.plan();
        FormIdentity id = form.identity();
        if (id.planId() != p.planId() || !batch.planFingerprint().equals(id.planFingerprint())) {
            throw new DomainException(Texts.get("unitform.wrongPlan", fileName));
        }
        if (id.periodKind() != p.kind() || id.periodYear() != p.year() || id.periodIndex() != p.index()) {
            throw new DomainException(Texts.get("unitform.wrongPeriod", fileName,
                    PeriodNames.name(id.periodKind(), id.periodYear(), id.periodIndex()), PeriodNames.name(p)));
        }
        // A sent period takes no new figures: say so before anything else about the file.
        batch.lock().refuseChangesTo(PeriodNames.name(p));
        if (chosenUnitId != null && chosenUnitId != id.unitId()) {
            throw new DomainException(Texts.get("unitform.wrongUnit", fileName, id.unitName(),
                    store.units().get(chosenUnitId).name()));
        }
        Unit unit = plan.unit(id.unitId());
        if (unit == null) {
            throw new DomainException(Texts.get("unitform.unitNotAssigned", fileName, id.unitName()));
        }
        int current = batch.formVersion();
        if (id.formVersion() < current) {
            throw new DomainException(Texts.get("unitform.olderVersion", fileName, id.formVersion(), current));
        }
        if (id.formVersion() > current) {
            throw new DomainException(Texts.get("unitform.unknownVersion", fileName, id.formVersion()));
        }
        if (store.reportingCycle().submissionWithChecksum(checksum).isPresent()) {
            throw new DomainException(Texts.get("unitform.duplicate", fileName));
        }
        UnitAssignments mine = plan.forUnit(unit, p.year());
        Set<Long> items = mine.items().stream().map(i -> i.item().id()).collect(Collectors.toSet());
        Set<Long> indicators = mine.indicators().stream().map(i -> i.indicator().id()).collect(Collectors.toSet());
        List<String> errors = new ArrayList<>(form.errors());
        List<ProgressEntry> progress = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate issued = batch.firstIssue();
        for (FilledForm.Task t : form.tasks()) {
            Optional<String> badDate = CompletionDates.problem(t.status(), t.completedOn(), today, issued);
            if (!items.contains(t.itemId())) {
                errors.add(Texts.get("unitform.cell", t.cell(), Texts.get("unitform.unknownRow")));
            } else if (badDate.isPresent()) {
                errors.add(Texts.get("unitform.cell", t.completedCell(), badDate.get()));
            } else {
                progress.add(new ProgressEntry(t.itemId(), t.status(), t.resultText(), t.difficulties(),
                        t.proposals(), t.completedOn()));
            }
        }
        List<ResultEntry> results = new ArrayList<>();
        List<FlaggedFigure> figures = new ArrayList<>();
        Map<Long, BigDecimal> before = batch.previousFigures().getOrDefault(unit.id(), Map.of());
        Map<Long, AcceptedFigure> accepted = batch.accepted().getOrDefault(unit.id(), Map.of());
        for (FilledForm.Result r : form.results()) {
            if (!indicators.contains(r.indicatorId())) {
                errors.add(Texts.get("unitform.cell", r.cell(), Texts.get("unitform.unknownRow")));
            } else {
                results.add(new ResultEntry(r.indicatorId(), r.value(), r.text(), r.note()));
                Indicator indicator = PeriodGuard.indicator(plan, r.indicatorId());
                List<FigureFlag> flags = FigureChecks.check(indicator.unitOfMeasure(), r.value(),
                        before.get(r.indicatorId()));
                if (!flags.isEmpty()) {
                    AcceptedFigure a = accepted.get(r.indicatorId());
                    figures.add(new FlaggedFigure(r.indicatorId(), indicator.name(), indicator.unitOfMeasure(),
                            r.cell(), r.value(), before.get(r.indicatorId()), flags,
                            a != null && a.covers(r.value()) ? a.note() : null));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.addFirst(Texts.get("unitform.hasErrors", fileName, errors.size()));
        } else if (progress.isEmpty() && results.isEmpty()) {
            errors.add(Texts.get("unitform.empty", fileName));
        }
        int next = batch.latestVersion().getOrDefault(unit.id(), 0) + 1;
        SubmissionDraft draft = errors.isEmpty() ? new SubmissionDraft(periodId, unit.id(), today,
                SubmissionSource.FORM_FILE, fileName, checksum, null, id.formVersion(), id.planFingerprint(),
                progress, results) : null;
        return new FormPreview(file, fileName, checksum, unit.id(), unit.name(), PeriodNames.name(p), next,
                progress.size(), results.size(), errors, draft, figures);
    }

    private static FormPreview refused(Path file, String checksum, String message) {
        return new FormPreview(file, file.getFileName().toString(), checksum, null, null, null, 0, 0, 0,
                List.of(message), null);
    }

    /** A short fingerprint of the plan's identity: id, number, symbol, issue date and commune. */
    public static String planFingerprint(Plan plan) {
        return Fingerprints.sha256((plan.id() + "|" + plan.number() + "|" + plan.symbol() + "|" + plan.issueDate()
                + "|" + plan.communeName()).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** A fingerprint of everything a form shows: rows, indicators, targets and who is assigned to what. */
    static String contentFingerprint(PlanAssignments plan) {
        StringBuilder sb = new StringBuilder();
        for (AssignedItem i : plan.allItems()) {
            sb.append(i.item().id()).append('|').append(i.item().content()).append('|')
                    .append(i.item().deadline()).append('|').append(plan.leadsOfItem(i.item().id())).append('\n');
        }
        List<AssignedItem> items = plan.allItems();
        for (Unit u : plan.reportingUnits()) {
            sb.append(u.id()).append('|').append(u.name()).append('\n');
            // The same text as asking roleOn per unit and row ("null" where the unit is not on it), without a
            // search of the row's assignees per pair (decision 0041).
            Map<Long, AssigneeRole> roles = plan.rolesOf(u.id());
            items.forEach(i -> sb.append(roles.get(i.item().id())).append(','));
        }
        plan.document().indicators().forEach(ind -> sb.append(ind.id()).append('|').append(ind.code()).append('|')
                .append(ind.name()).append('|').append(ind.targets()).append('|')
                .append(plan.leadsOfIndicator(ind.id())).append('\n'));
        return Fingerprints.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String planTitle(Plan plan) {
        String number = plan.number() == null || plan.number().isBlank() ? plan.symbol() : plan.numberAndSymbol();
        String summary = plan.summary() == null ? "" : plan.summary();
        if (summary.length() > 160) {
            summary = summary.substring(0, 157) + "…";
        }
        return plan.type().title().charAt(0) + plan.type().title().substring(1).toLowerCase(Texts.LOCALE)
                + " số " + number + " " + summary;
    }
}
