package vn.kehoachxa.export.collect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.CommuneFigure;
import vn.kehoachxa.domain.collect.CommuneReceipt;
import vn.kehoachxa.domain.collect.CommuneTasks;
import vn.kehoachxa.domain.collect.ConsolidatedIndicator;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.export.excel.PrintableSheetWriter;
import vn.kehoachxa.export.excel.PrintableTable;
import vn.kehoachxa.export.excel.PrintableTable.Align;
import vn.kehoachxa.export.excel.PrintableTable.Column;
import vn.kehoachxa.export.excel.PrintableTable.DataRow;
import vn.kehoachxa.export.excel.PrintableTable.GroupRow;
import vn.kehoachxa.export.excel.PrintableTable.Row;
import vn.kehoachxa.export.excel.PrintableTable.TitleLine;
import vn.kehoachxa.export.excel.PrintableTable.TitleStyle;
import vn.kehoachxa.files.SafeFiles;

/**
 * Xuất bảng tổng hợp của tỉnh ra Excel: one period's {@link ProvincePeriodSummary} as a print-ready workbook — who
 * reported and when ("Tình hình nộp"), the consolidated indicators ("Chỉ tiêu tổng hợp"), each indicator commune by
 * commune ("Chi tiết theo xã") and the communes' task counts ("Nhiệm vụ"). Every sheet goes through the commune
 * app's {@link PrintableSheetWriter}, so it prints as the plan's appendices do (A4 landscape, fit to width, header
 * repeated, Times New Roman, borders, page numbers).
 */
public final class ProvinceWorkbookExporter {
    /** Excel formats: whole counts with grouping, shares as percent with one decimal. */
    static final String COUNT_FORMAT = "#,##0";
    static final String PERCENT_FORMAT = "0.0%";

    private final ZoneId zone;

    /** An exporter printing times in {@code zone} (the office PC's). */
    public ProvinceWorkbookExporter(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Writes the workbook to {@code target} safely ({@link SafeFiles}).
     *
     * @throws vn.kehoachxa.files.FileWriteException when the file cannot be written, naming it
     */
    public void export(ProvincePeriodSummary summary, Path target) {
        SafeFiles.write(target, toBytes(summary));
    }

    /** The workbook as .xlsx bytes. */
    public byte[] toBytes(ProvincePeriodSummary summary) {
        try (XSSFWorkbook workbook = toWorkbook(summary); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook to memory failed", e);
        }
    }

    /** The workbook in memory; the caller closes it. */
    public XSSFWorkbook toWorkbook(ProvincePeriodSummary summary) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        PrintableSheetWriter writer = new PrintableSheetWriter(workbook);
        writer.write(Texts.get("provexport.sheet.receipts"), receipts(summary));
        writer.write(Texts.get("provexport.sheet.indicators"), indicators(summary));
        writer.write(Texts.get("provexport.sheet.breakdown"), breakdown(summary));
        writer.write(Texts.get("provexport.sheet.tasks"), tasks(summary));
        workbook.setActiveSheet(0);
        return workbook;
    }

    PrintableTable receipts(ProvincePeriodSummary s) {
        List<Column> columns = List.of(
                Column.of(Texts.get("provexport.col.no"), 5, Align.CENTER),
                Column.of(Texts.get("provexport.col.communeCode"), 8, Align.CENTER),
                Column.of(Texts.get("provexport.col.communeName"), 26, Align.LEFT),
                Column.of(Texts.get("provexport.col.state"), 13, Align.CENTER),
                Column.of(Texts.get("provexport.col.firstReceived"), 18, Align.CENTER),
                Column.of(Texts.get("provexport.col.receivedInForce"), 18, Align.CENTER),
                Column.number(Texts.get("provexport.col.corrections"), 11, COUNT_FORMAT),
                Column.of(Texts.get("provexport.col.planVersion"), 12, Align.CENTER));
        List<Row> rows = new ArrayList<>();
        int no = 1;
        for (CommuneReceipt r : s.communes()) {
            rows.add(DataRow.of(no++, r.commune().code(), r.commune().name(), ProvinceWording.state(r.state()),
                    ProvinceWording.time(r.firstReceivedAt(), zone), ProvinceWording.time(r.receivedAt(), zone),
                    r.state() == ReceiptState.MISSING ? null : r.corrections(), r.planVersion()));
        }
        String due = s.dueDate() == null ? Texts.get("provexport.due.none")
                : Texts.get("provexport.due", VietnameseDates.shortDate(s.dueDate()));
        return new PrintableTable(List.of(
                new TitleLine(Texts.get("provexport.title.receipts", upperPeriod(s), upper(s.province())),
                        TitleStyle.TITLE),
                new TitleLine(Texts.get("provexport.note.receipts", due,
                        s.count(ReceiptState.ON_TIME), s.count(ReceiptState.LATE), s.count(ReceiptState.MISSING),
                        s.communes().size()), TitleStyle.NOTE)), columns, rows);
    }

