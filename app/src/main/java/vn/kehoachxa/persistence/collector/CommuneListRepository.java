package vn.kehoachxa.persistence.collector;

import static vn.kehoachxa.persistence.collector.jooq.Tables.COLLECTOR_PROFILE;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PROVINCE_COMMUNE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.kehoachxa.domain.collect.ProvinceCommune;

/**
 * The province's list of communes ({@code province_commune}) and the collector's profile ({@code collector_profile}:
 * the province it serves). Plain jOOQ DSL, portable to PostgreSQL.
 */
public final class CommuneListRepository {
    private static final int PROFILE_ROW = 1;
    private final DSLContext dsl;

    CommuneListRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The province this collector serves, if set. */
    public Optional<String> province() {
        return dsl.select(COLLECTOR_PROFILE.PROVINCE).from(COLLECTOR_PROFILE)
                .where(COLLECTOR_PROFILE.PROFILE_ID.eq(PROFILE_ROW)).fetchOptional(COLLECTOR_PROFILE.PROVINCE);
    }

    /** Sets the province this collector serves (null: unset). */
    public void setProvince(String province) {
        dsl.deleteFrom(COLLECTOR_PROFILE).where(COLLECTOR_PROFILE.PROFILE_ID.eq(PROFILE_ROW)).execute();
        if (province != null) {
            dsl.insertInto(COLLECTOR_PROFILE).set(COLLECTOR_PROFILE.PROFILE_ID, PROFILE_ROW)
                    .set(COLLECTOR_PROFILE.PROVINCE, province).execute();
        }
    }

    /** Every commune in the list, by code. */
    public List<ProvinceCommune> all() {
        return dsl.selectFrom(PROVINCE_COMMUNE).orderBy(PROVINCE_COMMUNE.CODE).fetch(CommuneListRepository::commune);
    }

    /** The commune {@code code}, if listed. */
    public Optional<ProvinceCommune> find(String code) {
        return dsl.selectFrom(PROVINCE_COMMUNE).where(PROVINCE_COMMUNE.CODE.eq(code)).fetchOptional()
                .map(CommuneListRepository::commune);
    }

    /** When commune {@code code} was added, if listed. */
    public Optional<Instant> addedAt(String code) {
        return dsl.select(PROVINCE_COMMUNE.ADDED_AT).from(PROVINCE_COMMUNE).where(PROVINCE_COMMUNE.CODE.eq(code))
                .fetchOptional(PROVINCE_COMMUNE.ADDED_AT).map(PackageRepository::instant);
    }

    /** Adds {@code commune}, added at {@code at}. */
    public void insert(ProvinceCommune commune, Instant at) {
        dsl.insertInto(PROVINCE_COMMUNE).set(PROVINCE_COMMUNE.CODE, commune.code())
                .set(PROVINCE_COMMUNE.NAME, commune.name()).set(PROVINCE_COMMUNE.PROVINCE, commune.province())
                .set(PROVINCE_COMMUNE.ADDED_AT, PackageRepository.utc(at)).execute();
    }

    /** Rewrites the name and province of the commune with {@code commune}'s code. */
    public void update(ProvinceCommune commune) {
        dsl.update(PROVINCE_COMMUNE).set(PROVINCE_COMMUNE.NAME, commune.name())
                .set(PROVINCE_COMMUNE.PROVINCE, commune.province())
                .where(PROVINCE_COMMUNE.CODE.eq(commune.code())).execute();
    }

    /** Removes commune {@code code} from the list (the caller checked it has no package). */
    public void delete(String code) {
        dsl.deleteFrom(PROVINCE_COMMUNE).where(PROVINCE_COMMUNE.CODE.eq(code)).execute();
    }

    private static ProvinceCommune commune(Record r) {
        return new ProvinceCommune(r.get(PROVINCE_COMMUNE.CODE), r.get(PROVINCE_COMMUNE.NAME),
                r.get(PROVINCE_COMMUNE.PROVINCE));
    }
}
