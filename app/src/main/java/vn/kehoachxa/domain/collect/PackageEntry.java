package vn.kehoachxa.domain.collect;

import java.time.Instant;
import java.util.UUID;

/**
 * Gói trong sổ nhận: one stored package as the collector's register lists it — ids, commune, period, when it was made
 * and received, where it came from, the package it corrected ({@code replaces}) and the one that corrected it
 * ({@code replacedBy}, null while it is the package in force for its commune and period).
 */
public record PackageEntry(UUID packageId, String communeCode, String communeName, PackagePeriod period,
                           Instant createdAt, Instant receivedAt, UUID replaces, UUID replacedBy, String sourceName,
                           String manifestSha256) {
    public PackageEntry {
        if (packageId == null || communeCode == null || period == null || receivedAt == null) {
            throw new IllegalArgumentException("a package entry needs its id, commune, period and arrival");
        }
    }

    /** Whether no later package replaced this one. */
    public boolean inForce() {
        return replacedBy == null;
    }
}
