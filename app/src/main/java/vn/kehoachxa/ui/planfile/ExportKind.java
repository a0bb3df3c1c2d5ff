package vn.kehoachxa.ui.planfile;

import java.nio.file.Path;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.export.excel.AppendixWorkbookExporter;
import vn.kehoachxa.export.word.PlanWordExporter;
import vn.kehoachxa.service.PlanExportService;

/** What the Tệp menu can export a plan as: the plan file, the Word plan, the Excel appendices, the PDF for signing. */
public enum ExportKind {
    PLAN_FILE(PlanFiles.EXTENSION, "*" + PlanFiles.EXTENSION),
    WORD(".docx", "*.docx"),
    EXCEL("-phu-luc.xlsx", "*.xlsx"),
    /** PDF/A-2b for digital signing, appendices inline, with empty signature fields (issue 15). */
    PDF(".pdf", "*.pdf");

    private final String suffix;
    private final String pattern;

    ExportKind(String suffix, String pattern) {
        this.suffix = suffix;
        this.pattern = pattern;
    }

    /** What the default file name ends with. */
    public String suffix() {
        return suffix;
    }

    /** The file chooser's filter pattern. */
    public String pattern() {
        return pattern;
    }

    /** Writes {@code doc} to {@code target}; runs on the background executor. */
    public void write(PlanDocument doc, Path target) {
        switch (this) {
            case PLAN_FILE -> PlanFiles.write(doc, target);
            case WORD -> new PlanWordExporter().export(doc, target);
            case EXCEL -> new AppendixWorkbookExporter().export(doc, target);
            case PDF -> PlanExportService.toPdf(doc, target, false, true);
            default -> throw new IllegalStateException(name());
        }
    }
}
