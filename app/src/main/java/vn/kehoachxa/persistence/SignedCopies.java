package vn.kehoachxa.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.files.SafeFiles;

/**
 * The signed originals ({@code ban-ky-so/}, decision 0030) inside backups: the signed PDF is the legal original, so a
 * backup that restored the records of signing but not the files would leave the office with dangling entries. Every
 * backup zip carries the folder's files under the same relative names; a restore writes back the ones missing from the
 * data folder and never overwrites one that is there (a signed copy's name carries its time, so the same name is the
 * same file).
 */
final class SignedCopies {
    private static final String PREFIX = DataDirectory.SIGNED_ORIGINALS + "/";
    private static final Logger LOG = LoggerFactory.getLogger(SignedCopies.class);

    private SignedCopies() {
    }

    /** Adds every signed copy under {@code dataDirectory} to {@code zip}, in a stable order. */
    static void add(ZipOutputStream zip, Path dataDirectory) throws IOException {
        for (Path file : files(dataDirectory)) {
            String name = dataDirectory.relativize(file).toString().replace('\\', '/');
            zip.putNextEntry(new ZipEntry(name));
            Files.copy(file, zip);
            zip.closeEntry();
        }
    }

    /**
     * Rewrites the backup {@code zip} (H2's {@code BACKUP TO} output, a work file) with the signed copies added; does
     * nothing when there are none.
     */
    static void append(Path zip, Path dataDirectory) throws IOException {
        if (files(dataDirectory).isEmpty()) {
            return;
        }
        Path rewritten = zip.resolveSibling(zip.getFileName() + ".them");
        try (ZipFile in = new ZipFile(zip.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
            add(out, dataDirectory);
        }
        Files.move(rewritten, zip, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Writes back into {@code dataDirectory} every signed copy in {@code zip} that is missing there; returns how many.
     * Entries whose names would leave the signed folder are ignored.
     */
    static int restore(Path zip, Path dataDirectory) throws IOException {
        Path root = dataDirectory.resolve(DataDirectory.SIGNED_ORIGINALS).toAbsolutePath().normalize();
        int restored = 0;
        try (ZipFile in = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(PREFIX)) {
                    continue;
                }
                Path target = dataDirectory.toAbsolutePath().resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    LOG.warn("Ignored backup entry {} outside {}", entry.getName(), root);
                    continue;
                }
                if (Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                SafeFiles.write(target, out -> {
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                });
                restored++;
            }
        }
        if (restored > 0) {
            LOG.info("Restored {} signed copies from {}", restored, zip);
        }
        return restored;
    }

    private static List<Path> files(Path dataDirectory) throws IOException {
        Path root = dataDirectory.resolve(DataDirectory.SIGNED_ORIGINALS);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
