package vn.kehoachxa.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanFields;
import vn.kehoachxa.export.word.AppendixText;
import vn.kehoachxa.files.SafeFiles;

/**
 * Xuất kế hoạch ra PDF để ký số: the plan as PDF/A-2b laid out as its .docx, fonts embedded, rendered in-process.
 * Appendices either follow in the same file (signed once with the plan) or go one file per appendix, each to be
 * signed by the issuing body at the top right of its first page (Decree 30/2020, Appendix I).
 */
public final class PlanPdfExporter {

    /** Where the appendices go. */
    public enum Appendices {
        /** In the plan's file, each on its own landscape pages. */
        INLINE,
        /** One file per appendix beside the plan's: {@code KH.pdf}, {@code KH-PhuLuc-I.pdf}, {@code KH-PhuLuc-II.pdf}. */
        SEPARATE
    }

    /**
     * Writes the plan to {@code target} and, for {@link Appendices#SEPARATE}, each appendix beside it; every file
     * through {@link SafeFiles}. Returns the files written, the plan's first.
     *
     * @throws vn.kehoachxa.files.FileWriteException when a file cannot be written, naming it
     */
    public List<Path> export(PlanDocument stored, Path target, Appendices appendices) {
        PlanDocument doc = PlanFields.resolve(stored);
        PlanFo fo = new PlanFo(doc);
        String title = title(doc);
        List<Path> written = new ArrayList<>();
        // Rendered before the file is opened: a rendering fault is not reported as a file that cannot be written.
        byte[] plan = render(fo.document(appendices == Appendices.INLINE), title);
        SafeFiles.write(target, out -> out.write(plan));
        written.add(target);
        if (appendices == Appendices.SEPARATE) {
            List<AppendixText> list = fo.appendices();
            String note = signingNote(fo, doc);
            for (AppendixText a : list) {
                Path file = appendixFile(target, a.label());
                byte[] one = render(fo.separateAppendix(a, note), a.label() + " - " + title);
                SafeFiles.write(file, out -> out.write(one));
                written.add(file);
            }
        }
        return written;
    }

    /** The plan with its appendices inline, as bytes (tests, benchmarks). */
    public byte[] toBytes(PlanDocument stored) {
        PlanDocument doc = PlanFields.resolve(stored);
        return render(new PlanFo(doc).document(true), title(doc));
    }

    /** Each appendix alone as {@link Appendices#SEPARATE} writes it, as bytes. */
    public List<byte[]> appendicesToBytes(PlanDocument stored) {
        PlanDocument doc = PlanFields.resolve(stored);
        PlanFo fo = new PlanFo(doc);
        String note = signingNote(fo, doc);
        List<byte[]> out = new ArrayList<>();
        for (AppendixText a : fo.appendices()) {
            out.add(render(fo.separateAppendix(a, note), a.label()));
        }
        return out;
    }

    /**
     * "12/KH-UBND, " — the number and symbol and the blank the signing time (ISO 8601) goes in: the issuing body's
     * signer tool fills it when it signs the appendix file.
     */
    static String signingNote(PlanFo fo, PlanDocument doc) {
        return fo.layout().numberAndSymbol(doc.plan()).strip() + ", ";
    }

    /** {@code KH.pdf} + "Phụ lục II" → {@code KH-PhuLuc-II.pdf}. */
    static Path appendixFile(Path target, String label) {
        String name = target.getFileName().toString();
        int dot = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.length() - 4 : name.length();
        String suffix = label.replace("Phụ lục", "PhuLuc").replace(' ', '-');
        return target.resolveSibling(name.substring(0, dot) + "-" + suffix + ".pdf");
    }

    private static String title(PlanDocument doc) {
        String summary = doc.plan().summary() == null ? "" : doc.plan().summary().replace('\n', ' ').strip();
        return (vn.kehoachxa.domain.plan.TypeNames.printed(doc.plan()) + " " + summary).strip();
    }

    static byte[] render(String fo, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRenderer.render(fo, title, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
