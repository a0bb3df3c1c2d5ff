package vn.kehoachxa.service;

import java.nio.file.Path;
import java.util.List;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFileContent;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.export.excel.AppendixWorkbookExporter;
import vn.kehoachxa.export.pdf.PlanPdfExporter;
import vn.kehoachxa.export.word.PlanWordExporter;
import vn.kehoachxa.persistence.Database;

/** Xuất kế hoạch: writes a stored plan out as a plan file, a Word document or an Excel workbook of appendices. */
public final class PlanExportService {
    private final Database db;

    /** Works on {@code db}. */
    public PlanExportService(Database db) {
        this.db = db;
    }

    /** Writes the plan as a {@code .kehoach.json} file (temp file, then moved into place). */
    public void toPlanFile(long planId, Path target) {
        toPlanFile(planId, target, false);
    }

    /** Writes the plan as a plan file, with its periods and the units' reports when {@code withReporting}. */
    public void toPlanFile(long planId, Path target, boolean withReporting) {
        PlanFileContent content = db.read(store -> {
            PlanDocument doc = PlanIdentities.forExport(store, store.documents().load(planId));
            return new PlanFileContent(doc, withReporting ? store.reportingData().export(doc) : null,
                    PlanVersionService.versionInfo(store, doc.plan()));
        });
        PlanFiles.write(content, target);
    }

    /** Writes the plan as a Word document laid out for its family (Decree 30 or HD 36), appendices included. */
    public void toWord(long planId, Path target) {
        toWord(load(planId), target);
    }

    /**
     * Writes the plan as PDF/A-2b for digital signing (no LibreOffice or Word needed): its appendices in the same
     * file, or with {@code separateAppendices} one file per appendix beside it ({@code KH-PhuLuc-I.pdf}…), each
     * with the signing note at the top right of its first page. Returns the files written, the plan's first.
     */
    public List<Path> toPdf(long planId, Path target, boolean separateAppendices) {
        return toPdf(load(planId), target, separateAppendices, false);
    }

    /**
     * {@link #toPdf(long, Path, boolean)} of a plan already read ({@link #load}); with {@code signatureFields} the
     * files carry empty signature fields where the signer and the body sign, for the signer tool to sign in place.
     * Needs no database: run it on the file executor.
     */
    public static List<Path> toPdf(PlanDocument doc, Path target, boolean separateAppendices,
                                   boolean signatureFields) {
        List<Path> written = new PlanPdfExporter().export(doc, target, separateAppendices
                ? PlanPdfExporter.Appendices.SEPARATE : PlanPdfExporter.Appendices.INLINE);
        if (signatureFields) {
            SigningPdfs.addFields(written, doc.plan().signer());
        }
        return written;
    }

    /** Writes the plan's appendix tables as a print-ready Excel workbook. */
    public void toExcel(long planId, Path target) {
        toExcel(load(planId), target);
    }

    /** {@link #toWord(long, Path)} of a plan already read ({@link #load}): one read serves several files. */
    public void toWord(PlanDocument doc, Path target) {
        new PlanWordExporter().export(doc, target);
    }

    /** {@link #toExcel(long, Path)} of a plan already read ({@link #load}). */
    public void toExcel(PlanDocument doc, Path target) {
        new AppendixWorkbookExporter().export(doc, target);
    }

    /** The whole plan, read in one transaction, with its identity as exports write it (decision 0037). */
    public PlanDocument load(long planId) {
        return db.read(store -> PlanIdentities.forExport(store, store.documents().load(planId)));
    }
}
