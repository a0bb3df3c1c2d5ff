package vn.kehoachxa.export.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanFields;
import vn.kehoachxa.files.SafeFiles;

/**
 * Xuất kế hoạch ra Word: writes a plan as a .docx an official can sign as it is — the layout of its family
 * (Decree 30/2020 or HD 36), the numbered section tree, recipients and signature, and every appendix table on its
 * own landscape section.
 */
public final class PlanWordExporter {

    /**
     * Writes {@code doc} to {@code target} safely ({@link SafeFiles}): the target is either the old file or the
     * complete new one.
     *
     * @throws vn.kehoachxa.files.FileWriteException when the file cannot be written (open in Word, read-only,
     *                                               a missing or read-only folder, a full disk), naming the file
     */
    public void export(PlanDocument doc, Path target) {
        SafeFiles.write(target, out -> write(doc, out));
    }

    /** The .docx as bytes (previews, tests, benchmarks). */
    public byte[] toBytes(PlanDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Builds the whole document and writes it to {@code out}. */
    void write(PlanDocument stored, OutputStream out) throws IOException {
        // Fields in the text ({giai đoạn}, {căn cứ 3}) print as the plan's data, never as braces.
        PlanDocument doc = PlanFields.resolve(stored);
        DocumentLayout layout = DocumentLayout.of(doc.plan());
        try (XWPFDocument docx = new XWPFDocument()) {
            // Which rules the layout follows, where Word shows it (File › Info) and a test can read it.
            docx.getProperties().getCoreProperties().setCategory("Thể thức: " + layout.rulesName());
            vn.kehoachxa.export.DocumentIdentity.stamp(docx, doc.plan().identity());
            WordStyles.define(docx, layout);
            PageSetup pages = PageSetup.create(docx);
            docx.removeBodyElement(0);

            BlockWriter.header(docx, layout, doc.plan());
            BodyWriter body = new BodyWriter(docx, layout);
            body.write(doc);
            body.footer(doc);

            List<AppendixText> appendices = AppendixText.of(doc, layout);
            for (int i = 0; i < appendices.size(); i++) {
                pages.endSectionAt(sectionEnd(docx), i > 0, i > 0);
                AppendixWriter.write(docx, appendices.get(i));
            }
            pages.lastSection(docx, !appendices.isEmpty(), !appendices.isEmpty());
            docx.write(out);
        }
    }

    /** A tiny empty paragraph that carries the properties of the section it closes. */
    private static XWPFParagraph sectionEnd(XWPFDocument docx) {
        XWPFParagraph p = docx.createParagraph();
        p.setStyle(WordStyles.BLOCK);
        p.setSpacingAfter(0);
        return p;
    }
}
