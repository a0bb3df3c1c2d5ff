package vn.kehoachxa.cli;

import java.io.PrintWriter;
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
        return write(root.dataDirectory(), planId, new Outputs(planFile, withReports, wordFile, excelFile, pdfFile,
                "separate".equals(pdfAppendices), signatureFields), spec.commandLine().getOut());
    }

    /**
     * What one export writes: each file may be null (not written); at least one is not.
     *
     * @param planFile        the plan file ({@code --to}), with the units' reports when {@code withReports}
     * @param separatePdf     the PDF's appendices as separate files ({@code --pdf-appendices separate})
     * @param signatureFields empty signature fields in the PDF ({@code --signature-fields})
     */
    record Outputs(Path planFile, boolean withReports, Path wordFile, Path excelFile, Path pdfFile,
                 boolean separatePdf, boolean signatureFields) {
    }

    /**
     * Writes plan {@code planId} of the data folder {@code folder} to {@code files}; the command's work, also run
     * without picocli (decision 0048).
     */
    static int write(Path folder, long planId, Outputs files, PrintWriter out) {
        try (Workspace workspace = Workspace.open(folder)) {
            PlanExportService export = workspace.exports();
            if (files.planFile() != null) {
                export.toPlanFile(planId, files.planFile(), files.withReports());
                out.println(Texts.get("cli.export.done", files.planFile()));
            }
            // The plan is read once for both documents, not once per file.
            PlanDocument doc = files.wordFile() != null || files.excelFile() != null || files.pdfFile() != null
                    ? export.load(planId) : null;
            if (files.wordFile() != null) {
                export.toWord(doc, files.wordFile());
                out.println(Texts.get("cli.export.done", files.wordFile()));
            }
            if (files.pdfFile() != null) {
                for (Path written : PlanExportService.toPdf(doc, files.pdfFile(), files.separatePdf(),
                        files.signatureFields())) {
                    out.println(Texts.get("cli.export.done", written));
                }
            }
            if (files.excelFile() != null) {
                export.toExcel(doc, files.excelFile());
                out.println(Texts.get("cli.export.done", files.excelFile()));
            }
        }
        return KeHoachXaCommand.OK;
    }
}
