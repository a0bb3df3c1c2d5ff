package vn.kehoachxa.exchange.unitform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills a generated unit form the way a unit would, with POI: by the hidden row ids. */
public final class FormFiller {
    private final Path file;
    private final XSSFWorkbook wb;

    private FormFiller(Path file, XSSFWorkbook wb) {
        this.file = file;
        this.wb = wb;
    }

    /** Opens a form for filling. */
    public static FormFiller open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new FormFiller(file, new XSSFWorkbook(in));
        }
    }

    /** The item ids on the task sheet, in row order. */
    public List<Long> itemIds() {
        List<Long> ids = ids(FormLayout.TASK_SHEET, FormLayout.TASK_ID, FormLayout.ITEM_PREFIX);
        // A form of the first layout (no completion-date column) keeps its ids one column further left.
        return ids.isEmpty() ? ids(FormLayout.TASK_SHEET, FormLayout.TASK_ID - 1, FormLayout.ITEM_PREFIX) : ids;
    }

    /** The indicator ids on the indicator sheet, in row order. */
    public List<Long> indicatorIds() {
        return ids(FormLayout.INDICATOR_SHEET, FormLayout.INDICATOR_ID, FormLayout.INDICATOR_PREFIX);
    }

    /** Writes a task row's inputs. */
    public FormFiller task(long itemId, String status, String result, String difficulties, String proposals) {
        Row row = row(FormLayout.TASK_SHEET, FormLayout.TASK_ID, FormLayout.ITEM_PREFIX + itemId);
        set(row, FormLayout.TASK_STATUS, status);
        set(row, FormLayout.TASK_RESULT, result);
        set(row, FormLayout.TASK_DIFFICULTIES, difficulties);
        set(row, FormLayout.TASK_PROPOSALS, proposals);
        return this;
    }

    /** Writes a task row's actual completion date as a date cell (Excel's day number, shown dd/mm/yyyy). */
    public FormFiller completed(long itemId, java.time.LocalDate date) {
        Row row = row(FormLayout.TASK_SHEET, FormLayout.TASK_ID, FormLayout.ITEM_PREFIX + itemId);
        row.getCell(FormLayout.TASK_COMPLETED).setCellValue(date);
        return this;
    }

    /** Writes a task row's actual completion date as typed text, e.g. "28/12/2026". */
    public FormFiller completedText(long itemId, String text) {
        set(row(FormLayout.TASK_SHEET, FormLayout.TASK_ID, FormLayout.ITEM_PREFIX + itemId), FormLayout.TASK_COMPLETED,
                text);
        return this;
    }

    /** The cell address of a task row's completion date, e.g. "Nhiệm vụ!F9". */
    public String completedCell(long itemId) {
        Row row = row(FormLayout.TASK_SHEET, FormLayout.TASK_ID, FormLayout.ITEM_PREFIX + itemId);
        return FormLayout.TASK_SHEET + "!" + row.getCell(FormLayout.TASK_COMPLETED).getAddress();
    }

    /**
     * Turns this form into one of the first layout (before the completion date column): every task row's inputs and
     * id move one column left and the hidden sheet says {@code kehoachxa-unit-form/1}.
     */
    public FormFiller asFirstLayout() {
        for (Row row : wb.getSheet(FormLayout.TASK_SHEET)) {
            for (int c = FormLayout.TASK_COMPLETED; c < FormLayout.TASK_ID; c++) {
                Cell next = row.getCell(c + 1);
                set(row, c, next == null || next.toString().isEmpty() ? null : next.toString());
            }
            Cell last = row.getCell(FormLayout.TASK_ID);
            if (last != null) {
                row.removeCell(last);
            }
        }
        return identity("magic", FormLayout.MAGIC_V1);
    }

    /** Writes an indicator figure as a number cell. */
    public FormFiller number(long indicatorId, double value, String note) {
        Row row = indicatorRow(indicatorId);
        row.getCell(FormLayout.INDICATOR_VALUE).setCellValue(value);
        set(row, FormLayout.INDICATOR_NOTE, note);
        return this;
    }

    /** Writes an indicator figure as text, e.g. "96,5". */
    public FormFiller text(long indicatorId, String value, String note) {
        Row row = indicatorRow(indicatorId);
        set(row, FormLayout.INDICATOR_VALUE, value);
        set(row, FormLayout.INDICATOR_NOTE, note);
        return this;
    }

    /** Puts an error value (#DIV/0!) in an indicator's figure cell, as a broken formula leaves it. */
    public FormFiller errorValue(long indicatorId) {
        indicatorRow(indicatorId).getCell(FormLayout.INDICATOR_VALUE).setCellErrorValue(FormulaError.DIV0.getCode());
        return this;
    }

    /** The cell address of an indicator's figure, e.g. "Chỉ tiêu!E7". */
    public String indicatorCell(long indicatorId) {
        Row row = indicatorRow(indicatorId);
        return FormLayout.INDICATOR_SHEET + "!" + row.getCell(FormLayout.INDICATOR_VALUE).getAddress();
    }

    /** Sets a value in the hidden identity sheet. */
    public FormFiller identity(String key, String value) {
        for (Row row : wb.getSheet(FormLayout.ID_SHEET)) {
            if (key.equals(row.getCell(0).getStringCellValue())) {
                row.getCell(1).setCellValue(value);
            }
        }
        return this;
    }

    /** The workbook itself, for checks on its structure. */
    public XSSFWorkbook workbook() {
        return wb;
    }

    /** Saves to {@code target} and closes. */
    public Path saveAs(Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            wb.write(out);
        }
        wb.close();
        return target;
    }

    /** Saves over the original file and closes. */
    public Path save() throws IOException {
        return saveAs(file);
    }

    private Row indicatorRow(long indicatorId) {
        Sheet sheet = wb.getSheet(FormLayout.INDICATOR_SHEET);
        for (Row row : sheet) {
            Cell c = row.getCell(FormLayout.INDICATOR_ID);
            if (c != null && c.toString().startsWith(FormLayout.INDICATOR_PREFIX + indicatorId + ":")) {
                return row;
            }
        }
        throw new IllegalArgumentException("no indicator " + indicatorId);
    }

    private Row row(String sheetName, int column, String id) {
        for (Row row : wb.getSheet(sheetName)) {
            Cell c = row.getCell(column);
            if (c != null && id.equals(c.toString())) {
                return row;
            }
        }
        throw new IllegalArgumentException("no row " + id);
    }

    private List<Long> ids(String sheetName, int column, String prefix) {
        List<Long> out = new ArrayList<>();
        Sheet sheet = wb.getSheet(sheetName);
        if (sheet == null) {
            return out;
        }
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null && c.toString().startsWith(prefix)) {
                String rest = c.toString().substring(prefix.length());
                out.add(Long.parseLong(rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest));
            }
        }
        return out;
    }

    private static void set(Row row, int column, String value) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value);
        }
    }
}
