package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.BASIS_DOCUMENT;
import static vn.kehoachxa.persistence.jooq.Tables.PLAN;
import static vn.kehoachxa.persistence.jooq.Tables.PLAN_APPENDIX;
import static vn.kehoachxa.persistence.jooq.Tables.RECIPIENT;
import static vn.kehoachxa.persistence.jooq.Tables.UNIT;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.IssuerLevel;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanIdentity;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.domain.plan.TypeNames;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.WeekendPolicy;
import vn.kehoachxa.persistence.jooq.tables.records.PlanRecord;

/** Plans (the plan row itself), their basis documents and recipients. */
public final class PlanRepository {
    private final DSLContext dsl;

    PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts a new plan and returns it with its id. The plan keeps the global id it brings (a plan file imported as
     * the same plan) unless it has none or another plan has it (a copy, a revision, a file imported as a new draft):
     * then it gets a fresh one. Identity is written here only; an edit of the plan's fields never changes it.
     */
    public Plan insert(Plan given) {
        PlanIdentity identity = given.identity();
        if (identity.globalId() == null || findByGlobalId(identity.globalId()).isPresent()) {
            identity = identity.withGlobalId(PlanIdentity.newGlobalId());
        }
        Plan plan = given.withIdentity(identity);
        PlanRecord rec = dsl.newRecord(PLAN);
        fill(rec, plan);
        rec.setGlobalId(identity.globalId()).setCommuneCode(identity.communeCode()).setProvince(identity.province())
                .setDemo(identity.demo());
        YearMonth first = plan.reportingRule().firstPeriodMonth();
        // Only here and in setFirstPeriodMonth: an edit of the plan's text must not undo the official's pick.
        rec.setReportFirstMonth(first == null ? null : first.atDay(1));
        rec.setCreatedAt(Audit.now());
        rec.store();
        return plan.withId(rec.getId());
    }

    /** Saves the plan's own fields. */
    public void update(Plan plan) {
        PlanRecord rec = dsl.fetchOptional(PLAN, PLAN.ID.eq(plan.id()))
                .orElseThrow(() -> notFound(plan.id()));
        fill(rec, plan);
        rec.store();
    }

    /** Sets the month of the plan's first reporting period (null: the period of its issue date). */
    public void setFirstPeriodMonth(long planId, YearMonth month) {
        int n = dsl.update(PLAN).set(PLAN.REPORT_FIRST_MONTH, month == null ? null : month.atDay(1))
                .set(PLAN.UPDATED_AT, Audit.now()).set(PLAN.UPDATED_BY, Audit.user())
                .where(PLAN.ID.eq(planId)).execute();
        if (n == 0) {
            throw notFound(planId);
        }
    }

    /** The plan with this id. */
    public Optional<Plan> find(long id) {
        return dsl.fetchOptional(PLAN, PLAN.ID.eq(id)).map(PlanRepository::toPlan);
    }

    /** The plan with this id, or a domain error when it is gone. */
    public Plan get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** The id of the plan with this global id (the same plan, imported again). */
    public Optional<Long> findByGlobalId(String globalId) {
        return dsl.select(PLAN.ID).from(PLAN).where(PLAN.GLOBAL_ID.eq(globalId)).fetchOptional(PLAN.ID);
    }

    /** Every plan, newest implementation period first, then by id. */
    public List<PlanSummary> list() {
        return dsl.selectFrom(PLAN).orderBy(PLAN.START_YEAR.desc(), PLAN.ID).fetch(rec -> {
            Plan p = toPlan(rec);
            return new PlanSummary(p.id(), p.family(), p.numberAndSymbol(), p.communeName(), p.summary(),
                    p.issueDate(), p.status(), p.startYear(), p.endYear(), TypeNames.inWords(p), p.identity().demo());
        });
    }

