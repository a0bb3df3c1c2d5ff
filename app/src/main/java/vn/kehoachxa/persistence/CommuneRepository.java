package vn.kehoachxa.persistence;

import static vn.kehoachxa.persistence.jooq.Tables.COMMUNE_PROFILE;
import static vn.kehoachxa.persistence.jooq.Tables.DEFAULT_SIGNER;
import static vn.kehoachxa.persistence.jooq.Tables.UPWARD_RECIPIENT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.commune.CommuneProfile.DefaultSigner;
import vn.kehoachxa.domain.commune.UpwardRecipient;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.persistence.jooq.tables.records.CommuneProfileRecord;

/** The one commune profile of this installation, with its default signers and upward recipients. */
public final class CommuneRepository {
    private final DSLContext dsl;

    CommuneRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The profile, absent until the first-run wizard has saved one. */
    public Optional<CommuneProfile> find() {
        return dsl.fetchOptional(COMMUNE_PROFILE).map(r -> new CommuneProfile(r.getOfficialName(),
                CommuneKind.valueOf(r.getKind()), r.getProvince(), r.getPeopleCommitteeName(),
                r.getPartyCommitteeName(), r.getPlaceName(), signers(), recipients(), r.getAdminCode()));
    }

    /** Saves the profile, replacing signers and recipients. */
    public void save(CommuneProfile p) {
        CommuneProfileRecord rec = dsl.fetchOptional(COMMUNE_PROFILE).orElseGet(() -> {
            CommuneProfileRecord r = dsl.newRecord(COMMUNE_PROFILE);
            r.setId(1);
            return r;
        });
        rec.setOfficialName(p.officialName()).setKind(p.kind().name()).setProvince(p.province())
                .setPeopleCommitteeName(p.peopleCommitteeName()).setPartyCommitteeName(p.partyCommitteeName())
                .setPlaceName(p.placeName()).setAdminCode(p.adminCode()).setUpdatedAt(Audit.now()).setUpdatedBy(Audit.user());
        rec.store();
        dsl.deleteFrom(DEFAULT_SIGNER).execute();
        int position = 1;
        for (DefaultSigner s : p.signers()) {
            dsl.insertInto(DEFAULT_SIGNER).set(DEFAULT_SIGNER.POSITION, position++)
                    .set(DEFAULT_SIGNER.FAMILY, s.family().name()).set(DEFAULT_SIGNER.AUTHORITY, s.signer().authority())
                    .set(DEFAULT_SIGNER.DEPUTY_MARK, s.signer().deputyMark())
                    .set(DEFAULT_SIGNER.TITLE, s.signer().title()).set(DEFAULT_SIGNER.FULL_NAME, s.signer().name())
                    .set(DEFAULT_SIGNER.UPDATED_BY, Audit.user()).execute();
        }
        dsl.deleteFrom(UPWARD_RECIPIENT).execute();
        position = 1;
        for (UpwardRecipient r : p.upwardRecipients()) {
            dsl.insertInto(UPWARD_RECIPIENT).set(UPWARD_RECIPIENT.POSITION, position++)
                    .set(UPWARD_RECIPIENT.NAME, r.name()).set(UPWARD_RECIPIENT.EMAIL, r.email())
                    .set(UPWARD_RECIPIENT.UPDATED_BY, Audit.user()).execute();
        }
    }

    private List<DefaultSigner> signers() {
        return dsl.selectFrom(DEFAULT_SIGNER).orderBy(DEFAULT_SIGNER.POSITION).fetch(r -> new DefaultSigner(
                DocumentFamily.valueOf(r.getFamily()),
                new Signer(r.getAuthority(), r.getDeputyMark(), r.getTitle(), r.getFullName())));
    }

    private List<UpwardRecipient> recipients() {
        return dsl.selectFrom(UPWARD_RECIPIENT).orderBy(UPWARD_RECIPIENT.POSITION)
                .fetch(r -> new UpwardRecipient(r.getName(), r.getEmail()));
    }
}
