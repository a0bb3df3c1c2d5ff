package vn.kehoachxa.service.collect;

import java.util.UUID;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.PackageRejection;

/**
 * Kết quả nhập một gói: what happened to one package of an import — stored (a first sending), stored as a correction
 * of the package it names, recognised as one already held (nothing changed), or refused with the Vietnamese reason
 * in {@code message}. Ids and period are null when the package could not be read that far. {@code rejection} says why
 * a package was refused (null otherwise, and for a refusal the storage itself caused).
 */
public record ImportOutcome(String sourceName, Kind kind, UUID packageId, String communeCode, String communeName,
                            PackagePeriod period, String message, PackageRejection rejection) {
    /** What happened. */
    public enum Kind {
        IMPORTED, CORRECTED, ALREADY_HAD, REFUSED;

        /** The Vietnamese word for it: "Đã nhập", "Đính chính", "Đã có", "Từ chối". */
        public String label() {
            return vn.kehoachxa.domain.Texts.get("collectimport.kind." + name());
        }
    }

    /** An outcome without a refusal reason (callers written before it). */
    public ImportOutcome(String sourceName, Kind kind, UUID packageId, String communeCode, String communeName,
                         PackagePeriod period, String message) {
        this(sourceName, kind, packageId, communeCode, communeName, period, message, null);
    }
}
