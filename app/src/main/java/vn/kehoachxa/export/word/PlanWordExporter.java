package vn.kehoachxa.export.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanDocument;

/**
 * Xuất kế hoạch ra Word: writes a plan as a .docx an official can sign as it is — the layout of its family
 * (Decree 30/2020 or HD 36), the numbered section tree, recipients and signature, and every appendix table on its
 * own landscape section.
 */
public final class PlanWordExporter {

    /**
     * Writes {@code doc} to {@code target}: first to a temporary file beside it, then moved into place, so the
     * target is either the old file or the complete new one. A locked or read-only target, or a folder that cannot
     * be written, gives a {@link DomainException} naming the file.
     */
    public void export(PlanDocument doc, Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new DomainException(Texts.get("export.word.folderUnwritable", String.valueOf(folder)));
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new DomainException(Texts.get("export.word.targetLocked", absolute.getFileName()));
        }
        Path temp = null;
        try {
            // Not createTempFile: its owner-only permissions would stay on the exported document.
            temp = Files.createFile(folder.resolve("." + absolute.getFileName() + "." + System.nanoTime() + ".tmp"));
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(doc, out);
            }
            move(temp, absolute);
            temp = null;
        } catch (FileSystemException e) {
            throw new DomainException(Texts.get("export.word.targetLocked", absolute.getFileName()), e);
        } catch (IOException e) {
            throw new DomainException(Texts.get("export.word.writeFailed", absolute.getFileName(), e.getMessage()), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and harmless; the user's error is the one that matters.
                }
            }
        }
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
    void write(PlanDocument doc, OutputStream out) throws IOException {
        DocumentLayout layout = DocumentLayout.of(doc.plan().family());
        try (XWPFDocument docx = new XWPFDocument()) {
            WordStyles.define(docx, layout);
            PageSetup pages = PageSetup.create(docx);
            docx.removeBodyElement(0);

            BlockWriter.header(docx, layout, doc.plan());
            BodyWriter body = new BodyWriter(docx, layout);
            body.write(doc);
            body.footer(doc);

            List<Appendix> appendices = Appendix.of(doc, layout);
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
