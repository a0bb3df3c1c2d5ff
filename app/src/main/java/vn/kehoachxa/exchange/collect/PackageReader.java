package vn.kehoachxa.exchange.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.PackageRejectedException;
import vn.kehoachxa.domain.collect.PackageRejection;

/**
 * Reads upward report packages from what a province official points at: a package folder, a .zip, an .eml saved from
 * the mailbox (every attached package in it), or a folder holding any number of those. Every package is checked
 * (manifest and results well formed, every listed file present with its checksum, size limits, zip bombs) and comes
 * back as a {@link PackageReadResult}; one bad package never stops the others. Touches no database and writes
 * nothing: a .zip is read as a stream in memory (docs/report-package-format.md, "Reading a package").
 */
public final class PackageReader {
    /** How deep folders of folders are searched (a mailbox export's dated sub-folders). */
    private static final int MAX_DEPTH = 3;

    private PackageReader() {
    }

    /** Every package found in {@code source}, in a stable order (by file name). */
    public static List<PackageReadResult> read(Path source) {
        List<PackageReadResult> out = new ArrayList<>();
        if (Files.isRegularFile(source) && source.getFileName().toString().equals(PackageLayout.MANIFEST)) {
            source = source.toAbsolutePath().getParent();
        }
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        if (Files.isDirectory(source) && !Files.exists(source.resolve(PackageLayout.MANIFEST))) {
            search(source, out, 0);
            if (out.isEmpty()) {
                out.add(refused(name, new PackageRejectedException(PackageRejection.NOT_A_PACKAGE,
                        Texts.get("collect.read.nothing", source))));
            }
        } else {
            out.addAll(one(source, name));
        }
        return out;
    }

    private static void search(Path folder, List<PackageReadResult> out, int depth) {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.sorted().toList();
        } catch (IOException e) {
            out.add(refused(folder.getFileName().toString(), unreadable(folder.toString(), e)));
            return;
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.exists(child.resolve(PackageLayout.MANIFEST))) {
                    out.addAll(one(child, name));
                } else if (depth < MAX_DEPTH) {
                    search(child, out, depth + 1);
                }
            } else if (lower.endsWith(".zip") || lower.endsWith(".eml")) {
                out.addAll(one(child, name));
            }
        }
    }

    /** The packages of one package folder, .zip or .eml. */
    private static List<PackageReadResult> one(Path source, String name) {
        try {
            String lower = name.toLowerCase(Locale.ROOT);
            if (Files.isDirectory(source)) {
                return List.of(new PackageReadResult(name, PackageCheck.check(name, f -> folderFile(source, name, f)),
                        null));
            }
            if (lower.endsWith(".zip")) {
                limit(source, name, PackageLayout.MAX_ARCHIVE_BYTES);
                try (InputStream in = Files.newInputStream(source)) {
                    return ZipPackages.read(in, name);
                }
            }
            if (lower.endsWith(".eml")) {
                limit(source, name, PackageLayout.MAX_MAIL_BYTES);
                return MailPackages.read(source, name);
            }
            throw new PackageRejectedException(PackageRejection.NOT_A_PACKAGE,
                    Texts.get("collect.read.notPackage", name));
        } catch (PackageRejectedException e) {
            return List.of(refused(name, e));
        } catch (IOException e) {
            return List.of(refused(name, unreadable(name, e)));
        }
    }

    /** A file of a package folder by its listed name (names never hold folders or "..", PackageFile). */
    private static PackageCheck.Facts folderFile(Path folder, String source, String name) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String shown = PackageCheck.in(source, name);
        try {
            limit(file, shown, PackageLayout.MAX_FILE_BYTES);
            try (InputStream in = Files.newInputStream(file)) {
                return PackageCheck.read(in, shown, PackageLayout.MAX_FILE_BYTES, PackageCheck.keeps(name));
            }
        } catch (IOException e) {
            throw unreadable(shown, e);
        }
    }

    private static void limit(Path file, String name, long limit) throws IOException {
        long size = Files.size(file);
        if (size > limit) {
            throw PackageCheck.tooLarge(name, size, limit);
        }
    }

    private static PackageRejectedException unreadable(String name, IOException e) {
        return new PackageRejectedException(PackageRejection.MALFORMED,
                Texts.get("collect.read.unreadable", name, e.getMessage()), e);
    }

    private static PackageReadResult refused(String name, PackageRejectedException e) {
        return new PackageReadResult(name, null, e);
    }
}
