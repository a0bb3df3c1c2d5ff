package vn.kehoachxa.testsupport;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Direction;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;

/**
 * Three quarters of 2026 reported, as of 5/10/2026 (the fourth quarter has begun, not yet due). Indicators:
 * ML-01 vaccination (%), target ≥ 94 in 2026, reported by two units (Trạm Y tế, Công an xã); ML-02 doctors, target
 * 4–6 (2027, in force in 2026), by Phòng Văn hoá - Xã hội; ML-03 health books, qualitative "toàn dân".
 *
 * <pre>
 *              Quý I          Quý II          Quý III
 * Trạm Y tế    93,5 on time   94,8 on time    96,1 on time
 * Công an xã   90   on time   91,2 late       —    missing
 * Phòng VH-XH  2    late      —    missing    3    on time
 * </pre>
 */
public final class ReportedQuarters {
    /** "Today" of the fixture's reporting service. */
    public static final LocalDate TODAY = LocalDate.of(2026, 10, 5);

    public final Database db;
    public final ReportingService reporting;
    public final long planId;
    public final Unit culture;
    public final Unit station;
    public final Unit police;
    public final List<PeriodOverview> quarters;

    /** Stores the plan and its reports in a database under {@code dir}. */
    public ReportedQuarters(Path dir) {
        db = Database.open(dir);
        new CommuneService(db).save(new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La",
                "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", null, "Mường La", List.of(), List.of()));
        reporting = new ReportingService(db, Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault())
                .toInstant(), ZoneId.systemDefault()));
        planId = new PlanService(db).create(plan());
        quarters = reporting.generatePeriods(planId).stream()
                .filter(p -> p.period().kind() == PeriodKind.QUARTER && p.period().year() == 2026).toList();
        List<Unit> units = reporting.reportingUnits(planId);
        culture = named(units, "Phòng Văn hoá - Xã hội");
        station = named(units, "Trạm Y tế");
        police = named(units, "Công an xã");
        PlanDocument doc = new PlanService(db).load(planId);
        long ml01 = doc.indicators().get(0).id();
        long ml02 = doc.indicators().get(1).id();
        long ml03 = doc.indicators().get(2).id();
        report(0, station, 0, List.of(value(ml01, "93.5"), new ResultEntry(ml03, null,
                "Đã lập sổ sức khỏe điện tử cho 85% dân", null)));
        report(0, police, 0, List.of(value(ml01, "90")));
        report(0, culture, 4, List.of(value(ml02, "2")));
        report(1, station, 0, List.of(value(ml01, "94.8")));
        report(1, police, 3, List.of(value(ml01, "91.2")));
        report(2, station, 0, List.of(value(ml01, "96.1")));
        report(2, culture, 0, List.of(value(ml02, "3")));
    }

    private void report(int quarter, Unit unit, int daysLate, List<ResultEntry> results) {
        PeriodOverview p = quarters.get(quarter);
        LocalDate received = daysLate == 0 ? p.period().dueDate().minusDays(2) : p.period().dueDate()
                .plusDays(daysLate);
        reporting.submit(SubmissionDraft.byHand(p.period().id(), unit.id(), received, SubmissionSource.MANUAL, null,
                List.of(), new ArrayList<>(results)));
    }

    private static ResultEntry value(long indicatorId, String value) {
        return new ResultEntry(indicatorId, new BigDecimal(value), null, null);
    }

    private static Unit named(List<Unit> units, String name) {
        return units.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    /** Mường La's test plan, issued 5/1/2026, with the three indicators above. */
    static PlanDocument plan() {
        PlanDocument base = TestPlans.muongLa();
        Plan p = base.plan();
        Plan issued = new Plan(p.id(), p.family(), p.type(), "12", p.symbol(), LocalDate.of(2026, 1, 5), p.place(),
                p.summary(), p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(),
                p.signer(), p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(),
                p.reportingRule());
        IndicatorGroup indicators = new IndicatorGroup(null, null, null, List.of(
                new Indicator(null, "ML-01", "1", "Tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi", "%",
                        new BigDecimal("93"), 2025, List.of(
                        new IndicatorTarget(2026, TargetKind.NUMERIC, Comparator.GE, new BigDecimal("94"), null,
                                null, "≥ 94"),
                        new IndicatorTarget(2030, TargetKind.NUMERIC, Comparator.GT, new BigDecimal("95"), null,
                                null, "> 95")), null, Direction.HIGHER_IS_BETTER,
                        List.of(Assignee.unit("Trạm Y tế"), Assignee.unit("Công an xã")), List.of(), null),
                new Indicator(null, "ML-02", "2", "Số bác sĩ của trạm y tế xã", "bác sĩ", null, null, List.of(
                        new IndicatorTarget(2027, TargetKind.RANGE, null, new BigDecimal("4"), new BigDecimal("6"),
                                null, "4–6")), null, Direction.HIGHER_IS_BETTER,
                        List.of(Assignee.unit("Phòng Văn hoá - Xã hội")), List.of(), null),
                new Indicator(null, "ML-03", "3", "Người dân có sổ sức khỏe điện tử", "%", null, null, List.of(
                        new IndicatorTarget(2026, TargetKind.QUALITATIVE, null, null, null, "toàn dân",
                                "toàn dân")), null, Direction.HIGHER_IS_BETTER,
                        List.of(Assignee.unit("Trạm Y tế")), List.of(), null)));
        return new PlanDocument(issued, base.basisDocuments(), base.sections(), base.recipients(), base.units(),
                List.of(indicators), base.targetGroups(), base.taskGroups(), base.appendices());
    }
}
