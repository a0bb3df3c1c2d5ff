package vn.kehoachxa.service.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kehoachxa.domain.plan.AssigneeRole;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineText;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.FigureChecks;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.ManualVerdict;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.ReportedProgress;
import vn.kehoachxa.domain.reporting.ReportingCalendar;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.TargetEvaluator;
import vn.kehoachxa.domain.reporting.TargetJudgement;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.domain.reporting.TaskStatusRule;

/**
 * Evaluates a period from its stored reports (đánh giá kết quả kỳ báo cáo): per indicator the target in force,
 * each unit's latest figure and the lead unit's figure judged; per matrix row the official status.
 *
 * <p>A unit's latest word on a row or an indicator is taken from its newest version that mentions it. A task counts
 * as done on the actual completion date its lead unit gave in its latest version, else on the date of the earliest
 * version since which it has reported it DONE without a break. A
 * period not yet due is judged as of today; a past one as of the later of its due date and its last report, so
 * looking back at 2026 in 2028 does not make a 2027 deadline overdue in it. A deadline that recurs is judged by its
 * due date in the period (31/12 of the period's year for "tháng 12 hằng năm", the quarter's end for "hằng quý"); a
 * task whose deadline names no date is "không xác định được hạn" until done.
 */
public final class PeriodResultsBuilder {
    private final PlanAssignments plan;
    private final ReportingPeriod period;
    private final List<SubmissionDetail> versions;
    private final Map<Long, ManualVerdict> verdicts;
    private Map<Long, Map<Long, BigDecimal>> previous = Map.of();
    private Map<Long, Map<Long, AcceptedFigure>> accepted = Map.of();

    /** Builds from every version of every submission of {@code period}, with no manual verdicts. */
    public PeriodResultsBuilder(PlanAssignments plan, ReportingPeriod period, List<SubmissionDetail> versions) {
        this(plan, period, versions, Map.of());
    }

    /**
     * Builds from every version of every submission of {@code period} and the manual verdicts in force on its
     * qualitative targets, by indicator id.
     */
    public PeriodResultsBuilder(PlanAssignments plan, ReportingPeriod period, List<SubmissionDetail> versions,
                                Map<Long, ManualVerdict> verdicts) {
        this.verdicts = Map.copyOf(verdicts);
        this.plan = plan;
        this.period = period;
        this.versions = versions.stream()
                .sorted(Comparator.comparingInt((SubmissionDetail s) -> s.submission().version())).toList();
    }

    /**
     * Checks each unit's figure (domain.reporting.FigureChecks) against {@code previousFigures} (unit id → indicator
     * id → the unit's figure in the previous period) and marks those in {@code acceptedFigures} accepted.
     */
    public PeriodResultsBuilder withChecks(Map<Long, Map<Long, BigDecimal>> previousFigures,
                                           Map<Long, Map<Long, AcceptedFigure>> acceptedFigures) {
        this.previous = Map.copyOf(previousFigures);
        this.accepted = Map.copyOf(acceptedFigures);
        return this;
    }

    /** The evaluated results as of {@code today}. */
    public PeriodResults build(PeriodOverview overview, LocalDate today) {
        LocalDate asOf = today;
        if (today.isAfter(period.dueDate())) {
            asOf = versions.stream().map(s -> s.submission().receivedDate()).max(LocalDate::compareTo)
                    .filter(d -> d.isAfter(period.dueDate())).orElse(period.dueDate());
        }
        List<IndicatorEvaluation> indicators = new ArrayList<>();
        for (Indicator indicator : plan.document().indicators()) {
            indicators.add(indicator(indicator));
        }
        List<TaskEvaluation> tasks = new ArrayList<>();
        for (AssignedItem item : plan.allItems()) {
            tasks.add(task(item, asOf));
        }
        return new PeriodResults(overview, indicators, tasks);
    }

