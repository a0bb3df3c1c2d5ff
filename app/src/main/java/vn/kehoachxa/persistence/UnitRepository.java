package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.ASSIGNEE;
import static vn.kehoachxa.persistence.jooq.Tables.PLAN;
import static vn.kehoachxa.persistence.jooq.Tables.UNIT;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;
import vn.kehoachxa.domain.text.UnitNames;
import vn.kehoachxa.persistence.jooq.tables.records.UnitRecord;

/**
 * Units of the commune; names are matched by {@link UnitNames#matchKey}, so "hoá" and "hóa" are one unit. A
 * repository works in one scope: the office's own units, or the units of one demo plan (a sample opened to try the
 * app, decision 0036), which never show in the office's list. Lookups by id see every scope.
 */
public final class UnitRepository {
    private final DSLContext dsl;
    /** Null: the office's units; else the demo plan whose units these are. */
    private final Long demoPlanId;

    UnitRepository(DSLContext dsl) {
        this(dsl, null);
    }

    private UnitRepository(DSLContext dsl, Long demoPlanId) {
        this.dsl = dsl;
        this.demoPlanId = demoPlanId;
    }

    /** The units a plan's rows name: the office's, or a demo plan's own. */
    static UnitRepository forPlan(DSLContext dsl, long planId) {
        Boolean demo = dsl.select(PLAN.DEMO).from(PLAN).where(PLAN.ID.eq(planId)).fetchOne(PLAN.DEMO);
        return new UnitRepository(dsl, Boolean.TRUE.equals(demo) ? planId : null);
    }

    private Condition inScope() {
        return demoPlanId == null ? UNIT.DEMO_PLAN_ID.isNull() : UNIT.DEMO_PLAN_ID.eq(demoPlanId);
    }

    /** Every unit of this scope (for the office: its list, Đơn vị), by name. */
    public List<Unit> all() {
        return dsl.selectFrom(UNIT).where(inScope()).orderBy(UNIT.NAME).fetch(UnitRepository::toUnit);
    }

    /** Every unit of every scope, by name: for looking units up by id. */
    public List<Unit> everyScope() {
        return dsl.selectFrom(UNIT).orderBy(UNIT.NAME).fetch(UnitRepository::toUnit);
    }

    /** The unit with this id. */
    public Unit get(long id) {
        return dsl.fetchOptional(UNIT, UNIT.ID.eq(id)).map(UnitRepository::toUnit)
                .orElseThrow(() -> new DomainException(Texts.get("unit.notFound", id)));
    }

    /** The unit whose name matches {@code name}. */
    public Optional<Unit> findByName(String name) {
        return dsl.fetchOptional(UNIT, UNIT.MATCH_KEY.eq(UnitNames.matchKey(name)), inScope())
                .map(UnitRepository::toUnit);
    }

    /**
     * The unit named {@code name}, or else the one whose short name it is ("Trạm Y tế" for "Trạm Y tế xã"): plans
     * print a unit under either.
     */
    public Optional<Unit> findByNameOrShortName(String name) {
        return findByName(name).or(() -> dsl.selectFrom(UNIT).where(UNIT.SHORT_NAME.isNotNull(), inScope())
                .orderBy(UNIT.ID)
                .fetch(UnitRepository::toUnit).stream().filter(u -> UnitNames.sameUnit(u.shortName(), name))
                .findFirst());
    }

    /** Inserts a new unit in this scope; a name matching an existing unit of the scope is refused. */
    public Unit insert(Unit unit) {
        UnitRecord rec = dsl.newRecord(UNIT);
        fill(rec, unit);
        rec.setDemoPlanId(demoPlanId);
        rec.store();
        return toUnit(rec);
    }

    /** The unit matching {@code name}, created with {@code kind} when there is none. */
    public Unit findOrCreate(String name, UnitKind kind) {
        return findByName(name).orElseGet(() -> insert(Unit.named(name, kind)));
    }

    /** Saves name, short name, kind, email and the active flag. */
    public void update(Unit unit) {
        UnitRecord rec = dsl.fetchOptional(UNIT, UNIT.ID.eq(unit.id()))
                .orElseThrow(() -> new DomainException(Texts.get("unit.notFound", unit.id())));
        fill(rec, unit);
        rec.store();
    }

    /** How many assignments name this unit. */
    public int assignmentCount(long unitId) {
        return dsl.fetchCount(ASSIGNEE, ASSIGNEE.UNIT_ID.eq(unitId));
    }

    private static void fill(UnitRecord rec, Unit u) {
        rec.setName(u.name().strip()).setMatchKey(UnitNames.matchKey(u.name())).setShortName(u.shortName())
                .setKind(u.kind().name()).setEmail(u.email()).setActive(u.active())
                .setUpdatedAt(Audit.now()).setUpdatedBy(Audit.user());
    }

    static Unit toUnit(UnitRecord r) {
        return new Unit(r.getId(), r.getName(), r.getShortName(), UnitKind.valueOf(r.getKind()), r.getEmail(),
                r.getActive());
    }
}
