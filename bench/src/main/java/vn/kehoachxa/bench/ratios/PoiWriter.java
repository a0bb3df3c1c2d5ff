package vn.kehoachxa.bench.ratios;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Yardstick for the CLI export: a whole process that writes the same paragraphs, table cells and sheet cells as the
 * app's export of a plan (read from an {@link ExportDump}) with plain POI, no styling, to a .docx and an .xlsx.
 * Arguments: {@code DUMP OUT.docx OUT.xlsx}.
 */
public final class PoiWriter {
    private PoiWriter() {
    }

    /** Writes the two files; see the class comment. */
    public static void main(String[] args) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XSSFWorkbook wb = new XSSFWorkbook();
        XWPFTable table = null;
        XWPFTableRow tableRow = null;
        int cellInRow = 0;
        XSSFSheet sheet = null;
        Row row = null;
        boolean excel = false;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", 3);
                switch (f[0]) {
                    case "DOCX" -> excel = false;
                    case "XLSX" -> excel = true;
                    case "P" -> {
                        doc.createParagraph().createRun().setText(ExportDump.unescape(f.length > 1 ? f[1] : ""));
                        table = null;
                    }
                    case "T" -> {
                        table = doc.createTable();
                        tableRow = null;
                    }
                    case "S" -> sheet = wb.createSheet(ExportDump.unescape(f[1]));
                    case "R" -> {
                        if (excel) {
                            row = sheet.createRow(Integer.parseInt(f[1]));
                        } else {
                            tableRow = tableRow == null ? table.getRow(0) : table.createRow();
                            cellInRow = 0;
                        }
                    }
                    case "C" -> {
                        if (excel) {
                            row.createCell(Integer.parseInt(f[1])).setCellValue(ExportDump.unescape(f[2]));
                        } else {
                            String text = ExportDump.unescape(f.length > 1 ? f[1] : "");
                            var cell = cellInRow < tableRow.getTableCells().size() ? tableRow.getCell(cellInRow)
                                    : tableRow.addNewTableCell();
                            cell.setText(text);
                            cellInRow++;
                        }
                    }
                    case "N" -> row.createCell(Integer.parseInt(f[1])).setCellValue(Double.parseDouble(f[2]));
                    default -> throw new IllegalArgumentException("unknown dump line: " + line);
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            doc.write(out);
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
            wb.write(out);
        }
        doc.close();
        wb.close();
    }
}
