package vn.kehoachxa.exchange.collect;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.PackageRejectedException;
import vn.kehoachxa.domain.collect.PackageRejection;

/**
 * Reads the packages inside one .zip as a stream, in memory and never to disk: every entry is counted and hashed as
 * it inflates and reading stops as soon as a limit is passed (more than {@link PackageLayout#MAX_ENTRIES} entries,
 * more than {@link PackageLayout#MAX_UNPACKED_BYTES} unpacked in all, one entry over
 * {@link PackageLayout#MAX_FILE_BYTES}), so a zip bomb costs a few buffers. Only the manifest's and the results'
 * bytes are kept. An entry named with ".." or an absolute path, or two entries of the same name, refuse the whole
 * .zip. The package folder may be inside ({@code BaoCao-…/manifest.json}, as "Gửi báo cáo" writes it) or its files at
 * the root; a .zip holding several package folders gives one package each.
 */
final class ZipPackages {
    private ZipPackages() {
    }

    /**
     * Every package in the .zip read from {@code in}, named {@code source} in messages.
     *
     * @throws PackageRejectedException for the whole .zip: TOO_LARGE, MALFORMED (not a zip, a dangerous entry
     *                                  name) or NOT_A_PACKAGE (no manifest anywhere)
     */
    static List<PackageReadResult> read(InputStream in, String source) {
        Map<String, Map<String, PackageCheck.Facts>> groups = entries(in, source);
        List<PackageReadResult> out = new ArrayList<>();
        List<String> packages = groups.entrySet().stream()
                .filter(g -> g.getValue().containsKey(PackageLayout.MANIFEST)).map(Map.Entry::getKey).toList();
        if (packages.isEmpty()) {
            throw new PackageRejectedException(PackageRejection.NOT_A_PACKAGE,
                    Texts.get("collect.read.notPackage", source));
        }
        for (String group : packages) {
            String name = packages.size() == 1 || group.isEmpty() ? source : PackageCheck.in(source, group);
            Map<String, PackageCheck.Facts> files = groups.get(group);
            try {
                out.add(new PackageReadResult(name, PackageCheck.check(name, files::get), null));
            } catch (PackageRejectedException e) {
                out.add(new PackageReadResult(name, null, e));
            }
        }
        return out;
    }

    /** Entries by package folder ("" for the root) and name inside it; a deeper entry keeps its sub-path. */
    private static Map<String, Map<String, PackageCheck.Facts>> entries(InputStream raw, String source) {
        Map<String, Map<String, PackageCheck.Facts>> groups = new TreeMap<>();
        int count = 0;
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++count > PackageLayout.MAX_ENTRIES) {
                    throw bomb(source);
                }
                String path = e.getName().replace('\\', '/');
                if (dangerous(path)) {
                    throw new PackageRejectedException(PackageRejection.MALFORMED,
                            Texts.get("collect.read.badEntry", source, e.getName()));
                }
                if (e.isDirectory()) {
                    continue;
                }
                int slash = path.indexOf('/');
                String group = slash < 0 ? "" : path.substring(0, slash);
                String name = slash < 0 ? path : path.substring(slash + 1);
                long room = PackageLayout.MAX_UNPACKED_BYTES - unpacked;
                PackageCheck.Facts facts;
                try {
                    facts = PackageCheck.read(zip, PackageCheck.in(source, path),
                            Math.min(room, PackageLayout.MAX_FILE_BYTES), PackageCheck.keeps(name));
                } catch (PackageRejectedException tooLarge) {
                    // Past the total: a bomb; past one file's limit within the total: that file is too large.
                    throw room <= PackageLayout.MAX_FILE_BYTES ? bomb(source) : tooLarge;
                }
                unpacked += facts.size();
                if (groups.computeIfAbsent(group, g -> new TreeMap<>()).putIfAbsent(name, facts) != null) {
                    throw new PackageRejectedException(PackageRejection.MALFORMED,
                            Texts.get("collect.read.duplicateEntry", source, e.getName()));
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new PackageRejectedException(PackageRejection.MALFORMED,
                    Texts.get("collect.read.badZip", source, e.getMessage()), e);
        } catch (IOException e) {
            throw new PackageRejectedException(PackageRejection.MALFORMED,
                    Texts.get("collect.read.badZip", source, e.getMessage()), e);
        }
        return groups;
    }

    /** A name that climbs out of the folder it is unpacked in, or starts at a root or a drive. */
    static boolean dangerous(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static PackageRejectedException bomb(String source) {
        return new PackageRejectedException(PackageRejection.TOO_LARGE, Texts.get("collect.read.zipBomb", source,
                PackageLayout.MAX_UNPACKED_BYTES / (1024 * 1024), PackageLayout.MAX_ENTRIES));
    }
}