    private IndicatorEvaluation indicator(Indicator indicator) {
        IndicatorTarget target = PlanAssignments.targetInForce(indicator, period.year());
        List<Long> leads = plan.leadsOfIndicator(indicator.id());
        Map<Long, UnitResult> latest = new HashMap<>();
        for (SubmissionDetail s : versions) {
            for (IndicatorResult r : s.results()) {
                if (r.indicatorId() == indicator.id()) {
                    long unitId = s.submission().unitId();
                    BigDecimal before = previous.getOrDefault(unitId, Map.of()).get(indicator.id());
                    AcceptedFigure ok = accepted.getOrDefault(unitId, Map.of()).get(indicator.id());
                    latest.put(unitId, new UnitResult(unit(unitId), leads.contains(unitId), s.submission().version(),
                            s.submission().receivedDate(), r.value(), r.text(), r.note(), before,
                            FigureChecks.check(indicator.unitOfMeasure(), r.value(), before),
                            ok != null && ok.covers(r.value()) ? ok.note() : null));
                }
            }
        }
        List<UnitResult> results = latest.values().stream()
                .sorted(Comparator.comparing((UnitResult r) -> !r.lead()).thenComparing(r -> r.unit().name()))
                .toList();
        BigDecimal consolidated = null;
        String from = null;
        for (Long lead : leads) {
            UnitResult r = latest.get(lead);
            if (r != null && r.value() != null) {
                consolidated = r.value();
                from = r.unit().name();
                break;
            }
        }
        ManualVerdict verdict = target != null && target.kind() == TargetKind.QUALITATIVE
                ? verdicts.get(indicator.id()) : null;
        TargetJudgement j = TargetEvaluator.judge(target, indicator, consolidated, verdict);
        return new IndicatorEvaluation(indicator, target, results, consolidated, from, j.evaluation(), j.detail(),
                j.hint(), verdict);
    }

    private TaskEvaluation task(AssignedItem item, LocalDate asOf) {
        long itemId = item.item().id();
        Deadline deadline = item.item().deadline();
        boolean undatable = deadline == null || deadline.kind().undatable();
        Optional<LocalDate> due = undatable ? Optional.empty() : DeadlineText.dueDateInPeriod(deadline,
                YearMonth.of(period.year(), ReportingCalendar.lastMonth(period.kind(), period.index())));
        Map<Long, UnitProgress> latest = new HashMap<>();
        Map<Long, LocalDate> doneSince = new HashMap<>();
        for (SubmissionDetail s : versions) {
            for (TaskProgress p : s.progress()) {
                if (p.itemId() != itemId) {
                    continue;
                }
                long unitId = s.submission().unitId();
                AssigneeRole role = plan.roleOn(itemId, unitId);
                latest.put(unitId, new UnitProgress(unit(unitId), role, s.submission().version(),
                        s.submission().receivedDate(), p.status(), p.resultText(), p.difficulties(), p.proposals(),
                        p.completedOn()));
                if (p.status() == ProgressStatus.DONE) {
                    doneSince.putIfAbsent(unitId, s.submission().receivedDate());
                } else {
                    doneSince.remove(unitId);
                }
            }
        }
        List<ReportedProgress> leadReports = new ArrayList<>();
        for (Long lead : plan.leadsOfItem(itemId)) {
            UnitProgress p = latest.get(lead);
            if (p != null) {
                LocalDate on = p.status() == ProgressStatus.DONE ? doneSince.get(lead) : p.receivedDate();
                // The completion date of the unit's latest version wins: a corrected form may fix the date.
                leadReports.add(new ReportedProgress(p.status(), on, p.completedOn()));
            }
        }
        TaskStatus status = undatable ? TaskStatusRule.deriveUndatable(leadReports, asOf)
                : TaskStatusRule.derive(due, leadReports, asOf);
        LocalDate doneOn = null;
        if (status == TaskStatus.HOAN_THANH_DUNG_HAN || status == TaskStatus.HOAN_THANH_QUA_HAN) {
            doneOn = leadReports.stream().filter(r -> !r.reportedOn().isAfter(asOf)).map(ReportedProgress::doneOn)
                    .max(LocalDate::compareTo).orElse(null);
        }
        List<UnitProgress> reports = latest.values().stream()
                .sorted(Comparator.comparing((UnitProgress p) -> p.role() != AssigneeRole.LEAD)
                        .thenComparing(p -> p.unit().name())).toList();
        return new TaskEvaluation(item, due.orElse(null), status, reports, doneOn);
    }

    private Unit unit(long unitId) {
        Unit u = plan.unit(unitId);
        return u != null ? u : new Unit(unitId, "#" + unitId, null, null, null, false);
    }
}
