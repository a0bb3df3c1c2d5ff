package vn.kehoachxa.bench.ratios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The paragraphs, table cells and sheet cells of the app's exported .docx and .xlsx as plain lines, for the
 * {@link PoiWriter} yardstick to write again with plain POI: one item a line, tab-separated, text escaped.
 * {@code DOCX} then {@code P text} (paragraph), {@code T} (table), {@code R} (row), {@code C text} (cell);
 * {@code XLSX} then {@code S name} (sheet), {@code R index} (row), {@code C column text} / {@code N column number}.
 */
final class ExportDump {
    private ExportDump() {
    }

    /** Writes the dump of {@code docx} and {@code xlsx} to {@code dump}; returns the number of items. */
    static int write(Path docx, Path xlsx, Path dump) throws IOException {
        List<String> lines = new ArrayList<>(List.of("DOCX"));
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    lines.add("P\t" + escape(p.getText()));
                } else if (element instanceof XWPFTable table) {
                    lines.add("T");
                    for (XWPFTableRow row : table.getRows()) {
                        lines.add("R");
                        for (XWPFTableCell cell : row.getTableCells()) {
                            lines.add("C\t" + escape(cell.getText()));
                        }
                    }
                }
            }
        }
        lines.add("XLSX");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                lines.add("S\t" + escape(sheet.getSheetName()));
                for (Row row : sheet) {
                    lines.add("R\t" + row.getRowNum());
                    for (Cell cell : row) {
                        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                                : cell.getCellType();
                        if (type == CellType.NUMERIC) {
                            lines.add("N\t" + cell.getColumnIndex() + "\t" + cell.getNumericCellValue());
                        } else if (type == CellType.STRING) {
                            lines.add("C\t" + cell.getColumnIndex() + "\t" + escape(cell.getStringCellValue()));
                        }
                    }
                }
            }
        }
        Files.write(dump, lines, StandardCharsets.UTF_8);
        return lines.size();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
