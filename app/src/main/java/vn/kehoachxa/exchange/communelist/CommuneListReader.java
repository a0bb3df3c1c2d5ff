package vn.kehoachxa.exchange.communelist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.collect.ProvinceNames;

/**
 * Reads a province's list of communes from an .xlsx (first sheet) or a .csv (UTF-8, comma or semicolon): columns mã,
 * tên xã/phường, tỉnh, found by their headings (or A, B, C when the first row is already a commune). Every problem is
 * collected with its sheet, row and cell (or line and column) and the whole list is refused when there is one, so a
 * list goes in all or nothing. A blank province cell takes {@code province}; when that is null every row must name
 * the same province.
 */
public final class CommuneListReader {
    private static final Pattern CODE = Pattern.compile("\\d{5}");
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private CommuneListReader() {
    }

    /** The communes of {@code file}, in its order; throws a {@link DomainException} listing every problem. */
    public static List<ProvinceCommune> read(Path file, String province) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DomainException(Texts.get("communelist.tooLarge", name));
            }
            List<Line> lines;
            if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
                lines = sheet(file);
            } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                lines = csv(file);
            } else {
                throw new DomainException(Texts.get("communelist.badType", name));
            }
            return check(name, lines, province);
        } catch (IOException e) {
            throw new DomainException(Texts.get("communelist.unreadable", name), e);
        }
    }

    /** One row: where each of its three cells is and what they hold. */
    private record Line(String[] where, String[] cells) {
    }

    private static List<ProvinceCommune> check(String fileName, List<Line> lines, String province) {
        List<String> problems = new ArrayList<>();
        int[] columns = {0, 1, 2};
        int first = 0;
        if (!lines.isEmpty() && !CODE.matcher(lines.getFirst().cells()[0].strip()).matches()) {
            columns = headings(lines.getFirst());
            first = 1;
            if (columns == null) {
                throw new DomainException(Texts.get("communelist.noHeadings", fileName));
            }
        }
        Map<String, String> seen = new HashMap<>();
        String listProvince = province;
        String listProvinceWhere = null;
        List<ProvinceCommune> out = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            Line line = lines.get(i);
            String code = line.cells()[columns[0]].strip();
            String name = nfc(line.cells()[columns[1]]);
            String prov = columns[2] < 0 ? "" : nfc(line.cells()[columns[2]]);
            if (code.isEmpty() && name.isEmpty() && prov.isEmpty()) {
                continue;
            }
            int before = problems.size();
            if (!CODE.matcher(code).matches()) {
                problems.add(Texts.get("communelist.badCode", line.where()[columns[0]], code));
            } else if (seen.containsKey(code)) {
                problems.add(Texts.get("communelist.twice", line.where()[columns[0]], code, seen.get(code)));
            } else {
                seen.put(code, line.where()[columns[0]]);
            }
            if (name.isEmpty()) {
                problems.add(Texts.get("communelist.noName", line.where()[columns[1]]));
            }
            String provWhere = columns[2] < 0 ? line.where()[columns[1]] : line.where()[columns[2]];
            if (prov.isEmpty()) {
                if (listProvince == null) {
                    problems.add(Texts.get("communelist.noProvince", provWhere));
                }
                prov = listProvince == null ? "" : listProvince;
            } else if (listProvince == null) {
                listProvince = prov;
                listProvinceWhere = provWhere;
            } else if (!ProvinceNames.same(listProvince, prov)) {
                problems.add(listProvinceWhere == null
                        ? Texts.get("communelist.otherProvince", provWhere, prov, listProvince)
                        : Texts.get("communelist.mixedProvinces", provWhere, prov, listProvince, listProvinceWhere));
            }
            if (problems.size() == before) {
                out.add(new ProvinceCommune(code, name, province != null ? province : prov));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(Texts.get("communelist.problems", fileName, String.valueOf(problems.size())),
                    problems, null);
        }
        if (out.isEmpty()) {
            throw new DomainException(Texts.get("communelist.empty", fileName));
        }
        return out;
    }

    /** The columns of code, name and province from a heading row; null when code or name is missing. */
    private static int[] headings(Line line) {
        int code = -1;
        int name = -1;
        int prov = -1;
        for (int c = 0; c < line.cells().length; c++) {
            String h = ProvinceNames.key(line.cells()[c]);
            if (code < 0 && (h.startsWith("ma") || h.contains("ma xa") || h.contains("ma dvhc"))) {
                code = c;
            } else if (name < 0 && h.startsWith("ten")) {
                name = c;
            } else if (prov < 0 && h.startsWith("tinh")) {
                prov = c;
            }
        }
        return code < 0 || name < 0 ? null : new int[] {code, name, prov};
    }

    private static List<Line> sheet(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            int width = 3;
            for (Row row : sheet) {
                width = Math.max(width, row.getLastCellNum());
            }
            for (Row row : sheet) {
                String[] cells = new String[width];
                String[] where = new String[width];
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    where[c] = Texts.get("communelist.cell", sheet.getSheetName(),
                            String.valueOf(row.getRowNum() + 1), new CellReference(row.getRowNum(), c)
                                    .formatAsString(false));
                    cells[c] = cell == null ? "" : text(cell, format);
                }
                lines.add(new Line(where, cells));
            }
        } catch (org.apache.poi.EmptyFileException
                 | org.apache.poi.UnsupportedFileFormatException e) {
            throw new DomainException(Texts.get("communelist.unreadable", file.getFileName()), e);
        }
        return lines;
    }

    /** A numeric code cell loses its leading zeros (00004): it is written back with five digits. */
    private static String text(Cell cell, DataFormatter format) {
        if (cell.getCellType() == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            if (v == Math.rint(v) && v >= 0 && v < 100000) {
                return String.format(Locale.ROOT, "%05d", (long) v);
            }
        }
        return format.formatCellValue(cell);
    }

    private static List<Line> csv(Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException(Texts.get("communelist.notUtf8", file.getFileName()), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] rows = text.split("\r\n|\n|\r", -1);
        char sep = rows.length > 0 && rows[0].chars().filter(ch -> ch == ';').count()
                > rows[0].chars().filter(ch -> ch == ',').count() ? ';' : ',';
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            List<String> cells = split(rows[i], sep);
            while (cells.size() < 3) {
                cells.add("");
            }
            String[] where = new String[cells.size()];
            for (int c = 0; c < where.length; c++) {
                where[c] = Texts.get("communelist.csvCell", String.valueOf(i + 1), String.valueOf(c + 1));
            }
            lines.add(new Line(where, cells.toArray(String[]::new)));
        }
        return lines;
    }

    /** One CSV line's fields: quotes may hold the separator, and "" is a quote. */
    private static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s == null ? "" : s.strip(), Normalizer.Form.NFC);
    }
}
