package vn.kehoachxa.exchange.unitform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.DataCutoff;
import vn.kehoachxa.domain.reporting.ProgressStatus;
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
 * Writes a unit report form (biểu mẫu báo cáo của đơn vị) as .xlsx: an instructions sheet, a sheet of the unit's
 * matrix rows and a sheet of the indicators it leads, each printable (A4 landscape, header repeated) through
 * {@link PrintableSheetWriter}. Only the input cells (shaded) are unlocked; the sheets are protected without a
 * password, so a unit cannot change the rows by mistake but anyone can lift the protection. The identity sits in
 * the hidden sheet {@code _kx} and each row's id in a hidden last column.
 */
public final class UnitFormWriter {
    private static final int MAX_TEXT = 2000;
    private static final double CM = 1 / 2.54;
    /**
     * Width of the instructions' one column in characters (digits of Times New Roman 12, about 2.1 mm each): a
     * little under the 16.5 cm between Decree 30's portrait margins (3 cm left, 1.5 cm right), so the lines wrap
     * inside the printed page instead of running off its right edge.
     */
    private static final int INSTRUCTIONS_WIDTH = 76;

    private UnitFormWriter() {
    }

    /**
     * Writes {@code form} to {@code target} safely ({@link SafeFiles}): a failed write leaves no half file and the
     * old form as it was.
     *
     * @throws vn.kehoachxa.files.FileWriteException when the file cannot be written, with a Vietnamese message
     */
    public static void write(UnitForm form, Path target) {
        SafeFiles.write(target, out -> {
            try (XSSFWorkbook wb = build(form)) {
                wb.write(out);
            }
        });
    }

    private static XSSFWorkbook build(UnitForm form) {
        XSSFWorkbook wb = new XSSFWorkbook();
        PrintableSheetWriter writer = new PrintableSheetWriter(wb);
        instructions(wb, form);
        Map<Integer, XSSFCellStyle> unlocked = new HashMap<>();
        if (!form.tasks().isEmpty()) {
            tasks(wb, writer, form, unlocked);
        }
        if (!form.indicators().isEmpty()) {
            indicators(wb, writer, form, unlocked);
        }
        identity(wb, form.identity());
        wb.setActiveSheet(0);
        return wb;
    }

