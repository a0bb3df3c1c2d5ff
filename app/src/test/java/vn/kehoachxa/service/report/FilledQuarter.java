package vn.kehoachxa.service.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.commune.UpwardRecipient;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.reporting.AssignedIndicator;
import vn.kehoachxa.service.reporting.AssignedItem;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.ProgressEntry;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.service.reporting.UnitAssignments;

/**
 * The Mường La sample stored as Kế hoạch số 12/KH-UBND with quarterly reporting, its first quarter of 2026 filled by
 * hand: every unit but the last reports (the second one three days late) with real figures and result texts.
 */
public final class FilledQuarter {
    /** Figures by indicator code: vaccination 96,5 % (> 95: Đạt), life expectancy 74,2 (≥ 75: Chưa đạt). */
    static final Map<String, BigDecimal> FIGURES = Map.of("ML-01", new BigDecimal("1.2"),
            "ML-02", new BigDecimal("74.2"), "ML-03", new BigDecimal("68"), "ML-04", new BigDecimal("96.5"));
    static final String SO_Y_TE = "soyte@sonla.gov.vn";
    static final String VP_UBND = "vanphong@sonla.gov.vn";
    /** The commune's administrative code in the profile: the upward package identifies the commune by it. */
    public static final String ADMIN_CODE = "14290";

    public final Database db;
    public final Clock clock;
    public final long planId;
    public final PeriodOverview quarter;
    public final List<Unit> units;
    /** The unit that reported late, and the one that did not report. */
    public final Unit late;
    public final Unit missing;

    /** Stores and fills the quarter in a database under {@code dir/db}. */
    public FilledQuarter(Path dir) {
        db = Database.open(dir.resolve("db"));
        clock = Clock.fixed(LocalDate.of(2026, 3, 30).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        PlanService plans = new PlanService(db);
        planId = plans.create(PlanFiles.readBundledSample("muong-la"));
        Plan p = plans.load(planId).plan();
        plans.update(new Plan(p.id(), p.family(), p.type(), "12", p.symbol(), LocalDate.of(2026, 1, 5), p.place(),
                p.summary(), p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(),
                p.signer(), p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(),
                ReportingRule.standard()));
        new CommuneService(db).save(new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La",
                "Ủy ban nhân dân xã Mường La", "Đảng ủy xã Mường La", "Mường La", List.of(), List.of(
                new UpwardRecipient("Sở Y tế tỉnh Sơn La", SO_Y_TE),
                new UpwardRecipient("Văn phòng UBND tỉnh Sơn La", VP_UBND)), ADMIN_CODE));
        ReportingService reporting = new ReportingService(db, clock);
        quarter = reporting.generatePeriods(planId).stream()
                .filter(o -> o.period().kind() == PeriodKind.QUARTER && o.period().year() == 2026
                        && o.period().index() == 1).findFirst().orElseThrow();
        units = reporting.reportingUnits(planId);
        late = units.get(1);
        missing = units.getLast();
        LocalDate due = quarter.period().dueDate();
        for (Unit unit : units) {
            if (unit.equals(missing)) {
                continue;
            }
            UnitAssignments mine = reporting.unitAssignments(quarter.period().id(), unit.id());
            List<ProgressEntry> progress = new ArrayList<>();
            int n = 0;
            for (AssignedItem item : mine.items()) {
                n++;
                progress.add(new ProgressEntry(item.item().id(), n % 3 == 0 ? ProgressStatus.DONE
                        : ProgressStatus.IN_PROGRESS, resultText(unit, item), n == 1 ? difficulty(unit) : null,
                        n == 1 ? proposal(unit) : null));
            }
            List<ResultEntry> results = new ArrayList<>();
            for (AssignedIndicator i : mine.indicators()) {
                BigDecimal figure = FIGURES.get(i.indicator().code());
                if (figure != null) {
                    results.add(new ResultEntry(i.indicator().id(), figure, null, null));
                }
            }
            LocalDate received = unit.equals(late) ? due.plusDays(3) : due.minusDays(2);
            reporting.submit(SubmissionDraft.byHand(quarter.period().id(), unit.id(), received,
                    SubmissionSource.MANUAL, null, progress, results));
        }
    }

    static String resultText(Unit unit, AssignedItem item) {
        return "Đã triển khai nội dung số " + item.item().id() + " tại 12 bản, tiểu khu (" + unit.name() + ")";
    }

    static String difficulty(Unit unit) {
        return "Thiếu kinh phí tuyên truyền ở " + unit.name();
    }

    static String proposal(Unit unit) {
        return "Đề nghị tỉnh hỗ trợ trang thiết bị cho " + unit.name();
    }
}