    /** Plans of the same commune with the same number and symbol (a clash on import). */
    public List<Long> findSameNumber(String communeName, String number, String symbol) {
        if (number == null || number.isBlank()) {
            return List.of();
        }
        return dsl.select(PLAN.ID).from(PLAN)
                .where(PLAN.COMMUNE_NAME.eq(communeName), PLAN.NUMBER.eq(number), PLAN.SYMBOL.eq(symbol))
                .orderBy(PLAN.ID).fetch(PLAN.ID);
    }

    /** Plans of this type and symbol, by id: the only ones whose content can equal a plan with these. */
    public List<Long> findSameTypeAndSymbol(DocumentType type, String symbol) {
        return dsl.select(PLAN.ID).from(PLAN).where(PLAN.DOC_TYPE.eq(type.name()), PLAN.SYMBOL.eq(symbol))
                .orderBy(PLAN.ID).fetch(PLAN.ID);
    }

    /**
     * Deletes the plan and, by cascade, everything it holds; a demo plan's own units go after it (the rows naming
     * them went first, by cascade).
     */
    public void delete(long id) {
        if (dsl.deleteFrom(PLAN).where(PLAN.ID.eq(id)).execute() == 0) {
            throw notFound(id);
        }
        dsl.deleteFrom(UNIT).where(UNIT.DEMO_PLAN_ID.eq(id)).execute();
    }

    /** The basis documents in order. */
    public List<String> basisDocuments(long planId) {
        return dsl.select(BASIS_DOCUMENT.CITATION).from(BASIS_DOCUMENT).where(BASIS_DOCUMENT.PLAN_ID.eq(planId))
                .orderBy(BASIS_DOCUMENT.POSITION).fetch(BASIS_DOCUMENT.CITATION);
    }

    /** Replaces the basis documents with this ordered list. */
    public void replaceBasisDocuments(long planId, List<String> citations) {
        dsl.deleteFrom(BASIS_DOCUMENT).where(BASIS_DOCUMENT.PLAN_ID.eq(planId)).execute();
        int position = 1;
        for (String citation : citations) {
            dsl.insertInto(BASIS_DOCUMENT).set(BASIS_DOCUMENT.PLAN_ID, planId)
                    .set(BASIS_DOCUMENT.POSITION, position++).set(BASIS_DOCUMENT.CITATION, citation)
                    .set(BASIS_DOCUMENT.UPDATED_BY, Audit.user()).execute();
        }
    }

    /** The recipients (nơi nhận) in order. */
    public List<Recipient> recipients(long planId) {
        return dsl.selectFrom(RECIPIENT).where(RECIPIENT.PLAN_ID.eq(planId)).orderBy(RECIPIENT.POSITION)
                .fetch(r -> new Recipient(r.getName(), r.getNote()));
    }

    /** Replaces the recipients with this ordered list. */
    public void replaceRecipients(long planId, List<Recipient> recipients) {
        dsl.deleteFrom(RECIPIENT).where(RECIPIENT.PLAN_ID.eq(planId)).execute();
        int position = 1;
        for (Recipient r : recipients) {
            dsl.insertInto(RECIPIENT).set(RECIPIENT.PLAN_ID, planId).set(RECIPIENT.POSITION, position++)
                    .set(RECIPIENT.NAME, r.name()).set(RECIPIENT.NOTE, r.note())
                    .set(RECIPIENT.UPDATED_BY, Audit.user()).execute();
        }
    }

    /** The appendix print settings the plan has set (tables without settings print the usual way). */
    public List<Appendix> appendices(long planId) {
        return dsl.selectFrom(PLAN_APPENDIX).where(PLAN_APPENDIX.PLAN_ID.eq(planId)).orderBy(PLAN_APPENDIX.TABLE_KIND)
                .fetch(r -> new Appendix(TableKind.valueOf(r.getTableKind()), r.getPrinted(), r.getTitle(),
                        r.getContentHeading()))
                .stream().sorted(Comparator.comparing(Appendix::table)).toList();
    }

