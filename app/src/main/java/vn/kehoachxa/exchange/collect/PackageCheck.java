package vn.kehoachxa.exchange.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.CommuneResults;
import vn.kehoachxa.domain.collect.PackageFile;
import vn.kehoachxa.domain.collect.PackageManifest;
import vn.kehoachxa.domain.collect.PackageRejectedException;
import vn.kehoachxa.domain.collect.PackageRejection;
import vn.kehoachxa.domain.collect.ReceivedPackage;

/**
 * Checks one package however it arrived (folder, .zip entries, e-mail attachments): the manifest is there and well
 * formed, it lists {@code ket-qua.json}, every listed file is there with the manifest's size and SHA-256, and the
 * results are well formed. Files the manifest does not list are neither read nor trusted (a package folder may hold
 * the office's own files beside the package).
 */
final class PackageCheck {
    /** What was found of one file: its size, SHA-256 and, for the manifest and the results, its bytes. */
    record Facts(long size, String sha256, byte[] bytes) {
    }

    /** Where a package's files are looked up by name (inside the package folder). */
    @FunctionalInterface
    interface Files {
        /** The file named {@code name}, or null when the package has none. */
        Facts find(String name);
    }

    private PackageCheck() {
    }

    /** Whether the bytes of a file named {@code name} are kept while reading (the two files the reader parses). */
    static boolean keeps(String name) {
        return PackageLayout.MANIFEST.equals(name) || PackageLayout.RESULTS.equals(name);
    }

    /**
     * The checked package named {@code source} in messages.
     *
     * @throws PackageRejectedException with the reason and a Vietnamese message naming the file
     */
    static ReceivedPackage check(String source, Files files) {
        Facts manifestFile = files.find(PackageLayout.MANIFEST);
        if (manifestFile == null) {
            throw new PackageRejectedException(PackageRejection.NOT_A_PACKAGE,
                    Texts.get("collect.read.notPackage", source));
        }
        PackageManifest manifest = ManifestJson.read(manifestFile.bytes(), in(source, PackageLayout.MANIFEST));
        if (manifest.file(PackageLayout.RESULTS) == null) {
            throw new PackageRejectedException(PackageRejection.MALFORMED,
                    Texts.get("collect.read.resultsUnlisted", source));
        }
        byte[] results = null;
        for (PackageFile listed : manifest.files()) {
            Facts found = files.find(listed.name());
            if (found == null) {
                throw new PackageRejectedException(PackageRejection.TAMPERED,
                        Texts.get("collect.read.missing", source, listed.name()));
            }
            if (found.size() != listed.size() || !found.sha256().equals(listed.sha256())) {
                throw new PackageRejectedException(PackageRejection.TAMPERED,
                        Texts.get("collect.read.changed", source, listed.name()));
            }
            if (listed.name().equals(PackageLayout.RESULTS)) {
                results = found.bytes();
            }
        }
        CommuneResults read = ResultsJson.read(results, in(source, PackageLayout.RESULTS));
        return new ReceivedPackage(manifest, read, source, sha256(manifestFile.bytes()));
    }

    /** "BaoCao-Q1-2026-Muong-La.zip › ket-qua.json". */
    static String in(String source, String name) {
        return source + " › " + name;
    }

    /**
     * Reads {@code in} to its end counting and hashing, keeping the bytes when {@code keep}; refuses (TOO_LARGE,
     * naming {@code name}) as soon as more than {@code limit} bytes came, without reading further.
     */
    static Facts read(InputStream in, String name, long limit, boolean keep) throws IOException {
        MessageDigest digest = digest();
        java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream() : null;
        OutputStream sink = kept == null ? OutputStream.nullOutputStream() : kept;
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            size += n;
            if (size > limit) {
                throw tooLarge(name, size, limit);
            }
            digest.update(buffer, 0, n);
            sink.write(buffer, 0, n);
        }
        return new Facts(size, HexFormat.of().formatHex(digest.digest()), kept == null ? null : kept.toByteArray());
    }

    static PackageRejectedException tooLarge(String name, long size, long limit) {
        return new PackageRejectedException(PackageRejection.TOO_LARGE, Texts.get("collect.read.tooLargeFile", name,
                megabytes(size), megabytes(limit)));
    }

    static String megabytes(long bytes) {
        return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
