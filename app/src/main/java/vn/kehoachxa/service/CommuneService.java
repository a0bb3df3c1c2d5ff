package vn.kehoachxa.service;

import java.util.Optional;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.persistence.Database;

/** Use cases on the commune profile (thông tin xã). */
public final class CommuneService {
    private final Database db;

    /** Works on {@code db}. */
    public CommuneService(Database db) {
        this.db = db;
    }

    /** The profile, absent before the first-run wizard. */
    public Optional<CommuneProfile> profile() {
        return db.read(store -> store.commune().find());
    }

    /**
     * Saves the profile; returns the one stored before (absent the first time), for undo. An administrative code
     * that is not five digits is refused with a message naming the field.
     */
    public Optional<CommuneProfile> save(CommuneProfile profile) {
        CommuneProfile.adminCodeProblem(profile.adminCode()).ifPresent(problem -> {
            throw new DomainException(problem);
        });
        return db.inTransaction(store -> {
            Optional<CommuneProfile> before = store.commune().find();
            store.commune().save(profile);
            return before;
        });
    }
}
