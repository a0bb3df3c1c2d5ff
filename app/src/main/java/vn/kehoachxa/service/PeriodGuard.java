package vn.kehoachxa.service;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.FigureChecks;
import vn.kehoachxa.domain.reporting.FigureFlag;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.PeriodEvent;
import vn.kehoachxa.domain.reporting.PeriodLock;
import vn.kehoachxa.domain.reporting.PeriodNames;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.domain.text.VietnameseNumbers;
import vn.kehoachxa.persistence.Store;
import vn.kehoachxa.service.reporting.AcceptedFigure;
import vn.kehoachxa.service.reporting.PlanAssignments;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;

/**
 * What every change of a period's figures passes through, inside the caller's transaction: the period lock (a sent
 * period refuses changes) and the checks on figures (a figure out of range needs the official's note, which is then
 * stored and put in the period's history). Form import, paper reports and corrections all store through
 * {@link ReportingService#store}, so the command line and every screen obey the same rule.
 */
final class PeriodGuard {
    private PeriodGuard() {
    }

    /** The lock state of {@code p}. */
    static PeriodLock lock(Store store, ReportingPeriod p) {
        return store.periodLocks().lock(p.id()).orElseThrow();
    }

    /** Refuses when {@code p} is locked, saying when it was sent and how to reopen it. */
    static void refuseIfLocked(Store store, ReportingPeriod p) {
        lock(store, p).refuseChangesTo(PeriodNames.name(p));
    }

    /** The period of the same kind just before {@code p} (quý IV/2026 before quý I/2027), if the plan has it. */
    static Optional<ReportingPeriod> previous(Store store, ReportingPeriod p) {
        Comparator<ReportingPeriod> order = Comparator.comparingInt(ReportingPeriod::year)
                .thenComparingInt(ReportingPeriod::index);
        return store.reporting().periods(p.planId()).stream().filter(o -> o.kind() == p.kind())
                .filter(o -> order.compare(o, p) < 0).max(order);
    }

    /** Each unit's latest figure per indicator in the period before {@code p}: unit id → indicator id → figure. */
    static Map<Long, Map<Long, BigDecimal>> previousFigures(Store store, ReportingPeriod p) {
        return previousFigures(store, p, null);
    }

    /**
     * {@link #previousFigures(Store, ReportingPeriod)} of one unit only ({@code onlyUnit}; all units when null): a
     * form's import reads the figures of its own unit, so its cost does not grow with the number of units.
     */
    static Map<Long, Map<Long, BigDecimal>> previousFigures(Store store, ReportingPeriod p, Long onlyUnit) {
        Map<Long, Map<Long, BigDecimal>> out = new HashMap<>();
        previous(store, p).ifPresent(before -> (onlyUnit == null ? store.reporting().submissions(before.id())
                : store.reporting().submissions(before.id(), onlyUnit)).stream()
                .sorted(Comparator.comparingInt(UnitSubmission::version)).forEach(s -> {
                    for (IndicatorResult r : store.reporting().results(s.id())) {
                        if (r.value() != null) {
                            out.computeIfAbsent(s.unitId(), u -> new HashMap<>()).put(r.indicatorId(), r.value());
                        }
                    }
                }));
        return out;
    }

    /** The figures accepted with a note in {@code periodId}: unit id → indicator id → acceptance. */
    static Map<Long, Map<Long, AcceptedFigure>> accepted(Store store, long periodId) {
        Map<Long, Map<Long, AcceptedFigure>> out = new HashMap<>();
        store.periodLocks().acceptances(periodId).forEach(a -> out.computeIfAbsent(a.unitId(), u -> new HashMap<>())
                .put(a.indicatorId(), new AcceptedFigure(a.value(), a.note())));
        return out;
    }

