package vn.kehoachxa.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.CollectingPeriod;
import vn.kehoachxa.domain.reporting.CompletionDates;
import vn.kehoachxa.domain.reporting.FixedHolidays;
import vn.kehoachxa.domain.reporting.Holiday;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.PeriodEvent;
import vn.kehoachxa.domain.reporting.PeriodLock;
import vn.kehoachxa.domain.reporting.PeriodNames;
import vn.kehoachxa.domain.reporting.PlanPeriods;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.persistence.Store;
import vn.kehoachxa.service.reporting.FirstPeriodChoices;
import vn.kehoachxa.service.reporting.AssignedItem;
import vn.kehoachxa.service.reporting.PeriodHistory;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.PeriodResults;
import vn.kehoachxa.service.reporting.PeriodResultsBuilder;
import vn.kehoachxa.service.reporting.PeriodsToday;
import vn.kehoachxa.service.reporting.PeriodSync;
import vn.kehoachxa.service.reporting.PlanAssignments;
import vn.kehoachxa.service.reporting.ProgressEntry;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDetail;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.service.reporting.UnitAssignments;
import vn.kehoachxa.service.reporting.UnitReportStatus;

/**
 * Use cases of the reporting cycle (chu kỳ báo cáo): the plan's periods from its reporting rule, who must report
 * and who has, reports typed by hand or copied from paper, and the evaluated results of a period. Every change is
 * one transaction; "today" comes from the clock so tests and the dashboard agree.
 */
public final class ReportingService {
    /** A deadline this close (in days) raises the start-up reminder. */
    public static final int REMINDER_DAYS = 7;

    private final Database db;
    private final Clock clock;
    private final VerdictService verdicts;

    /** Works on {@code db} with the system clock. */
    public ReportingService(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    /** Works on {@code db}; today is {@code clock}'s date. */
    public ReportingService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.verdicts = new VerdictService(db);
    }

    /** Manual verdicts on qualitative targets, per period. */
    public VerdictService verdicts() {
        return verdicts;
    }

    /** Today by the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Creates or refreshes the plan's periods from its reporting rule and years, in one transaction; running it again
     * changes nothing unless the rule, the years or the holidays changed. The fixed national holidays of each plan
     * year are put into the holiday table the first time (a holiday the user deleted is not put back). A period
     * the rule no longer asks for is removed when nobody has reported for it, and kept otherwise.
     */
    public List<PeriodOverview> generatePeriods(long planId) {
        db.inTransaction(store -> {
            PeriodSync.regenerate(store, planId);
            return null;
        });
        return periods(planId);
    }

    /**
     * Sets the plan's first reporting period to the one holding {@code month} (null: the period of the issue date) and
     * brings its periods in line, in one transaction; returns the month set before, for undo. It is the office's
     * reporting setup, not the issued text, so an issued plan takes it too. Periods before the first are removed when
     * nobody reported for them, and kept (out of every list) otherwise.
     */
    public YearMonth setFirstPeriodMonth(long planId, YearMonth month) {
        return db.inTransaction(store -> {
            Plan plan = store.plans().get(planId);
            if (month != null && (month.getYear() < plan.startYear() || month.getYear() > plan.endYear())) {
                throw new DomainException(Texts.get("firstPeriod.outsideYears", month.getMonthValue() + "/"
                        + month.getYear(), String.valueOf(plan.startYear()), String.valueOf(plan.endYear())));
            }
            store.plans().setFirstPeriodMonth(planId, month);
            PeriodSync.regenerate(store, planId);
            return plan.reportingRule().firstPeriodMonth();
        });
    }

    /** What can be picked as the plan's first period, and what is picked. */
    public FirstPeriodChoices firstPeriodChoices(long planId) {
        return db.read(store -> {
            Plan plan = store.plans().get(planId);
            Set<LocalDate> holidays = store.reporting().holidays().stream().map(Holiday::date)
                    .collect(Collectors.toSet());
            return new FirstPeriodChoices(plan.reportingRule().firstPeriodMonth(), plan.issueDate(),
                    PlanPeriods.startChoices(plan, holidays).stream().map(p -> new FirstPeriodChoices.Choice(
                            YearMonth.from(PlanPeriods.calendarStart(p)), PeriodNames.name(p))).toList());
        });
    }

    /**
     * The plan's periods from its first period on ({@link PlanPeriods}), by due date, with names, days left and how
     * many units have reported. A stored period before the first (kept for the reports in it) is in no list, so
     * nothing before the plan took effect is due or overdue anywhere.
     */
    public List<PeriodOverview> periods(long planId) {
        return periodsToday(planId).periods();
    }

