package vn.kehoachxa.service.report;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Bộ hồ sơ gửi báo cáo: what "Gửi báo cáo" built — the dated folder with the report (.docx), its tables (.xlsx) and
 * their PDFs when LibreOffice was found, the .zip of that folder and the .eml draft beside it, addressed to
 * {@code recipients} under {@code subject}. {@code dataFiles} are the machine-readable files for the province's
 * collector (ket-qua.json, ket-qua.adx.xml, the .kehoach.json and manifest.json last, docs/report-package-format.md);
 * {@code packageId} identifies this package and {@code replaces} names the package it corrects (null: a first
 * sending, or a package built without identity).
 */
public record ReportPackage(Path folder, Path docx, Path xlsx, List<Path> pdfs, Path zip, Path eml,
                            List<String> recipients, String subject, List<Path> dataFiles, UUID packageId,
                            UUID replaces) {
    public ReportPackage {
        pdfs = List.copyOf(pdfs);
        recipients = List.copyOf(recipients);
        dataFiles = List.copyOf(dataFiles);
    }

    /** A package of the report's files only, without identity (callers written before issue 17). */
    public ReportPackage(Path folder, Path docx, Path xlsx, List<Path> pdfs, Path zip, Path eml,
                         List<String> recipients, String subject) {
        this(folder, docx, xlsx, pdfs, zip, eml, recipients, subject, List.of(), null, null);
    }

    /** The files in the folder, attached to the draft in this order: the report's, then the data files. */
    public List<Path> files() {
        List<Path> out = new java.util.ArrayList<>(List.of(docx, xlsx));
        out.addAll(pdfs);
        out.addAll(dataFiles);
        return out;
    }
}
