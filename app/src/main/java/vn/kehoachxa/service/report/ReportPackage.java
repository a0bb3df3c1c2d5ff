package vn.kehoachxa.service.report;

import java.nio.file.Path;
import java.util.List;

/**
 * Bộ hồ sơ gửi báo cáo: what "Gửi báo cáo" built — the dated folder with the report (.docx), its tables (.xlsx) and
 * their PDFs when LibreOffice was found, the .zip of that folder and the .eml draft beside it, addressed to
 * {@code recipients} under {@code subject}.
 */
public record ReportPackage(Path folder, Path docx, Path xlsx, List<Path> pdfs, Path zip, Path eml,
                            List<String> recipients, String subject) {
    public ReportPackage {
        pdfs = List.copyOf(pdfs);
        recipients = List.copyOf(recipients);
    }

    /** The files in the folder, attached to the draft in this order. */
    public List<Path> files() {
        List<Path> out = new java.util.ArrayList<>(List.of(docx, xlsx));
        out.addAll(pdfs);
        return out;
    }
}
