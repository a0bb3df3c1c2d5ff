package vn.kehoachxa.export.word;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** {@link DocxReader#open} for tests outside this package. */
public final class DocxReading {

    private DocxReading() {
    }

    public static XWPFDocument open(byte[] bytes) {
        return DocxReader.open(bytes);
    }
}
