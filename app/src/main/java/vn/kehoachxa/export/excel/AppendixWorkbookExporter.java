package vn.kehoachxa.export.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.files.SafeFiles;

/**
 * Xuất phụ lục ra Excel: writes a plan's appendix tables as a print-ready .xlsx workbook, one sheet per appendix
 * (indicator table, target assignment matrix, task assignment matrix), each set up to print on A4 landscape.
 */
public final class AppendixWorkbookExporter {

    /**
     * Writes the workbook to {@code target} safely ({@link SafeFiles}), so a failed export never leaves a
     * half-written file and never damages the file it would replace.
     *
     * @throws DomainException when the plan has no appendix, or the file cannot be written (open in Excel,
     *                         read-only folder…), with a Vietnamese message naming the file
     */
    public void export(PlanDocument doc, Path target) {
        SafeFiles.write(target, toBytes(doc));
    }

    /** The workbook as .xlsx bytes. */
    public byte[] toBytes(PlanDocument doc) {
        try (XSSFWorkbook workbook = toWorkbook(doc); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook to memory failed", e);
        }
    }

    /**
     * The workbook in memory; the caller closes it.
     *
     * @throws DomainException when the plan has no appendix table with rows: an empty workbook helps nobody
     */
    public XSSFWorkbook toWorkbook(PlanDocument stored) {
        PlanDocument doc = vn.kehoachxa.domain.plan.PlanFields.resolve(stored);
        List<AppendixTables.AppendixSheet> appendices = AppendixTables.of(doc);
        if (appendices.isEmpty()) {
            throw new DomainException(Texts.get("export.excel.noAppendix", describe(doc.plan())));
        }
        XSSFWorkbook workbook = new XSSFWorkbook();
        PrintableSheetWriter writer = new PrintableSheetWriter(workbook);
        for (AppendixTables.AppendixSheet appendix : appendices) {
            writer.write(appendix.sheetName(), appendix.table());
        }
        workbook.setActiveSheet(0);
        vn.kehoachxa.export.DocumentIdentity.stamp(workbook, doc.plan().identity());
        return workbook;
    }

    /** "Kế hoạch số 12/KH-UBND", or the summary of a draft that has no number yet. */
    private static String describe(Plan plan) {
        String type = vn.kehoachxa.domain.plan.TypeNames.inWords(plan);
        if (plan.number() != null && !plan.number().isBlank()) {
            return type + " số " + plan.numberAndSymbol();
        }
        return plan.summary() == null || plan.summary().isBlank() ? type : type + " “" + plan.summary().strip() + "”";
    }
}
