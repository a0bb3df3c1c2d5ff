package vn.kehoachxa.persistence;

import org.jooq.DSLContext;

/** The repositories bound to one transaction; handed out by {@link Database#inTransaction}. */
public final class Store {
    private final DSLContext dsl;

    Store(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Plans, their basis documents and recipients. */
    public PlanRepository plans() {
        return new PlanRepository(dsl);
    }

    /** Whole plan documents at once (import, export, copy). */
    public PlanDocumentRepository documents() {
        return new PlanDocumentRepository(dsl);
    }

    /** The outline tree. */
    public SectionRepository sections() {
        return new SectionRepository(dsl);
    }

    /** The office's units (the list Đơn vị; a demo plan's own units are not among them). */
    public UnitRepository units() {
        return new UnitRepository(dsl);
    }

    /** The units the rows of plan {@code planId} name: the office's, or a demo plan's own (decision 0036). */
    public UnitRepository unitsOf(long planId) {
        return UnitRepository.forPlan(dsl, planId);
    }

    /** Indicators, their targets and groups. */
    public IndicatorRepository indicators() {
        return new IndicatorRepository(dsl, assignees());
    }

    /** Rows of the two assignment matrices and their groups. */
    public AssignmentRepository assignments() {
        return new AssignmentRepository(dsl, assignees());
    }

    /** The commune profile. */
    public CommuneRepository commune() {
        return new CommuneRepository(dsl);
    }

    /** Periods, submissions, progress and results. */
    public ReportingRepository reporting() {
        return new ReportingRepository(dsl);
    }

    /** A plan's reporting records without database ids, for plan files. */
    public ReportingDataRepository reportingData() {
        return new ReportingDataRepository(dsl);
    }

    /** Assignments by unit, form versions, reminders and holiday seeding of the reporting cycle. */
    public ReportingCycleRepository reportingCycle() {
        return new ReportingCycleRepository(dsl);
    }

    /** The commune's periodic reports and what was sent upward. */
    public PeriodReportRepository periodReports() {
        return new PeriodReportRepository(dsl);
    }

    /** Manual verdicts on qualitative targets, with their history. */
    public VerdictRepository verdicts() {
        return new VerdictRepository(dsl);
    }

    /** Period locks, their history, and flagged figures accepted with a note. */
    public PeriodLockRepository periodLocks() {
        return new PeriodLockRepository(dsl);
    }

    /** Deletes of indicators, matrix rows and groups that can be restored with the same ids. */
    public Removals removals() {
        return new Removals(dsl);
    }

    /** Deleting and merging units so that undo brings back the same ids and references. */
    public UnitRemovals unitRemovals() {
        return new UnitRemovals(dsl);
    }

    /** Which plan a part belongs to, issue records, revisions and moving periods between versions. */
    public PlanVersionRepository versions() {
        return new PlanVersionRepository(dsl);
    }

    /** Every prose field of a plan, read and rewritten together (the accent-consistency check). */
    public PlanTextRepository planTexts() {
        return new PlanTextRepository(dsl);
    }

    /** The signed originals (bản gốc ký số) of plans and period reports. */
    public SignedOriginalRepository signedOriginals() {
        return new SignedOriginalRepository(dsl);
    }

    AssigneeRepository assignees() {
        return new AssigneeRepository(dsl, units());
    }
}
