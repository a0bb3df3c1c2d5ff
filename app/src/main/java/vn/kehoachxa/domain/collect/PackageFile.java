package vn.kehoachxa.domain.collect;

import java.util.regex.Pattern;

/**
 * Tệp trong gói: one file a package's manifest lists, by its name inside the package folder (no folders, no "..")
 * with the SHA-256 of its bytes (64 lower-case hex digits) and its size in bytes. The collector refuses a package
 * whose file does not match.
 */
public record PackageFile(String name, String sha256, long size) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public PackageFile {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.contains("..")) {
            throw new IllegalArgumentException("bad file name in a package: " + name);
        }
        if (sha256 == null || !HEX64.matcher(sha256).matches() || size < 0) {
            throw new IllegalArgumentException("bad checksum or size for " + name);
        }
    }
}
