package vn.kehoachxa.domain.collect;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Bản kê gói báo cáo ({@code manifest.json}): what an upward report package says about itself, so that a province can
 * take it in by machine (ODK-style identity). {@code packageId} is new for every package built; {@code replaces} is
 * the id of the package this one corrects (null for a first sending). {@code communeCode} is the commune's five-digit
 * administrative code, {@code planGlobalId} the plan's UUID, {@code planFingerprint} the SHA-256 of the plan's content
 * ({@code Fingerprints.plan}), {@code planVersion} the version in force ("Bản 2", blank when never revised). {@code files}
 * lists every other file of the package with its checksum; the manifest itself is not in it.
 */
public record PackageManifest(int formatVersion, UUID packageId, String communeCode, String communeName,
                              String province, UUID planGlobalId, String planFingerprint, String planVersion,
                              PackagePeriod period, Instant createdAt, UUID replaces, String appVersion,
                              List<PackageFile> files) {
    /** The manifest format this app writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    public PackageManifest {
        if (packageId == null || communeCode == null || communeCode.isBlank() || communeName == null
                || province == null || planGlobalId == null || period == null || createdAt == null) {
            throw new IllegalArgumentException("a manifest needs its ids, commune, province, period and time");
        }
        if (packageId.equals(replaces)) {
            throw new IllegalArgumentException("a package cannot replace itself");
        }
        planVersion = planVersion == null ? "" : planVersion;
        appVersion = appVersion == null ? "" : appVersion;
        files = List.copyOf(files);
    }

    /** The listed file named {@code name}, or null. */
    public PackageFile file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}
