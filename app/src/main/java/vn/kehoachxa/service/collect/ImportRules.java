package vn.kehoachxa.service.collect;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.PackageEntry;
import vn.kehoachxa.domain.collect.PackageManifest;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.PackageRejection;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.collect.ProvinceNames;
import vn.kehoachxa.domain.collect.ReceivedPackage;
import vn.kehoachxa.domain.reporting.PeriodNames;
import vn.kehoachxa.persistence.collector.CollectorStore;

/**
 * The ODK-style rules of decision 0043, applied to one checked package inside its own transaction: same manifest
 * bytes → already had; same id, other bytes → refused; another province, a commune not in the list → refused; a
 * correction of the package in force → stored, the old one kept with {@code replaced_by}; a correction of anything
 * else, or a second package for the period that names nothing to replace → refused; else stored.
 */
final class ImportRules {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ZoneId zone;

    ImportRules(ZoneId zone) {
        this.zone = zone;
    }

    /** Decides and, when it stores, stores {@code p} received at {@code now} as part of batch {@code batch}. */
    ImportOutcome apply(CollectorStore store, ReceivedPackage p, UUID batch, Instant now) {
        PackageManifest m = p.manifest();
        Optional<PackageEntry> sameBytes = store.packages().findByManifest(p.manifestSha256());
        if (sameBytes.isPresent()) {
            PackageEntry had = sameBytes.get();
            return outcome(p, ImportOutcome.Kind.ALREADY_HAD, null,
                    Texts.get("collectimport.alreadyHad", when(had.receivedAt()), had.sourceName()));
        }
        Optional<PackageEntry> sameId = store.packages().find(m.packageId());
        if (sameId.isPresent()) {
            PackageEntry had = sameId.get();
            return refused(p, PackageRejection.CONFLICTING_DUPLICATE, Texts.get("collectimport.conflictingId",
                    m.packageId(), when(had.receivedAt()), had.sourceName(), m.communeName()));
        }
        Optional<String> province = store.communeList().province();
        if (province.isPresent() && !ProvinceNames.same(province.get(), m.province())) {
            return refused(p, PackageRejection.OTHER_PROVINCE,
                    Texts.get("collectimport.otherProvince", m.communeName(), m.province(), province.get()));
        }
        Optional<ProvinceCommune> listed = store.communeList().find(m.communeCode());
        if (listed.isEmpty()) {
            return refused(p, PackageRejection.UNKNOWN_COMMUNE,
                    Texts.get("collectimport.unknownCommune", m.communeCode(), m.communeName()));
        }
        if (province.isEmpty() && !ProvinceNames.same(listed.get().province(), m.province())) {
            return refused(p, PackageRejection.OTHER_PROVINCE, Texts.get("collectimport.otherProvince",
                    m.communeName(), m.province(), listed.get().province()));
        }
        Optional<PackageEntry> inForce = store.packages().inForce(m.communeCode(), m.period());
        if (m.replaces() != null) {
            return correction(store, p, inForce, batch, now);
        }
        if (inForce.isPresent()) {
            PackageEntry current = inForce.get();
            return refused(p, PackageRejection.CONFLICTING_DUPLICATE, Texts.get("collectimport.secondWithoutReplaces",
                    m.communeName(), current.packageId(), period(m.period()), when(current.receivedAt()),
                    m.packageId()));
        }
        storeIt(store, p, batch, now, null);
        return outcome(p, ImportOutcome.Kind.IMPORTED, null,
                Texts.get("collectimport.imported", m.communeName(), m.communeCode(), period(m.period())));
    }

    private ImportOutcome correction(CollectorStore store, ReceivedPackage p, Optional<PackageEntry> inForce,
                                     UUID batch, Instant now) {
        PackageManifest m = p.manifest();
        Optional<PackageEntry> named = store.packages().find(m.replaces());
        if (named.isEmpty()) {
            String current = inForce.map(e -> Texts.get("collectimport.inForceIs", e.packageId(),
                    when(e.receivedAt()))).orElse(Texts.get("collectimport.noneInForce"));
            return refused(p, PackageRejection.BAD_CORRECTION, Texts.get("collectimport.unknownReplaced",
                    m.packageId(), m.replaces(), m.communeName(), period(m.period()), current));
        }
        PackageEntry old = named.get();
        if (!old.communeCode().equals(m.communeCode()) || !old.period().samePeriodAs(m.period())) {
            return refused(p, PackageRejection.BAD_CORRECTION, Texts.get("collectimport.replacedOther",
                    m.packageId(), m.replaces(), old.communeName(), period(old.period()), m.communeName(),
                    period(m.period())));
        }
        if (!old.inForce()) {
            return refused(p, PackageRejection.BAD_CORRECTION, Texts.get("collectimport.alreadyReplaced",
                    m.packageId(), m.replaces(), old.replacedBy(), when(old.receivedAt()), m.communeName()));
        }
        storeIt(store, p, batch, now, old.packageId());
        return outcome(p, ImportOutcome.Kind.CORRECTED, null, Texts.get("collectimport.corrected",
                m.communeName(), m.communeCode(), period(m.period()), old.packageId(), when(old.receivedAt())));
    }

    private static void storeIt(CollectorStore store, ReceivedPackage p, UUID batch, Instant now, UUID replaced) {
        // The replaced row is marked first, then the new one inserted, so the unique index on replaces and the
        // "one in force" reading never see two packages in force.
        if (replaced != null) {
            store.packages().setReplacedBy(replaced, p.manifest().packageId());
        }
        store.packages().insert(p, now);
        store.importBatches().ensure(batch, now);
        store.importBatches().add(batch, p.manifest().packageId(), replaced);
    }

    private String when(Instant instant) {
        return instant == null ? "?" : WHEN.format(instant.atZone(zone));
    }

    static String period(PackagePeriod period) {
        return PeriodNames.name(period.kind(), period.year(), period.index());
    }

    private static ImportOutcome refused(ReceivedPackage p, PackageRejection why, String message) {
        return outcome(p, ImportOutcome.Kind.REFUSED, why, message);
    }

    static ImportOutcome outcome(ReceivedPackage p, ImportOutcome.Kind kind, PackageRejection why, String message) {
        PackageManifest m = p.manifest();
        return new ImportOutcome(p.sourceName(), kind, m.packageId(), m.communeCode(), m.communeName(), m.period(),
                message, why);
    }
}
