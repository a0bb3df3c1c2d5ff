package vn.kehoachxa.service.collect;

import java.util.UUID;
import vn.kehoachxa.domain.collect.PackagePeriod;

/**
 * Kết quả nhập một gói: what happened to one package of an import — stored (a first sending), stored as a correction
 * of the package it names, recognised as one already held (nothing changed), or refused with the Vietnamese reason
 * in {@code message}. Ids and period are null when the package could not be read that far.
 */
public record ImportOutcome(String sourceName, Kind kind, UUID packageId, String communeCode, String communeName,
                            PackagePeriod period, String message) {
    /** What happened. */
    public enum Kind {
        IMPORTED, CORRECTED, ALREADY_HAD, REFUSED
    }
}