    private static void instructions(XSSFWorkbook wb, UnitForm form) {
        XSSFSheet sheet = wb.createSheet(FormLayout.INSTRUCTIONS_SHEET);
        sheet.setColumnWidth(0, INSTRUCTIONS_WIDTH * 256);
        XSSFFont bold = wb.createFont();
        bold.setFontName("Times New Roman");
        bold.setFontHeightInPoints((short) 13);
        bold.setBold(true);
        XSSFFont plain = wb.createFont();
        plain.setFontName("Times New Roman");
        plain.setFontHeightInPoints((short) 12);
        XSSFCellStyle title = wb.createCellStyle();
        title.setFont(bold);
        title.setWrapText(true);
        XSSFCellStyle body = wb.createCellStyle();
        body.setFont(plain);
        body.setWrapText(true);
        FormIdentity id = form.identity();
        String due = VietnameseDates.shortDate(form.dueDate());
        List<String> lines = new ArrayList<>();
        lines.add(Texts.get("unitform.instructions.title", form.periodName().toUpperCase(java.util.Locale.ROOT)));
        lines.add(Texts.get("unitform.instructions.unit", id.unitName()));
        lines.add(Texts.get("unitform.instructions.plan", form.planTitle()));
        lines.add(Texts.get("unitform.instructions.due", due, form.sendTo()));
        if (form.cutoffStart() != null) {
            lines.add(Texts.get("unitform.cutoff", VietnameseDates.shortDate(form.cutoffStart()),
                    VietnameseDates.shortDate(form.cutoffEnd())));
        }
        if (form.dueNote() != null) {
            lines.add("(" + form.dueNote() + ")");
        }
        lines.add(Texts.get("unitform.instructions.tasks", FormLayout.TASK_SHEET, statusList()));
        lines.add(Texts.get("unitform.instructions.completion", Texts.get("unitform.completedHeader")));
        lines.add(Texts.get("unitform.instructions.indicators", FormLayout.INDICATOR_SHEET));
        lines.add(Texts.get("unitform.instructions.keep"));
        lines.add(Texts.get("unitform.instructions.version", id.formVersion()));
        for (int i = 0; i < lines.size(); i++) {
            XSSFRow row = sheet.createRow(i);
            XSSFCell cell = row.createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? title : body);
            row.setHeightInPoints(PrintableSheetWriter.wrappedHeight(lines.get(i), INSTRUCTIONS_WIDTH,
                    i == 0 ? 13.0 / 12 : 1.0, i == 0) + 4f);
        }
        printOnePageWide(wb, sheet, lines.size() - 1);
        sheet.enableLocking();
    }

    /** A4 portrait within Decree 30's margins, scaled to the page's width if a renderer's fonts run wider. */
    private static void printOnePageWide(XSSFWorkbook wb, XSSFSheet sheet, int lastRow) {
        XSSFPrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.TOP, CM * 2);
        sheet.setMargin(PageMargin.BOTTOM, CM * 2);
        sheet.setMargin(PageMargin.LEFT, CM * 3);
        sheet.setMargin(PageMargin.RIGHT, CM * 1.5);
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, 0, 0, lastRow);
    }

    private static void tasks(XSSFWorkbook wb, PrintableSheetWriter writer, UnitForm form,
                              Map<Integer, XSSFCellStyle> unlocked) {
        List<Column> columns = List.of(Column.of("STT", 6, Align.CENTER), Column.of("Nội dung nhiệm vụ", 45,
                        Align.LEFT), Column.of("Vai trò", 11, Align.CENTER),
                Column.of("Thời gian hoàn thành", 14, Align.CENTER), Column.of("Tình trạng (chọn)", 18, Align.LEFT),
                Column.of(Texts.get("unitform.completedHeader"), 14, Align.CENTER),
                Column.of("Kết quả thực hiện", 40, Align.LEFT), Column.of("Khó khăn, vướng mắc", 28, Align.LEFT),
                Column.of("Đề xuất, kiến nghị", 28, Align.LEFT), new Column("Mã dòng", 12, Align.LEFT, true));
        List<Row> rows = new ArrayList<>();
        List<Integer> dataRows = new ArrayList<>();
        String group = null;
        Boolean section = null;
        char letter = 'A';
        for (FormTaskRow t : form.tasks()) {
            // Target rows and task rows each number their groups I, II…: a section title tells them apart.
            if (section == null || section != t.target()) {
                section = t.target();
                rows.add(new GroupRow(Texts.get(t.target() ? "unitform.section.targets" : "unitform.section.tasks",
                        String.valueOf(letter++))));
                group = null;
            }
            if (t.groupTitle() != null && !t.groupTitle().equals(group)) {
                group = t.groupTitle();
                rows.add(new GroupRow(group));
            }
            dataRows.add(rows.size());
            rows.add(DataRow.of(t.numberLabel(), cut(t.content()), t.role(), t.deadline(), null, null, null, null,
                    null, FormLayout.ITEM_PREFIX + t.itemId()));
        }
        List<TitleLine> titles = titles(form, "unitform.tasks.title");
        XSSFSheet sheet = writer.write(FormLayout.TASK_SHEET, new PrintableTable(titles, columns, rows));
        int first = titles.size() + 2;
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        CellRangeAddressList statusCells = new CellRangeAddressList();
        CellRangeAddressList dateCells = new CellRangeAddressList();
        Map<Integer, XSSFCellStyle> unlockedDates = new HashMap<>();
        for (int i : dataRows) {
            XSSFRow row = sheet.getRow(first + i);
            for (int c = FormLayout.TASK_STATUS; c <= FormLayout.TASK_PROPOSALS; c++) {
                unlock(wb, row.getCell(c), c == FormLayout.TASK_COMPLETED ? unlockedDates : unlocked);
            }
            statusCells.addCellRangeAddress(first + i, FormLayout.TASK_STATUS, first + i, FormLayout.TASK_STATUS);
            dateCells.addCellRangeAddress(first + i, FormLayout.TASK_COMPLETED, first + i,
                    FormLayout.TASK_COMPLETED);
        }
        short dateFormat = wb.createDataFormat().getFormat("dd/mm/yyyy");
        unlockedDates.values().forEach(style -> style.setDataFormat(dateFormat));
        String[] words = new String[ProgressStatus.values().length];
        for (ProgressStatus s : ProgressStatus.values()) {
            words[s.ordinal()] = FormLayout.statusLabel(s);
        }
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(words), statusCells);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(Texts.get("unitform.validation.title"), Texts.get("unitform.validation.status"));
        v.setShowErrorBox(true);
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
        if (!dataRows.isEmpty()) {
            // A warning, not a stop: "28/12/2026" typed as text where Excel expects another date order still reads.
            DataValidation dates = helper.createValidation(helper.createDateConstraint(
                    DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2100,12,31)", null),
                    dateCells);
            dates.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            dates.createErrorBox(Texts.get("unitform.validation.title"), Texts.get("unitform.validation.date"));
            dates.setShowErrorBox(true);
            sheet.addValidationData(dates);
        }
        protect(sheet);
    }

    private static void indicators(XSSFWorkbook wb, PrintableSheetWriter writer, UnitForm form,
                                   Map<Integer, XSSFCellStyle> unlocked) {
        List<Column> columns = List.of(Column.of("STT", 6, Align.CENTER), Column.of("Chỉ tiêu", 45, Align.LEFT),
                Column.of("Đơn vị tính", 10, Align.CENTER), Column.of("Mục tiêu", 18, Align.CENTER),
                Column.of("Kết quả (số)", 14, Align.RIGHT), Column.of("Ghi chú", 30, Align.LEFT),
                new Column("Mã chỉ tiêu", 12, Align.LEFT, true));
        List<Row> rows = new ArrayList<>();
        for (FormIndicatorRow r : form.indicators()) {
            rows.add(DataRow.of(r.numberLabel(), r.name(), r.unitOfMeasure(), r.target(), null, null,
                    FormLayout.INDICATOR_PREFIX + r.indicatorId() + ":" + r.code()));
        }
        List<TitleLine> titles = titles(form, "unitform.indicators.title");
        XSSFSheet sheet = writer.write(FormLayout.INDICATOR_SHEET, new PrintableTable(titles, columns, rows));
        int first = titles.size() + 2;
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        CellRangeAddressList cells = new CellRangeAddressList(first, first + rows.size() - 1,
                FormLayout.INDICATOR_VALUE, FormLayout.INDICATOR_VALUE);
        for (int i = 0; i < rows.size(); i++) {
            XSSFRow row = sheet.getRow(first + i);
            unlock(wb, row.getCell(FormLayout.INDICATOR_VALUE), unlocked);
            unlock(wb, row.getCell(FormLayout.INDICATOR_NOTE), unlocked);
        }
        // A warning, not a stop: "96,5" typed where Excel expects "96.5" is text the importer still reads.
        DataValidation v = helper.createValidation(helper.createDecimalConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "-1000000000000", "1000000000000"), cells);
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.createErrorBox(Texts.get("unitform.validation.title"), Texts.get("unitform.validation.number"));
        v.setShowErrorBox(true);
        sheet.addValidationData(v);
        protect(sheet);
    }

    private static List<TitleLine> titles(UnitForm form, String titleKey) {
        List<TitleLine> titles = new ArrayList<>();
        titles.add(new TitleLine(Texts.get(titleKey, form.periodName().toUpperCase(java.util.Locale.ROOT)),
                TitleStyle.TITLE));
        if (form.cutoffStart() != null) {
            titles.add(new TitleLine(DataCutoff.line(form.cutoffStart(), form.cutoffEnd()), TitleStyle.NOTE));
        }
        titles.add(new TitleLine(Texts.get("unitform.subtitle", form.identity().unitName(),
                VietnameseDates.shortDate(form.dueDate())), TitleStyle.NOTE));
        return titles;
    }

    private static void unlock(XSSFWorkbook wb, XSSFCell cell, Map<Integer, XSSFCellStyle> cache) {
        XSSFCellStyle base = cell.getCellStyle();
        XSSFCellStyle style = cache.computeIfAbsent((int) base.getIndex(), k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setLocked(false);
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        });
        cell.setCellStyle(style);
    }

    /** Protection without a password: rows and columns may still be resized so long answers stay readable. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private static void identity(XSSFWorkbook wb, FormIdentity id) {
        XSSFSheet sheet = wb.createSheet(FormLayout.ID_SHEET);
        String[][] pairs = {{"magic", FormLayout.MAGIC}, {"planId", String.valueOf(id.planId())},
            {"planFingerprint", id.planFingerprint()}, {"unitId", String.valueOf(id.unitId())},
            {"unitName", id.unitName()}, {"periodKind", id.periodKind().name()},
            {"periodYear", String.valueOf(id.periodYear())}, {"periodIndex", String.valueOf(id.periodIndex())},
            {"formVersion", String.valueOf(id.formVersion())}};
        for (int i = 0; i < pairs.length; i++) {
            XSSFRow row = sheet.createRow(i);
            row.createCell(0).setCellValue(pairs[i][0]);
            row.createCell(1).setCellValue(pairs[i][1]);
        }
        sheet.enableLocking();
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }

    private static String statusList() {
        List<String> words = new ArrayList<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            words.add(FormLayout.statusLabel(s));
        }
        return String.join("; ", words);
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT * 4 ? text : text.substring(0, MAX_TEXT * 4);
    }
}