    /**
     * The plan's periods as they stand today, with every period's status grid, in one read whatever the number of
     * periods: a screen that shows several things of the cycle (the period being collected, deadlines, overdue
     * periods) takes them all from this.
     */
    public PeriodsToday periodsToday(long planId) {
        LocalDate today = today();
        return db.read(store -> PeriodStatuses.of(store, planId, today));
    }

    /** The period being collected now ({@link CollectingPeriod}): just past due and not sent, else the next due. */
    public Optional<CollectingPeriod> collecting(long planId) {
        return periodsToday(planId).collecting();
    }

    /** One period's overview. */
    public PeriodOverview period(long periodId) {
        return db.read(store -> {
            ReportingPeriod p = period(store, periodId);
            return overview(store, assignments(store, p.planId()), p);
        });
    }

    /**
     * The period being reported on now: the first whose due date is today or later (none when every due date has
     * passed). Its days left are the dashboard's "next deadline".
     */
    public Optional<PeriodOverview> currentPeriod(long planId) {
        return periodsToday(planId).current();
    }

    /** The period after the current one, if any. */
    public Optional<PeriodOverview> nextPeriod(long planId) {
        return periodsToday(planId).next();
    }

    /** Past periods for which some unit still has not reported. */
    public List<PeriodOverview> overduePeriods(long planId) {
        return periodsToday(planId).overdue();
    }

    /**
     * The current period when its deadline is within {@link #REMINDER_DAYS} days and the reminder has not been shown
     * today; the caller shows it and then calls {@link #markReminderShown}.
     */
    public Optional<PeriodOverview> reminderDue(long planId) {
        return reminderDue(periodsToday(planId));
    }

    /** {@link #reminderDue(long)} of periods already read. */
    public Optional<PeriodOverview> reminderDue(PeriodsToday periods) {
        LocalDate today = periods.today();
        return periods.current().filter(p -> p.daysLeft() <= REMINDER_DAYS)
                .filter(p -> db.read(store -> store.reportingCycle().reminderShownOn(p.period().id()))
                        .map(d -> d.isBefore(today)).orElse(true));
    }

    /** Records that the reminder for a period was shown today. */
    public void markReminderShown(long periodId) {
        db.inTransaction(store -> {
            store.reportingCycle().markReminderShown(periodId, today());
            return null;
        });
    }

    /** The units that must report for the plan, in the plan's order. */
    public List<Unit> reportingUnits(long planId) {
        return db.read(store -> assignments(store, planId).reportingUnits());
    }

    /** What {@code unitId} reports on in a period: its matrix rows and the indicators it leads. */
    public UnitAssignments unitAssignments(long periodId, long unitId) {
        return db.read(store -> {
            ReportingPeriod p = period(store, periodId);
            PlanAssignments plan = assignments(store, p.planId());
            Unit unit = plan.unit(unitId);
            if (unit == null) {
                throw new DomainException(Texts.get("reporting.unitNotAssigned", store.units().get(unitId).name()));
            }
            return plan.forUnit(unit, p.year());
        });
    }

    /** The status grid of a period: every unit that must report, its latest version and its timeliness. */
    public List<UnitReportStatus> statusGrid(long periodId) {
        return db.read(store -> {
            ReportingPeriod p = period(store, periodId);
            return grid(store, assignments(store, p.planId()), p);
        });
    }

    /** Every version of one unit's report for a period, oldest first. */
    public List<SubmissionDetail> submissions(long periodId, long unitId) {
        return db.read(store -> store.reporting().submissions(periodId).stream()
                .filter(s -> s.unitId() == unitId).map(s -> detail(store, s)).toList());
    }

    /**
     * Stores a report as the unit's next version for the period, in one transaction. Rows and indicators must be
     * among those the unit reports on; a report that says nothing is refused.
     */
    public UnitSubmission submit(SubmissionDraft draft) {
        return db.inTransaction(store -> store(store, draft));
    }

    /** The same as {@link #submit}, inside a transaction the caller holds (the form import checks first). */
    public static UnitSubmission store(Store store, SubmissionDraft draft) {
        ReportingPeriod p = period(store, draft.periodId());
        return store(store, draft, p, assignments(store, p.planId()));
    }

