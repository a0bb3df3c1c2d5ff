package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.SIGNED_ORIGINAL;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.kehoachxa.domain.signing.SignedOriginal;
import vn.kehoachxa.persistence.jooq.tables.records.SignedOriginalRecord;

/** The signed originals of plans and period reports (migration V14); the newest row of an owner is its original. */
public final class SignedOriginalRepository {
    /** Signer names are kept in one column, one per line. */
    private static final String SEPARATOR = "\n";

    private final DSLContext dsl;

    SignedOriginalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores {@code o} (under its own id when it has one: an undone record coming back); returns it with its id. */
    public SignedOriginal insert(SignedOriginal o) {
        SignedOriginalRecord r = dsl.newRecord(SIGNED_ORIGINAL);
        if (o.id() != null) {
            r.setId(o.id());
        }
        r.setPlanId(o.planId());
        r.setPeriodId(o.periodId());
        r.setDocNumber(o.number());
        r.setDocDate(o.date());
        r.setStoredFile(o.storedFile());
        r.setOriginalName(o.originalName());
        r.setSha256(o.sha256());
        r.setSizeBytes(o.size());
        r.setSignatures(o.signers().size());
        r.setSignerNames(o.signers().isEmpty() ? null : String.join(SEPARATOR, o.signers()));
        r.setRecordedAt(o.recordedAt());
        r.setRecordedBy(o.recordedBy() == null ? Audit.user() : o.recordedBy());
        r.store();
        return read(r);
    }

    /** Removes the record {@code id} (the stored copy is left on disk); false when there was none. */
    public boolean delete(long id) {
        return dsl.deleteFrom(SIGNED_ORIGINAL).where(SIGNED_ORIGINAL.ID.eq(id)).execute() > 0;
    }

    /** The record {@code id}. */
    public Optional<SignedOriginal> find(long id) {
        return dsl.selectFrom(SIGNED_ORIGINAL).where(SIGNED_ORIGINAL.ID.eq(id)).fetchOptional(this::read);
    }

    /** The plan's signed original: the newest recorded. */
    public Optional<SignedOriginal> ofPlan(long planId) {
        return dsl.selectFrom(SIGNED_ORIGINAL).where(SIGNED_ORIGINAL.PLAN_ID.eq(planId))
                .orderBy(SIGNED_ORIGINAL.ID.desc()).limit(1).fetchOptional(this::read);
    }

    /** The signed original of the period's report: the newest recorded. */
    public Optional<SignedOriginal> ofPeriod(long periodId) {
        return dsl.selectFrom(SIGNED_ORIGINAL).where(SIGNED_ORIGINAL.PERIOD_ID.eq(periodId))
                .orderBy(SIGNED_ORIGINAL.ID.desc()).limit(1).fetchOptional(this::read);
    }

    private SignedOriginal read(Record rec) {
        SignedOriginalRecord r = rec.into(SIGNED_ORIGINAL);
        List<String> signers = r.getSignerNames() == null ? List.of()
                : Arrays.asList(r.getSignerNames().split(SEPARATOR, -1));
        if (signers.size() != r.getSignatures()) {
            // A signature naming nobody is stored as an empty line; the count is what the file held.
            signers = java.util.Collections.nCopies(r.getSignatures(), "");
        }
        return new SignedOriginal(r.getId(), r.getPlanId(), r.getPeriodId(), r.getDocNumber(), r.getDocDate(),
                r.getStoredFile(), r.getOriginalName(), r.getSha256(), r.getSizeBytes(), signers, r.getRecordedAt(),
                r.getRecordedBy());
    }
}