    /**
     * Checks every figure of {@code draft}: one out of range with neither a note in the draft nor an earlier
     * acceptance of the same figure is refused (all of them named at once); every flagged figure the draft gives a
     * note for is accepted, stored and recorded in the period's history at {@code now}.
     */
    static void checkFigures(Store store, ReportingPeriod p, Unit unit, PlanAssignments plan, SubmissionDraft draft,
                             LocalDateTime now) {
        Map<Long, BigDecimal> before = previousFigures(store, p, unit.id()).getOrDefault(unit.id(), Map.of());
        Map<Long, AcceptedFigure> earlier = accepted(store, p.id()).getOrDefault(unit.id(), Map.of());
        List<String> problems = new ArrayList<>();
        List<Runnable> acceptances = new ArrayList<>();
        for (ResultEntry e : draft.results()) {
            Indicator indicator = indicator(plan, e.indicatorId());
            if (e.value() == null || indicator == null) {
                continue;
            }
            List<FigureFlag> flags = FigureChecks.check(indicator.unitOfMeasure(), e.value(),
                    before.get(e.indicatorId()));
            if (flags.isEmpty()) {
                continue;
            }
            String note = draft.acceptedNotes().get(e.indicatorId());
            if (note != null && !note.isBlank()) {
                acceptances.add(() -> accept(store, p, unit, indicator, e.value(), note.strip(), now));
            } else if (FigureChecks.blocking(flags) && !covered(earlier.get(e.indicatorId()), e.value())) {
                problems.add(Texts.get("figurecheck.refused", unit.name(), indicator.name(),
                        shown(indicator, e.value()), flags.stream().filter(FigureFlag::blocking)
                                .map(FigureFlag::message).reduce((a, b) -> a + "; " + b).orElseThrow()));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems.getFirst(), problems, null);
        }
        acceptances.forEach(Runnable::run);
    }

    private static boolean covered(AcceptedFigure a, BigDecimal value) {
        return a != null && a.covers(value);
    }

    /** Stores the acceptance of {@code value} with {@code note} and records it in the period's history. */
    static void accept(Store store, ReportingPeriod p, Unit unit, Indicator indicator, BigDecimal value, String note,
                       LocalDateTime now) {
        store.periodLocks().accept(p.id(), unit.id(), indicator.id(), value, note, now);
        store.periodLocks().addEvent(p.id(), PeriodEvent.Kind.FIGURE_ACCEPTED, now,
                Texts.get("figurecheck.subject", unit.name(), indicator.name(), shown(indicator, value)), note);
    }

    /** Accepts the unit's stored figure for the indicator with {@code note}; see ReportingService#acceptFigure. */
    static void acceptStored(Store store, ReportingPeriod p, PlanAssignments plan, long unitId, long indicatorId,
                             String note, LocalDateTime now) {
        refuseIfLocked(store, p);
        Unit unit = plan.unit(unitId);
        Indicator indicator = indicator(plan, indicatorId);
        if (unit == null || indicator == null) {
            throw new DomainException(Texts.get("figurecheck.noFigure", PeriodNames.name(p)));
        }
        if (note == null || note.isBlank()) {
            throw new DomainException(Texts.get("figurecheck.noteRequired", indicator.name(), unit.name()));
        }
        BigDecimal figure = store.reporting().submissions(p.id()).stream().filter(s -> s.unitId() == unitId)
                .sorted(Comparator.comparingInt(UnitSubmission::version))
                .flatMap(s -> store.reporting().results(s.id()).stream())
                .filter(r -> r.indicatorId() == indicatorId && r.value() != null).map(IndicatorResult::value)
                .reduce((a, b) -> b)
                .orElseThrow(() -> new DomainException(Texts.get("figurecheck.noFigure", PeriodNames.name(p))));
        accept(store, p, unit, indicator, figure, note.strip(), now);
    }

    static Indicator indicator(PlanAssignments plan, long indicatorId) {
        return plan.indicator(indicatorId);
    }

    /** "140%" or "12 người": the figure with its unit of measure, as Vietnamese documents write them. */
    static String shown(Indicator indicator, BigDecimal value) {
        String uom = indicator.unitOfMeasure() == null ? "" : indicator.unitOfMeasure().strip();
        return VietnameseNumbers.format(value) + (uom.isEmpty() || "%".equals(uom) ? uom : " " + uom);
    }
}
