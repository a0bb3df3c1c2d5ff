package vn.kehoachxa.domain.collect;

/**
 * Gói báo cáo đã nhận: a package the collector read and checked (every listed file present with its checksum, the
 * manifest and results well formed), not yet stored. {@code sourceName} names where it came from for messages and
 * history ("BaoCao-Q1-2026-Muong-La.zip", or "thư ….eml › BaoCao-….zip"); {@code manifestSha256} is the SHA-256 of
 * the manifest's bytes, which identifies this exact sending.
 */
public record ReceivedPackage(PackageManifest manifest, CommuneResults results, String sourceName,
                              String manifestSha256) {
    public ReceivedPackage {
        if (manifest == null || results == null || sourceName == null || manifestSha256 == null) {
            throw new IllegalArgumentException("a received package needs its manifest, results, source and hash");
        }
    }
}
