package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.UNIT;
import static vn.kehoachxa.persistence.jooq.Tables.UNIT_SUBMISSION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.ItemPaths;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.ReportingData;
import vn.kehoachxa.domain.reporting.ReportingData.PeriodKey;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.persistence.jooq.tables.records.UnitSubmissionRecord;

/**
 * A plan's reporting records as {@link ReportingData} (no database ids), and back: what a plan file carries when it
 * moves a plan with its reports to another machine.
 */
public final class ReportingDataRepository {
    private final DSLContext dsl;
    private final ReportingRepository reporting;

    ReportingDataRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.reporting = new ReportingRepository(dsl);
    }

    /** The stored plan's periods and every version of every submission, in a stable order. */
    public ReportingData export(PlanDocument stored) {
        long planId = stored.plan().id();
        Map<Long, String> paths = new HashMap<>();
        ItemPaths.of(stored).forEach((path, item) -> paths.put(item.id(), path));
        Map<Long, String> codes = new HashMap<>();
        stored.indicators().forEach(i -> codes.put(i.id(), i.code()));
        Map<Long, String> unitNames = new HashMap<>();
        dsl.select(UNIT.ID, UNIT.NAME).from(UNIT).forEach(r -> unitNames.put(r.value1(), r.value2()));
        List<ReportingData.PeriodEntry> periods = new ArrayList<>();
        List<ReportingData.SubmissionEntry> submissions = new ArrayList<>();
        for (ReportingPeriod p : reporting.periods(planId)) {
            PeriodKey key = new PeriodKey(p.kind(), p.year(), p.index());
            periods.add(new ReportingData.PeriodEntry(key, p.cutoffStart(), p.cutoffEnd(), p.dueDate(), p.dueNote(),
                    p.sentAt(), p.sentTo()));
            List<UnitSubmission> subs = new ArrayList<>(reporting.submissions(p.id()));
            subs.sort(Comparator.comparing((UnitSubmission s) -> unitNames.get(s.unitId()))
                    .thenComparingInt(UnitSubmission::version));
            for (UnitSubmission s : subs) {
                submissions.add(new ReportingData.SubmissionEntry(key, unitNames.get(s.unitId()), s.version(),
                        s.receivedDate(), s.source(), s.fileName(), s.checksum(), s.note(),
                        reporting.progress(s.id()).stream().map(t -> new ReportingData.ProgressEntry(
                                paths.get(t.itemId()), t.status(), t.resultText(), t.difficulties(), t.proposals(),
                                t.completedOn())).toList(),
                        reporting.results(s.id()).stream().map(r -> new ReportingData.ResultEntry(
                                codes.get(r.indicatorId()), r.value(), r.text(), r.note())).toList()));
            }
        }
        return new ReportingData(periods, submissions);
    }

    /** Stores reporting data for the stored plan; references were checked when the file was read. */
    public void importData(PlanDocument stored, ReportingData data) {
        long planId = stored.plan().id();
        UnitRepository units = UnitRepository.forPlan(dsl, planId);
        Map<String, AssignmentItem> items = ItemPaths.lookup(stored);
        Map<String, Long> indicators = new HashMap<>();
        for (Indicator i : stored.indicators()) {
            indicators.put(i.code(), i.id());
        }
        Map<PeriodKey, Long> periodIds = new HashMap<>();
        for (ReportingData.PeriodEntry p : data.periods()) {
            PeriodKey k = p.key();
            ReportingPeriod saved = reporting.insertPeriod(new ReportingPeriod(null, planId, k.kind(), k.year(),
                    k.index(), p.cutoffStart(), p.cutoffEnd(), p.dueDate(), p.dueNote(), p.sentAt(), p.sentTo()));
            periodIds.put(k, saved.id());
        }
        for (ReportingData.SubmissionEntry s : data.submissions()) {
            long unitId = units.findByNameOrShortName(s.unit())
                    .orElseThrow(() -> new DomainException(Texts.get("unit.unknownName", s.unit()))).id();
            // The version comes from the file, so a plan moved between machines keeps its history as it was.
            UnitSubmissionRecord rec = dsl.newRecord(UNIT_SUBMISSION).setPeriodId(periodIds.get(s.period()))
                    .setUnitId(unitId).setVersion(s.version()).setReceivedDate(s.receivedDate())
                    .setSource(s.source().name()).setFileName(s.fileName()).setChecksum(s.checksum())
                    .setNote(s.note()).setUpdatedBy(Audit.user());
            rec.store();
            for (ReportingData.ProgressEntry t : s.taskProgress()) {
                reporting.insertProgress(new TaskProgress(null, rec.getId(), items.get(t.item()).id(), t.status(),
                        t.resultText(), t.difficulties(), t.proposals(), t.completedOn()));
            }
            for (ReportingData.ResultEntry r : s.indicatorResults()) {
                reporting.insertResult(new IndicatorResult(null, rec.getId(), indicators.get(r.indicatorCode()),
                        r.value(), r.text(), r.note()));
            }
        }
    }
}
