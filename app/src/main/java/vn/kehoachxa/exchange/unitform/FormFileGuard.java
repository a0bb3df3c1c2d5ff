package vn.kehoachxa.exchange.unitform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;

/**
 * Checks a returned file before POI opens it (kiểm tra tệp trước khi đọc): not too large, not an encrypted
 * (password-protected) workbook, not an old .xls or another kind of file, and a zip whose entries do not inflate
 * beyond sane limits (a zip bomb). Entries are inflated here and counted as they come, so a lying header does
 * not help; POI's own {@code ZipSecureFile} limits stay on as a second line.
 */
public final class FormFileGuard {
    /** A filled form is tens of KB; 10 MB is generous. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** No entry of a real form inflates beyond this. */
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 500;
    /** Real xlsx parts compress 5–20 times; a bomb compresses a thousand times and more. */
    static final long MAX_RATIO = 200;
    /** Below this size a high ratio is harmless (a run of spaces compresses well). */
    private static final long RATIO_FLOOR_BYTES = 1024L * 1024;

    private FormFileGuard() {
    }

    /** Throws a {@link DomainException} naming {@code fileName} when {@code content} must not be opened. */
    public static void check(String fileName, byte[] content) {
        checkSize(fileName, content.length);
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(content);
        } catch (RuntimeException e) {
            throw new DomainException(Texts.get("unitform.notXlsx", fileName), e);
        }
        if (magic == FileMagic.OLE2) {
            throw new DomainException(encrypted(content)
                    ? Texts.get("unitform.encrypted", fileName) : Texts.get("unitform.oldXls", fileName));
        }
        if (magic != FileMagic.OOXML) {
            throw new DomainException(Texts.get("unitform.notXlsx", fileName));
        }
        inspectZip(fileName, content);
    }

    /** Refuses a file of {@code size} bytes over {@link #MAX_FILE_BYTES}, before anything reads it. */
    public static void checkSize(String fileName, long size) {
        if (size > MAX_FILE_BYTES) {
            throw new DomainException(Texts.get("unitform.tooLarge", fileName,
                    String.format(Texts.LOCALE, "%.1f", size / 1048576.0), MAX_FILE_BYTES / 1048576));
        }
    }

    private static boolean encrypted(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void inspectZip(String fileName, byte[] content) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb(fileName);
                }
                long size = 0;
                int n;
                while ((n = read(zip, buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                        throw bomb(fileName);
                    }
                }
                long compressed = entry.getCompressedSize();
                if (size > RATIO_FLOOR_BYTES && compressed > 0 && size / compressed > MAX_RATIO) {
                    throw bomb(fileName);
                }
            }
        } catch (ZipException e) {
            throw new DomainException(Texts.get("unitform.corrupt", fileName), e);
        } catch (IOException e) {
            throw new DomainException(Texts.get("unitform.corrupt", fileName), e);
        }
        if (entries == 0) {
            throw new DomainException(Texts.get("unitform.corrupt", fileName));
        }
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer);
    }

    private static DomainException bomb(String fileName) {
        return new DomainException(Texts.get("unitform.zipBomb", fileName));
    }
}