    /** Replaces the appendix print settings. */
    public void replaceAppendices(long planId, List<Appendix> appendices) {
        dsl.deleteFrom(PLAN_APPENDIX).where(PLAN_APPENDIX.PLAN_ID.eq(planId)).execute();
        for (Appendix a : appendices) {
            dsl.insertInto(PLAN_APPENDIX).set(PLAN_APPENDIX.PLAN_ID, planId)
                    .set(PLAN_APPENDIX.TABLE_KIND, a.table().name()).set(PLAN_APPENDIX.PRINTED, a.printed())
                    .set(PLAN_APPENDIX.TITLE, a.title()).set(PLAN_APPENDIX.CONTENT_HEADING, a.contentHeading())
                    .set(PLAN_APPENDIX.UPDATED_BY, Audit.user()).execute();
        }
    }

    static DomainException notFound(Long id) {
        return new DomainException(Texts.get("plan.notFound", String.valueOf(id)));
    }

    private static void fill(PlanRecord rec, Plan p) {
        ReportingRule rule = p.reportingRule();
        rec.setFamily(p.family().name()).setDocType(p.type().name()).setNumber(blankToNull(p.number()))
                .setSymbol(p.symbol()).setIssueDate(p.issueDate()).setPlace(p.place()).setSummary(p.summary())
                .setCommuneName(p.communeName()).setSuperiorBody(blankToNull(p.superiorBody()))
                .setIssuingBody(p.issuingBody()).setOpeningText(p.openingText()).setClosingText(p.closingText())
                .setSignerAuthority(p.signer().authority()).setSignerDeputyMark(p.signer().deputyMark())
                .setSignerTitle(p.signer().title()).setSignerName(p.signer().name())
                .setStartYear(p.startYear()).setEndYear(p.endYear()).setVisionYear(p.visionYear())
                .setStatus(p.status().name()).setRevisesPlanId(p.revisesPlanId())
                .setReportQuarterly(rule.quarterly()).setReportHalfYear(rule.halfYear())
                .setReportNineMonth(rule.nineMonth()).setReportYearly(rule.yearly())
                .setReportDeadlineDay(rule.deadlineDay()).setReportDayCounts(rule.dayCounts())
                .setReportWeekendPolicy(rule.weekendPolicy().name()).setReportYearlyMonth(rule.yearlyMonth())
                .setReportYearlyDay(rule.yearlyDay()).setReportRuleText(rule.originalText())
                .setTypeName(blankToNull(p.typeName())).setIssuerLevel(p.issuerLevel().name())
                .setUpdatedAt(Audit.now()).setUpdatedBy(Audit.user());
        rec.setPartyRules(p.partyRules().name());
    }

    static Plan toPlan(PlanRecord r) {
        ReportingRule rule = new ReportingRule(r.getReportQuarterly(), r.getReportHalfYear(),
                r.getReportNineMonth(), r.getReportYearly(), r.getReportDeadlineDay(), r.getReportDayCounts(),
                WeekendPolicy.valueOf(r.getReportWeekendPolicy()), r.getReportYearlyMonth(), r.getReportYearlyDay(),
                r.getReportRuleText(), r.getReportFirstMonth() == null ? null
                        : YearMonth.from(r.getReportFirstMonth()));
        Signer signer = new Signer(r.getSignerAuthority(), r.getSignerDeputyMark(), r.getSignerTitle(),
                r.getSignerName());
        return new Plan(r.getId(), DocumentFamily.valueOf(r.getFamily()), DocumentType.valueOf(r.getDocType()),
                r.getNumber(), r.getSymbol(), r.getIssueDate(), r.getPlace(), r.getSummary(), r.getCommuneName(),
                r.getSuperiorBody(), r.getIssuingBody(), r.getOpeningText(), r.getClosingText(), signer,
                r.getStartYear(), r.getEndYear(), r.getVisionYear(), PlanStatus.valueOf(r.getStatus()),
                r.getRevisesPlanId(), rule, r.getTypeName(), IssuerLevel.valueOf(r.getIssuerLevel()),
                PartyRules.valueOf(r.getPartyRules()),
                new PlanIdentity(r.getGlobalId(), r.getCommuneCode(), r.getProvince(), r.getDemo()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