    PrintableTable indicators(ProvincePeriodSummary s) {
        List<Column> columns = List.of(
                Column.of(Texts.get("provexport.col.no"), 5, Align.CENTER),
                Column.of(Texts.get("provexport.col.indicatorCode"), 10, Align.CENTER),
                Column.of(Texts.get("provexport.col.indicator"), 40, Align.LEFT),
                Column.of(Texts.get("provexport.col.unit"), 10, Align.CENTER),
                Column.of(Texts.get("provexport.col.aggregation"), 12, Align.CENTER),
                Column.of(Texts.get("provexport.col.total"), 12, Align.CENTER),
                Column.number(Texts.get("provexport.col.reporting"), 10, COUNT_FORMAT),
                Column.number(Texts.get("provexport.col.judged"), 10, COUNT_FORMAT),
                Column.number(Texts.get("provexport.col.met"), 9, COUNT_FORMAT),
                Column.number(Texts.get("provexport.col.shareMet"), 9, PERCENT_FORMAT));
        List<Row> rows = new ArrayList<>();
        int no = 1;
        for (ConsolidatedIndicator i : s.indicators()) {
            rows.add(DataRow.of(no++, i.code(), i.name(), i.unitOfMeasure(),
                    ProvinceWording.aggregation(i.aggregation()), ProvinceWording.rounded(i.total()), i.reporting(),
                    i.judged(), i.met(), i.shareMet()));
        }
        return new PrintableTable(List.of(
                new TitleLine(Texts.get("provexport.title.indicators", upperPeriod(s), upper(s.province())),
                        TitleStyle.TITLE),
                new TitleLine(Texts.get("provexport.note.indicators", s.count(ReceiptState.ON_TIME)
                        + s.count(ReceiptState.LATE), s.communes().size()), TitleStyle.NOTE)), columns, rows);
    }

    PrintableTable breakdown(ProvincePeriodSummary s) {
        List<Column> columns = List.of(
                Column.of(Texts.get("provexport.col.no"), 5, Align.CENTER),
                Column.of(Texts.get("provexport.col.communeCode"), 8, Align.CENTER),
                Column.of(Texts.get("provexport.col.communeName"), 28, Align.LEFT),
                Column.of(Texts.get("provexport.col.figure"), 14, Align.CENTER),
                Column.of(Texts.get("provexport.col.figureText"), 44, Align.LEFT),
                Column.of(Texts.get("provexport.col.evaluation"), 16, Align.CENTER));
        List<Row> rows = new ArrayList<>();
        for (ConsolidatedIndicator i : s.indicators()) {
            String unit = i.unitOfMeasure().isBlank() ? "" : " (" + i.unitOfMeasure() + ")";
            rows.add(new GroupRow(i.code() + ". " + i.name() + unit));
            int no = 1;
            for (CommuneFigure f : i.breakdown()) {
                rows.add(DataRow.of(no++, f.communeCode(), f.communeName(), f.value(),
                        f.text() == null ? "" : f.text(), f.evaluation() == null ? "" : f.evaluation().label()));
            }
        }
        return new PrintableTable(List.of(
                new TitleLine(Texts.get("provexport.title.breakdown", upperPeriod(s), upper(s.province())),
                        TitleStyle.TITLE)), columns, rows);
    }

    PrintableTable tasks(ProvincePeriodSummary s) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.of(Texts.get("provexport.col.no"), 5, Align.CENTER),
                Column.of(Texts.get("provexport.col.communeCode"), 8, Align.CENTER),
                Column.of(Texts.get("provexport.col.communeName"), 24, Align.LEFT)));
        for (TaskStatus status : TaskStatus.values()) {
            columns.add(Column.number(status.label(), 12, COUNT_FORMAT));
        }
        columns.add(Column.number(Texts.get("provexport.col.taskTotal"), 9, COUNT_FORMAT));
        List<Row> rows = new ArrayList<>();
        int no = 1;
        for (CommuneTasks t : s.tasks()) {
            List<Object> cells = new ArrayList<>(List.of(no++, t.communeCode(), t.communeName()));
            int total = 0;
            for (TaskStatus status : TaskStatus.values()) {
                cells.add(t.count(status));
                total += t.count(status);
            }
            cells.add(total);
            rows.add(new DataRow(cells));
        }
        List<Object> totals = new ArrayList<>(List.of("", "", Texts.get("provexport.totalRow")));
        int all = 0;
        for (TaskStatus status : TaskStatus.values()) {
            totals.add(s.taskTotal(status));
            all += s.taskTotal(status);
        }
        totals.add(all);
        rows.add(new DataRow(totals));
        return new PrintableTable(List.of(
                new TitleLine(Texts.get("provexport.title.tasks", upperPeriod(s), upper(s.province())),
                        TitleStyle.TITLE)), columns, rows);
    }

    private static String upperPeriod(ProvincePeriodSummary s) {
        return upper(ProvinceWording.period(s.period()));
    }

    private static String upper(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.of("vi", "VN"));
    }
}
