package vn.kehoachxa.service;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.commune.UpwardRecipient;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.report.PeriodicReport;
import vn.kehoachxa.domain.report.ReportDocument;
import vn.kehoachxa.domain.reporting.CollectingPeriod;
import vn.kehoachxa.domain.reporting.DataCutoff;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.export.excel.ReportWorkbookExporter;
import vn.kehoachxa.export.word.ReportWordExporter;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.report.ReportDraftBuilder;
import vn.kehoachxa.service.report.ReportTables;
import vn.kehoachxa.service.report.ReportWording;
import vn.kehoachxa.service.report.UpwardStatus;
import vn.kehoachxa.service.reporting.IndicatorEvaluation;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.PeriodsToday;
import vn.kehoachxa.service.reporting.PeriodResults;

/**
 * Use cases of the commune's periodic report (báo cáo định kỳ): draft it from the units' reports, keep the
 * official's edits per period, export it to Word and Excel, and tell whether it went upward in time.
 */
public final class PeriodicReportService {
    private final Database db;
    private final ReportingService reporting;
    private final Clock clock;

    /** Works on {@code db} with the system clock. */
    public PeriodicReportService(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    /** Works on {@code db}; now is {@code clock}'s time, for the draft's stamp and the upward deadline. */
    public PeriodicReportService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.reporting = new ReportingService(db, clock);
    }

    /** The period's report: the stored one when the official saved it, else a fresh draft (not stored). */
    public PeriodicReport report(long periodId) {
        return db.read(store -> store.periodReports().find(periodId)).orElseGet(() -> draft(periodId));
    }

    /**
     * A fresh draft from the units' reports as they stand now; the stored report's number and date are kept. Nothing
     * is stored until {@link #save}.
     */
    public PeriodicReport regenerate(long periodId) {
        PeriodicReport fresh = draft(periodId);
        return db.read(store -> store.periodReports().find(periodId))
                .map(old -> fresh.withNumberAndDate(old.number(), old.date())).orElse(fresh);
    }

    /** Stores the edited report of its period, replacing the earlier text; returns it marked saved. */
    public PeriodicReport save(PeriodicReport report) {
        db.inTransaction(store -> {
            ReportingService.period(store, report.periodId());
            store.periodReports().save(report);
            return null;
        });
        return report.withSaved(true);
    }

    /** Everything the exported report prints, for the period's current report. */
    public ReportDocument document(long periodId) {
        return document(report(periodId));
    }

    /** Everything the exported report prints, for {@code report} as it is (saved or not). */
    public ReportDocument document(PeriodicReport report) {
        long periodId = report.periodId();
        PeriodOverview period = reporting.period(periodId);
        PlanDocument doc = db.read(store -> store.documents().load(period.period().planId()));
        CommuneProfile profile = db.read(store -> store.commune().find()).orElse(null);
        PeriodResults results = reporting.results(periodId);
        var grid = reporting.statusGrid(periodId);
        Plan header = header(doc.plan(), report, period, profile);
        List<String> addressees = profile == null ? List.of()
                : profile.upwardRecipients().stream().map(UpwardRecipient::name).toList();
        List<Recipient> recipients = addressees.isEmpty() ? List.of() : List.of(new Recipient("Như trên", null));
        return new ReportDocument(header, addressees, report, recipients,
                ReportTables.of(doc, results, grid, lastYear(period.period())), DataCutoff.line(period.period()));
    }

    /** Writes the report as .docx to {@code target}. */
    public void exportWord(long periodId, Path target) {
        exportWord(document(periodId), target);
    }

    /** Writes {@code doc} (read before by {@link #document}) as .docx to {@code target}; needs no database. */
    public void exportWord(ReportDocument doc, Path target) {
        new ReportWordExporter().export(doc, target);
    }

    /** Writes the report with Biểu 1–3 as one PDF/A-2b file for digital signing to {@code target}. */
    public void exportPdf(long periodId, Path target) {
        exportPdf(document(periodId), target);
    }

    /** Writes {@code doc} (read before by {@link #document}) as PDF/A-2b to {@code target}; needs no database. */
    public void exportPdf(ReportDocument doc, Path target) {
        new vn.kehoachxa.export.pdf.ReportPdfExporter().export(doc, target);
    }

    /** {@link #exportPdf(ReportDocument, Path)} with empty signature fields where the signer and the body sign. */
    public void exportPdfForSigning(ReportDocument doc, Path target) {
        exportPdf(doc, target);
        SigningPdfs.addFields(List.of(target), doc.header().signer());
    }

    /** Writes Biểu 1–3 as an .xlsx workbook to {@code target}. */
    public void exportExcel(long periodId, Path target) {
        exportExcel(document(periodId), target);
    }

    /** Writes Biểu 1–3 of {@code doc} (read before by {@link #document}) to {@code target}; needs no database. */
    public void exportExcel(ReportDocument doc, Path target) {
        new ReportWorkbookExporter().export(doc, target);
    }

    /** Sets the province's deadline for a period's report (null: the units' due date applies). */
    public void setUpwardDueDate(long periodId, LocalDate due) {
        db.inTransaction(store -> {
            ReportingService.period(store, periodId);
            store.periodReports().setUpwardDueDate(periodId, due);
            return null;
        });
    }

