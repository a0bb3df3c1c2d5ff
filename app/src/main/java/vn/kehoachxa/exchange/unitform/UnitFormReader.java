package vn.kehoachxa.exchange.unitform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Figures;
import vn.kehoachxa.domain.reporting.CompletionDates;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.text.VietnameseNumbers;

/**
 * Reads a returned unit report form (đọc biểu mẫu đã điền): its identity from the hidden sheet {@code _kx}, and the
 * rows the unit filled, found by the hidden id in each row's last column, so rows the unit re-sorted still match.
 * Problems in cells are collected, each naming its sheet and cell, rather than stopping at the first.
 */
public final class UnitFormReader {
    private static final int MAX_ROWS = 5000;
    private static final int MAX_TEXT = 2000;

    static {
        // Second line behind FormFileGuard: POI refuses entries that inflate too much while it reads them.
        ZipSecureFile.setMinInflateRatio(1.0 / FormFileGuard.MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(FormFileGuard.MAX_ENTRY_BYTES);
    }

    private UnitFormReader() {
    }

    /** Checks {@code content} with {@link FormFileGuard}, then reads it; an unreadable file is a DomainException. */
    public static FilledForm read(String fileName, byte[] content) {
        FormFileGuard.check(fileName, content);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Map<String, String> header = header(fileName, wb);
            FormIdentity identity = identity(fileName, header);
            FormLayout.TaskColumns columns = FormLayout.TaskColumns.of(header.get("magic")).orElseThrow();
            List<String> errors = new ArrayList<>();
            List<FilledForm.Task> tasks = tasks(wb.getSheet(FormLayout.TASK_SHEET), columns, errors);
            List<FilledForm.Result> results = results(wb.getSheet(FormLayout.INDICATOR_SHEET), errors);
            return new FilledForm(identity, tasks, results, errors);
        } catch (EncryptedDocumentException e) {
            throw new DomainException(Texts.get("unitform.encrypted", fileName), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException(Texts.get("unitform.corrupt", fileName), e);
        }
    }

    /** The key/value pairs of the hidden sheet, once it is known to be one of our layouts. */
    private static Map<String, String> header(String fileName, XSSFWorkbook wb) {
        Sheet sheet = wb.getSheet(FormLayout.ID_SHEET);
        if (sheet == null) {
            throw new DomainException(Texts.get("unitform.notAForm", fileName));
        }
        Map<String, String> values = new HashMap<>();
        for (Row row : sheet) {
            String key = text(row.getCell(0));
            if (key != null) {
                values.put(key, text(row.getCell(1)));
            }
        }
        if (FormLayout.TaskColumns.of(values.get("magic")).isEmpty()) {
            throw new DomainException(Texts.get("unitform.notAForm", fileName));
        }
        return values;
    }

    private static FormIdentity identity(String fileName, Map<String, String> values) {
        try {
            return new FormIdentity(Long.parseLong(values.get("planId")), values.get("planFingerprint"),
                    Long.parseLong(values.get("unitId")), values.get("unitName"),
                    PeriodKind.valueOf(values.get("periodKind")), Integer.parseInt(values.get("periodYear")),
                    Integer.parseInt(values.get("periodIndex")), Integer.parseInt(values.get("formVersion")));
        } catch (RuntimeException e) {
            throw new DomainException(Texts.get("unitform.notAForm", fileName), e);
        }
    }

    private static List<FilledForm.Task> tasks(Sheet sheet, FormLayout.TaskColumns columns, List<String> errors) {
        List<FilledForm.Task> out = new ArrayList<>();
        if (sheet == null) {
            return out;
        }
        for (Row row : rows(sheet)) {
            Optional<Long> id = id(row.getCell(columns.id()), FormLayout.ITEM_PREFIX);
            if (id.isEmpty()) {
                continue;
            }
            String statusText = text(row.getCell(columns.status()));
            String result = text(row.getCell(columns.result()));
            String difficulties = text(row.getCell(columns.difficulties()));
            String proposals = text(row.getCell(columns.proposals()));
            Cell completedCell = columns.completed() < 0 ? null : row.getCell(columns.completed());
            String completedText = text(completedCell);
            String cell = where(sheet, row, columns.status());
            String completedWhere = columns.completed() < 0 ? null : where(sheet, row, columns.completed());
            if (statusText == null && result == null && difficulties == null && proposals == null
                    && completedText == null) {
                continue;
            }
            if (statusText == null) {
                errors.add(Texts.get("unitform.cell", cell, Texts.get("unitform.statusMissing")));
                continue;
            }
            Optional<ProgressStatus> status = FormLayout.status(statusText);
            if (status.isEmpty()) {
                errors.add(Texts.get("unitform.cell", cell, Texts.get("unitform.statusInvalid", statusText)));
                continue;
            }
            LocalDate completedOn;
            try {
                completedOn = date(completedCell);
            } catch (IllegalArgumentException e) {
                errors.add(Texts.get("unitform.cell", completedWhere, e.getMessage()));
                continue;
            }
            out.add(new FilledForm.Task(id.get(), cell, status.get(), result, difficulties, proposals,
                    completedWhere, completedOn));
        }
        return out;
    }

    /**
     * A completion date: a date cell (Excel keeps it as a day number), or text as people type it ("28/12/2026");
     * anything else is refused with the words the cell shows.
     */
    private static LocalDate date(Cell cell) {
        String written = text(cell);
        if (written == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            // Day numbers of 1/1/2000 … 31/12/2100; a bare "2026" or "28" is not a date the unit meant.
            if (d == Math.rint(d) && d >= 36526 && d <= 73415 && DateUtil.isValidExcelDate(d)) {
                return DateUtil.getLocalDateTime(d).toLocalDate();
            }
            throw new IllegalArgumentException(Texts.get("completion.badDate",
                    new DataFormatter().formatCellValue(cell).strip()));
        }
        if (type == CellType.ERROR) {
            throw new IllegalArgumentException(Texts.get("unitform.errorCell", errorText(cell)));
        }
        return CompletionDates.parse(written)
                .orElseThrow(() -> new IllegalArgumentException(Texts.get("completion.badDate", written)));
    }

    private static List<FilledForm.Result> results(Sheet sheet, List<String> errors) {
        List<FilledForm.Result> out = new ArrayList<>();
        if (sheet == null) {
            return out;
        }
        for (Row row : rows(sheet)) {
            Optional<Long> id = id(row.getCell(FormLayout.INDICATOR_ID), FormLayout.INDICATOR_PREFIX);
            if (id.isEmpty()) {
                continue;
            }
            String cell = where(sheet, row, FormLayout.INDICATOR_VALUE);
            String note = text(row.getCell(FormLayout.INDICATOR_NOTE));
            if (note != null && note.length() > MAX_TEXT) {
                errors.add(Texts.get("unitform.cell", where(sheet, row, FormLayout.INDICATOR_NOTE),
                        Texts.get("unitform.tooLong", MAX_TEXT)));
                continue;
            }
            BigDecimal value;
            try {
                value = number(row.getCell(FormLayout.INDICATOR_VALUE));
            } catch (IllegalArgumentException e) {
                errors.add(Texts.get("unitform.cell", cell, e.getMessage()));
                continue;
            }
            if (value == null && note == null) {
                continue;
            }
            // A note without a figure is kept as the result's words (e.g. a qualitative target).
            out.add(value == null ? new FilledForm.Result(id.get(), cell, null, note, null)
                    : new FilledForm.Result(id.get(), cell, value, null, note));
        }
        return out;
    }

    private static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (rows.size() >= MAX_ROWS) {
                break;
            }
            rows.add(row);
        }
        return rows;
    }

    private static Optional<Long> id(Cell cell, String prefix) {
        String s = text(cell);
        if (s == null || !s.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = s.substring(prefix.length());
        int colon = rest.indexOf(':');
        try {
            return Optional.of(Long.parseLong(colon < 0 ? rest : rest.substring(0, colon)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A figure: a number cell, a formula's cached number, or text with a decimal comma ("96,5"), rounded to the
     * decimals the database keeps; too large a figure or an error cell (#DIV/0!) is refused.
     */
    private static BigDecimal number(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.ERROR) {
            throw new IllegalArgumentException(Texts.get("unitform.errorCell", errorText(cell)));
        }
        BigDecimal value;
        String written;
        if (type == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(Texts.get("unitform.figureOutOfRange", String.valueOf(d),
                        Figures.MAX_INTEGER_DIGITS));
            }
            written = NumberToTextConverter.toText(d);
            value = new BigDecimal(written);
        } else {
            written = text(cell);
            if (written == null) {
                return null;
            }
            value = VietnameseNumbers.parse(written);
        }
        return Figures.rounded(value).orElseThrow(() -> new IllegalArgumentException(
                Texts.get("unitform.figureOutOfRange", written, Figures.MAX_INTEGER_DIGITS)));
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#?";
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        String s = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String where(Sheet sheet, Row row, int column) {
        return sheet.getSheetName() + "!" + new CellReference(row.getRowNum(), column).formatAsString(false);
    }
}
