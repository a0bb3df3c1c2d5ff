package vn.kehoachxa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.service.PlanExportService;
import vn.kehoachxa.service.Workspace;

/**
 * {@code kehoachxa export PLAN --to FILE --docx FILE --xlsx FILE --pdf FILE [--pdf-appendices separate|inline]
 * [--signature-fields]}: writes
 * a stored plan out as files.
 */
@Command(name = "export")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    KeHoachXaCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MÃ_KẾ_HOẠCH", descriptionKey = "cli.export.plan")
    long planId;

    @Option(names = "--to", paramLabel = "TỆP.kehoach.json", descriptionKey = "cli.export.to")
    Path planFile;

    @Option(names = "--with-reports", descriptionKey = "cli.export.withReports")
    boolean withReports;

    @Option(names = "--docx", paramLabel = "TỆP.docx", descriptionKey = "cli.export.docx")
    Path wordFile;

    @Option(names = "--xlsx", paramLabel = "TỆP.xlsx", descriptionKey = "cli.export.xlsx")
    Path excelFile;

    @Option(names = "--pdf", paramLabel = "TỆP.pdf", descriptionKey = "cli.export.pdf")
    Path pdfFile;

    @Option(names = "--pdf-appendices", paramLabel = "inline|separate", defaultValue = "inline",
            descriptionKey = "cli.export.pdfAppendices")
    String pdfAppendices;

    @Option(names = "--signature-fields", descriptionKey = "cli.export.signatureFields")
    boolean signatureFields;

    @Override
    public Integer call() {
        if (!"inline".equals(pdfAppendices) && !"separate".equals(pdfAppendices)) {
            spec.commandLine().getErr().println(Texts.get("cli.export.pdfAppendices.bad", pdfAppendices));
            return KeHoachXaCommand.USAGE_ERROR;
        }
        if (planFile == null && wordFile == null && excelFile == null && pdfFile == null) {
            spec.commandLine().getErr().println(Texts.get("cli.export.nothing"));
            return KeHoachXaCommand.USAGE_ERROR;
        }
        try (Workspace workspace = root.openWorkspace()) {
            PlanExportService export = workspace.exports();
            if (planFile != null) {
                export.toPlanFile(planId, planFile, withReports);
                spec.commandLine().getOut().println(Texts.get("cli.export.done", planFile));
            }
            // The plan is read once for both documents, not once per file.
            PlanDocument doc = wordFile != null || excelFile != null || pdfFile != null ? export.load(planId) : null;
            if (wordFile != null) {
                export.toWord(doc, wordFile);
                spec.commandLine().getOut().println(Texts.get("cli.export.done", wordFile));
            }
            if (pdfFile != null) {
                for (Path written : PlanExportService.toPdf(doc, pdfFile, "separate".equals(pdfAppendices),
                        signatureFields)) {
                    spec.commandLine().getOut().println(Texts.get("cli.export.done", written));
                }
            }
            if (excelFile != null) {
                export.toExcel(doc, excelFile);
                spec.commandLine().getOut().println(Texts.get("cli.export.done", excelFile));
            }
        }
        return KeHoachXaCommand.OK;
    }
}