    /**
     * {@link #store(Store, SubmissionDraft)} with the period and its plan's assignments already read, in the caller's
     * transaction: a batch of forms reads the plan once, not once per form ({@link UnitFormService}).
     */
    static UnitSubmission store(Store store, SubmissionDraft draft, ReportingPeriod p, PlanAssignments plan) {
        PeriodGuard.refuseIfLocked(store, p);
        Unit unit = plan.unit(draft.unitId());
        if (unit == null) {
            throw new DomainException(Texts.get("reporting.unitNotAssigned",
                    store.units().get(draft.unitId()).name()));
        }
        if (draft.progress().isEmpty() && draft.results().isEmpty()) {
            throw new DomainException(Texts.get("reporting.emptySubmission", unit.name()));
        }
        PeriodGuard.checkFigures(store, p, unit, plan, draft, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        UnitAssignments mine = plan.forUnit(unit, p.year());
        Map<Long, AssignedItem> items = new HashMap<>();
        mine.items().forEach(i -> items.put(i.item().id(), i));
        Set<Long> indicators = new HashSet<>();
        mine.indicators().forEach(i -> indicators.add(i.indicator().id()));
        UnitSubmission saved = store.reporting().insertSubmission(new UnitSubmission(null, p.id(), unit.id(), 1,
                draft.receivedDate(), draft.source(), draft.fileName(), draft.checksum(), draft.note()));
        LocalDate issued = draft.progress().isEmpty() ? null : firstIssueDate(store, plan.document().plan());
        for (ProgressEntry e : draft.progress()) {
            AssignedItem item = items.get(e.itemId());
            if (item == null) {
                throw new DomainException(Texts.get("reporting.itemNotAssigned", unit.name(), e.itemId()));
            }
            Optional<String> badDate = CompletionDates.problem(e.status(), e.completedOn(), draft.receivedDate(),
                    issued);
            if (badDate.isPresent()) {
                String content = item.item().content();
                throw new DomainException(Texts.get("reporting.badCompletionDate", unit.name(), item.number(),
                        content.length() <= 60 ? content : content.substring(0, 59) + "…", badDate.get()));
            }
            store.reporting().insertProgress(new TaskProgress(null, saved.id(), e.itemId(), e.status(),
                    blankToNull(e.resultText()), blankToNull(e.difficulties()), blankToNull(e.proposals()),
                    e.completedOn()));
        }
        for (ResultEntry e : draft.results()) {
            if (!indicators.contains(e.indicatorId())) {
                throw new DomainException(Texts.get("reporting.indicatorNotAssigned", unit.name(), e.indicatorId()));
            }
            store.reporting().insertResult(new IndicatorResult(null, saved.id(), e.indicatorId(), e.value(),
                    blankToNull(e.text()), blankToNull(e.note())));
        }
        if (draft.formVersion() != null) {
            store.reportingCycle().setSubmissionForm(saved.id(), draft.formVersion(), draft.planFingerprint());
        }
        return saved;
    }

    /**
     * The issue date of the first version of {@code plan} (null while none is issued): a completion date before it
     * is refused, but work done under the original plan may be reported under its revision.
     */
    public static LocalDate firstIssueDate(Store store, Plan plan) {
        LocalDate first = plan.status() == PlanStatus.DRAFT ? null : plan.issueDate();
        Plan p = plan;
        Set<Long> seen = new HashSet<>();
        while (p.revisesPlanId() != null && seen.add(p.revisesPlanId())) {
            Optional<Plan> before = store.plans().find(p.revisesPlanId());
            if (before.isEmpty()) {
                break;
            }
            p = before.get();
            if (p.status() != PlanStatus.DRAFT && p.issueDate() != null
                    && (first == null || p.issueDate().isBefore(first))) {
                first = p.issueDate();
            }
        }
        return first;
    }

    /** The evaluated results of a period: indicators against their targets, matrix rows with their status. */
    public PeriodResults results(long periodId) {
        return db.read(store -> {
            ReportingPeriod p = period(store, periodId);
            PlanAssignments plan = assignments(store, p.planId());
            List<SubmissionDetail> versions = store.reporting().submissions(periodId).stream()
                    .map(s -> detail(store, s)).toList();
            return new PeriodResultsBuilder(plan, p, versions, store.verdicts().current(periodId))
                    .withChecks(PeriodGuard.previousFigures(store, p), PeriodGuard.accepted(store, periodId))
                    .build(overview(store, plan, p), today());
        });
    }

    /** Whether a period is locked: its report was sent upward and it was not reopened since. */
    public PeriodLock lock(long periodId) {
        return db.read(store -> PeriodGuard.lock(store, period(store, periodId)));
    }

    /**
     * Reopens a sent period so its figures can be corrected, recording who, when and {@code reason} in its history;
     * the next sending locks it again. A period not locked, or a blank reason, is refused.
     */
    public PeriodLock reopen(long periodId, String reason) {
        return db.inTransaction(store -> {
            ReportingPeriod p = period(store, periodId);
            if (!PeriodGuard.lock(store, p).locked()) {
                throw new DomainException(Texts.get("periodlock.notLocked", PeriodNames.name(p)));
            }
            if (reason == null || reason.isBlank()) {
                throw new DomainException(Texts.get("periodlock.reasonRequired", PeriodNames.name(p)));
            }
            store.periodLocks().setReopened(periodId, true);
            store.periodLocks().addEvent(periodId, PeriodEvent.Kind.REOPENED, now(), null, reason.strip());
            return PeriodGuard.lock(store, p);
        });
    }

    /** The period's history (sent, reopened, figures accepted), oldest first. */
    public List<PeriodEvent> history(long periodId) {
        return db.read(store -> {
            period(store, periodId);
            return store.periodLocks().events(periodId);
        });
    }

    /**
     * Accepts a unit's stored figure for an indicator with the official's {@code note} (shown beside the figure and
     * recorded in the period's history); a locked period, a blank note or no figure is refused.
     */
    public void acceptFigure(long periodId, long unitId, long indicatorId, String note) {
        db.inTransaction(store -> {
            PeriodGuard.acceptStored(store, period(store, periodId), assignments(store, period(store, periodId)
                    .planId()), unitId, indicatorId, note, now());
            return null;
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }


    /**
     * Every period of the plan, in the order of {@link #periods}, with its evaluated results and status grid, read in
     * one transaction: the series the charts of Kết quả draw across periods.
     */
    public List<PeriodHistory> historyOfPlan(long planId) {
        return db.read(store -> {
            PlanAssignments plan = assignments(store, planId);
            LocalDate today = today();
            // The same periods as every list (nothing before the plan took effect), judged as Kết quả judges them.
            return PlanPeriods.inEffect(store.reporting().periods(planId), plan.document().plan()).stream()
                    .sorted(Comparator.comparing(ReportingPeriod::dueDate).thenComparing(ReportingPeriod::kind)
                            .thenComparing(ReportingPeriod::index))
                    .map(p -> {
                        // The period's submissions read once for its versions, its grid and its overview.
                        List<UnitSubmission> submissions = store.reporting().submissions(p.id());
                        List<SubmissionDetail> versions = submissions.stream().map(s -> detail(store, s)).toList();
                        List<UnitReportStatus> grid = PeriodStatuses.grid(plan, p, submissions, today);
                        PeriodResults results = new PeriodResultsBuilder(plan, p, versions,
                                store.verdicts().current(p.id()))
                                .withChecks(PeriodGuard.previousFigures(store, p), PeriodGuard.accepted(store, p.id()))
                                .build(PeriodStatuses.overview(p, grid, today), today);
                        return new PeriodHistory(results, grid);
                    }).toList();
        });
    }

    /** Every holiday, by date. */
    public List<Holiday> holidays() {
        return db.read(store -> store.reporting().holidays());
    }

    /**
     * Adds or renames a holiday; call {@link #generatePeriods} afterwards to move due dates. Returns the holiday
     * that day had before (absent: none), for undo.
     */
    public Optional<Holiday> saveHoliday(Holiday holiday) {
        return db.inTransaction(store -> {
            Optional<Holiday> before = holiday(store, holiday.date());
            store.reporting().saveHoliday(holiday);
            return before;
        });
    }

    /** Removes a holiday; returns it (absent: there was none that day), for undo. */
    public Optional<Holiday> deleteHoliday(LocalDate date) {
        return db.inTransaction(store -> {
            Optional<Holiday> before = holiday(store, date);
            store.reporting().deleteHoliday(date);
            return before;
        });
    }

    private static Optional<Holiday> holiday(Store store, LocalDate date) {
        return store.reporting().holidays().stream().filter(h -> h.date().equals(date)).findFirst();
    }

    /** Who reports on what in a plan, read in the caller's transaction. */
    public static PlanAssignments assignments(Store store, long planId) {
        Map<Long, Unit> units = store.units().everyScope().stream().collect(Collectors.toMap(Unit::id, u -> u));
        return new PlanAssignments(store.documents().load(planId), store.reportingCycle().assignments(planId), units);
    }

    /** A period, or a Vietnamese "not found". */
    public static ReportingPeriod period(Store store, long periodId) {
        return store.reporting().period(periodId)
                .orElseThrow(() -> new DomainException(Texts.get("reporting.periodNotFound", periodId)));
    }

    private PeriodOverview overview(Store store, PlanAssignments plan, ReportingPeriod p) {
        return PeriodStatuses.overview(p, grid(store, plan, p), today());
    }

    private List<UnitReportStatus> grid(Store store, PlanAssignments plan, ReportingPeriod p) {
        return PeriodStatuses.grid(plan, p, store.reporting().submissions(p.id()), today());
    }

    private static SubmissionDetail detail(Store store, UnitSubmission s) {
        return new SubmissionDetail(s, store.reporting().progress(s.id()), store.reporting().results(s.id()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
