package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.TARGET_VERDICT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.ManualVerdict;
import vn.kehoachxa.domain.reporting.VerdictEntry;
import vn.kehoachxa.persistence.jooq.tables.records.TargetVerdictRecord;

/**
 * Manual verdicts on qualitative targets (đánh giá thủ công), kept as an append-only history: recording or
 * withdrawing a verdict adds a row with who and when, so the newest row is the verdict in force and the older rows
 * say what it was before.
 */
public final class VerdictRepository {
    private final DSLContext dsl;

    VerdictRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records {@code verdict} (null: withdraws the verdict in force) with {@code note}, by the current user. */
    public void record(long periodId, long indicatorId, Evaluation verdict, String note) {
        dsl.newRecord(TARGET_VERDICT).setPeriodId(periodId).setIndicatorId(indicatorId)
                .setVerdict(verdict == null ? null : verdict.name())
                .setNote(verdict == null || note == null || note.isBlank() ? null : note.strip())
                .setRecordedAt(Audit.now()).setRecordedBy(Audit.user()).store();
    }

    /** The verdict in force on {@code indicatorId} in {@code periodId}; empty when none or withdrawn. */
    public Optional<ManualVerdict> current(long periodId, long indicatorId) {
        return dsl.selectFrom(TARGET_VERDICT)
                .where(TARGET_VERDICT.PERIOD_ID.eq(periodId), TARGET_VERDICT.INDICATOR_ID.eq(indicatorId))
                .orderBy(TARGET_VERDICT.ID.desc()).limit(1).fetchOptional()
                .filter(r -> r.getVerdict() != null).map(VerdictRepository::toVerdict);
    }

    /** The verdicts in force in {@code periodId}, by indicator id. */
    public Map<Long, ManualVerdict> current(long periodId) {
        Map<Long, TargetVerdictRecord> newest = new LinkedHashMap<>();
        for (TargetVerdictRecord r : dsl.selectFrom(TARGET_VERDICT).where(TARGET_VERDICT.PERIOD_ID.eq(periodId))
                .orderBy(TARGET_VERDICT.ID).fetch()) {
            newest.put(r.getIndicatorId(), r);
        }
        Map<Long, ManualVerdict> out = new LinkedHashMap<>();
        newest.forEach((indicatorId, r) -> {
            if (r.getVerdict() != null) {
                out.put(indicatorId, toVerdict(r));
            }
        });
        return out;
    }

    /**
     * Every verdict recorded on {@code indicatorId} in {@code periodId}, oldest first; a withdrawal appears as a row
     * whose verdict is empty.
     */
    public List<VerdictEntry> history(long periodId, long indicatorId) {
        return dsl.selectFrom(TARGET_VERDICT)
                .where(TARGET_VERDICT.PERIOD_ID.eq(periodId), TARGET_VERDICT.INDICATOR_ID.eq(indicatorId))
                .orderBy(TARGET_VERDICT.ID).fetch(r -> new VerdictEntry(
                        r.getVerdict() == null ? null : Evaluation.valueOf(r.getVerdict()), r.getNote(),
                        r.getRecordedBy(), r.getRecordedAt()));
    }

    private static ManualVerdict toVerdict(TargetVerdictRecord r) {
        return new ManualVerdict(r.getPeriodId(), r.getIndicatorId(), Evaluation.valueOf(r.getVerdict()), r.getNote(),
                r.getRecordedBy(), r.getRecordedAt());
    }
}
