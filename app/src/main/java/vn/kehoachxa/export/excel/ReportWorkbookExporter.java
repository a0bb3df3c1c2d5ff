package vn.kehoachxa.export.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.report.ReportDocument;
import vn.kehoachxa.domain.report.ReportTable;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.files.SafeFiles;

/**
 * Xuất biểu báo cáo ra Excel: Biểu 1–3 of a periodic report as a workbook, one sheet each, printed like the plan's
 * appendices (A4 landscape, repeated header row, page numbers) by {@link PrintableSheetWriter}.
 */
public final class ReportWorkbookExporter {

    /** Column widths (characters) of Biểu 1, 2 and 3. */
    private static final int[][] WIDTHS = {{5, 44, 11, 16, 14, 13, 14}, {5, 44, 24, 18, 44}, {5, 48, 14, 14, 24}};

    /**
     * Writes the workbook to {@code target} safely ({@link SafeFiles}).
     *
     * @throws vn.kehoachxa.files.FileWriteException when the file cannot be written, naming it
     */
    public void export(ReportDocument report, Path target) {
        SafeFiles.write(target, toBytes(report));
    }

    /** The workbook as .xlsx bytes. */
    public byte[] toBytes(ReportDocument report) {
        try (XSSFWorkbook workbook = toWorkbook(report); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook to memory failed", e);
        }
    }

    /** The workbook in memory; the caller closes it. */
    public XSSFWorkbook toWorkbook(ReportDocument report) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        PrintableSheetWriter writer = new PrintableSheetWriter(workbook);
        String note = attachedTo(report.header());
        for (int i = 0; i < report.tables().size(); i++) {
            ReportTable t = report.tables().get(i);
            writer.write(t.label(), printable(t, note, report.cutoffLine(), WIDTHS[Math.min(i, WIDTHS.length - 1)]));
        }
        workbook.setActiveSheet(0);
        return workbook;
    }

    /** {@code t} as a printable sheet: label, title, the "Kèm theo" note and the cut-off line (when not null). */
    static PrintableTable printable(ReportTable t, String note, String cutoff, int[] widths) {
        List<PrintableTable.Column> columns = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            boolean text = c == 1 || ("Biểu 2".equals(t.label()) && (c == 2 || c == t.columns().size() - 1));
            columns.add(PrintableTable.Column.of(t.columns().get(c), widths[Math.min(c, widths.length - 1)],
                    text ? PrintableTable.Align.LEFT : PrintableTable.Align.CENTER));
        }
        List<PrintableTable.Row> rows = new ArrayList<>();
        for (ReportTable.Row row : t.rows()) {
            rows.add(row.group() != null ? new PrintableTable.GroupRow(row.group())
                    : new PrintableTable.DataRow(new ArrayList<>(row.cells())));
        }
        List<PrintableTable.TitleLine> titles = new ArrayList<>(List.of(
                new PrintableTable.TitleLine(t.label(), PrintableTable.TitleStyle.LABEL),
                new PrintableTable.TitleLine(t.title(), PrintableTable.TitleStyle.TITLE),
                new PrintableTable.TitleLine(note, PrintableTable.TitleStyle.NOTE)));
        if (cutoff != null && !cutoff.isBlank()) {
            titles.add(new PrintableTable.TitleLine("(" + cutoff.strip() + ")", PrintableTable.TitleStyle.NOTE));
        }
        return new PrintableTable(titles, columns, rows);
    }

    /** "(Kèm theo Báo cáo số …/BC-UBND ngày … của UBND xã Mường La)". */
    private static String attachedTo(Plan header) {
        String number = header.number() == null || header.number().isBlank() ? "     " : header.number().strip();
        String separator = header.family() == DocumentFamily.PARTY ? "-" : "/";
        String issuer = (header.family() == DocumentFamily.PARTY ? "Đảng ủy " : "Ủy ban nhân dân ")
                + (header.communeName() == null ? "" : header.communeName().strip());
        return "(Kèm theo Báo cáo số " + number + separator + header.symbol() + " "
                + VietnameseDates.longDate(header.issueDate(), header.startYear()) + " của " + issuer + ")";
    }
}