    /** The province's own deadline for the period's report, when one was set apart from the units' due date. */
    public Optional<LocalDate> upwardDueDate(long periodId) {
        return db.read(store -> {
            ReportingService.period(store, periodId);
            return store.periodReports().upwardDueDate(periodId);
        });
    }

    /** Whether the period's report went upward, against the province's deadline. */
    public UpwardStatus upwardStatus(long periodId) {
        return status(reporting.period(periodId));
    }

    /** The upward status of every period of a plan, by due date (the dashboard's "đã báo cáo / chưa báo cáo"). */
    public List<UpwardStatus> upwardStatuses(long planId) {
        return upwardStatuses(planId, reporting.periodsToday(planId));
    }

    /** {@link #upwardStatuses(long)} of periods already read: the province's deadlines in one more statement. */
    public List<UpwardStatus> upwardStatuses(long planId, PeriodsToday periods) {
        Map<Long, LocalDate> upwardDue = db.read(store -> store.periodReports().upwardDueDatesOfPlan(planId));
        return periods.periods().stream().map(o -> status(o, upwardDue.get(o.period().id()), periods.today()))
                .toList();
    }

    /** The plan's periods as they stand today, in one read ({@link ReportingService#periodsToday}). */
    public PeriodsToday periodsToday(long planId) {
        return reporting.periodsToday(planId);
    }

    /** The period being collected now (Báo cáo kỳ opens on it), see {@link ReportingService#collecting}. */
    public Optional<CollectingPeriod> collecting(long planId) {
        return reporting.collecting(planId);
    }

    private UpwardStatus status(PeriodOverview overview) {
        LocalDate upwardDue = db.read(store -> store.periodReports().upwardDueDate(overview.period().id()))
                .orElse(null);
        return status(overview, upwardDue, LocalDate.now(clock));
    }

    private static UpwardStatus status(PeriodOverview overview, LocalDate upwardDue, LocalDate today) {
        ReportingPeriod p = overview.period();
        LocalDate due = upwardDue != null ? upwardDue : p.dueDate();
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        UpwardStatus.State state;
        if (p.sentAt() != null) {
            state = p.sentAt().toLocalDate().isAfter(due) ? UpwardStatus.State.SENT_LATE : UpwardStatus.State.SENT;
        } else {
            state = daysLeft < 0 ? UpwardStatus.State.OVERDUE : UpwardStatus.State.NOT_YET_SENT;
        }
        return new UpwardStatus(overview, due, state, daysLeft, p.sentAt(), p.sentTo());
    }

    private PeriodicReport draft(long periodId) {
        PeriodOverview period = reporting.period(periodId);
        Plan plan = db.read(store -> store.plans().get(period.period().planId()));
        PeriodResults results = reporting.results(periodId);
        PeriodOverview next = reporting.periods(plan.id()).stream()
                .filter(p -> p.period().dueDate().isAfter(period.period().dueDate())).findFirst().orElse(null);
        return new ReportDraftBuilder(plan, results, reporting.statusGrid(periodId), next)
                .build(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /** The same period a year earlier, its consolidated figures by indicator id; empty when there was none. */
    private Map<Long, BigDecimal> lastYear(ReportingPeriod p) {
        Optional<PeriodOverview> before = reporting.periods(p.planId()).stream()
                .filter(o -> o.period().kind() == p.kind() && o.period().index() == p.index()
                        && o.period().year() == p.year() - 1).findFirst();
        Map<Long, BigDecimal> out = new HashMap<>();
        before.ifPresent(o -> {
            for (IndicatorEvaluation e : reporting.results(o.period().id()).indicators()) {
                if (e.consolidated() != null) {
                    out.put(e.indicator().id(), e.consolidated());
                }
            }
        });
        return out;
    }

    /**
     * The report's header: a BÁO CÁO of the plan's issuer (its level too, so a provincial plan's report is headed as
     * the province's), family, Party rules and signer, for the period's year.
     */
    static Plan header(Plan plan, PeriodicReport report, PeriodOverview period, CommuneProfile profile) {
        Signer signer = plan.signer();
        if (!signer.isComplete() && profile != null) {
            signer = profile.signers().stream().filter(s -> s.family() == plan.family())
                    .map(CommuneProfile.DefaultSigner::signer).findFirst().orElse(signer);
        }
        String place = plan.place() != null && !plan.place().isBlank() ? plan.place()
                : profile == null ? null : profile.placeName();
        if (plan.issuingBody() == null || plan.issuingBody().isBlank()) {
            throw new DomainException(Texts.get("report.noIssuer", ReportWording.planCitation(plan)));
        }
        String summary = "Kết quả thực hiện " + ReportWording.planCitation(plan) + "\n" + period.name();
        int year = period.period().year();
        return new Plan(null, plan.family(), DocumentType.BC, report.number(),
                ReportWording.reportSymbol(plan.symbol()), report.date(), place, summary, plan.communeName(),
                plan.superiorBody(), plan.issuingBody(), null, null, signer, year, year, null, PlanStatus.DRAFT, null,
                plan.reportingRule(), null, plan.issuerLevel(), plan.partyRules());
    }
}
