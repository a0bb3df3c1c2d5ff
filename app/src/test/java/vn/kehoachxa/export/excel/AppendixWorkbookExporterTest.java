package vn.kehoachxa.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.TableKind;

class AppendixWorkbookExporterTest {
    private final AppendixWorkbookExporter exporter = new AppendixWorkbookExporter();

    @Test
    void writesOneSheetPerAppendixWithVietnameseNames() throws IOException {
        try (XSSFWorkbook wb = readBack(AppendixFixtures.fullPlan())) {
            assertThat(sheetNames(wb)).containsExactly("Chỉ tiêu", "Phân công mục tiêu", "Phân công nhiệm vụ");
        }
    }

    @Test
    void headingNumbersAppendicesInRomanAndMergesAcrossTheTable() throws IOException {
        try (XSSFWorkbook wb = readBack(AppendixFixtures.fullPlan())) {
            XSSFSheet tasks = wb.getSheet("Phân công nhiệm vụ");
            assertThat(text(tasks, 0, 0)).isEqualTo("Phụ lục III");
            assertThat(text(tasks, 1, 0)).isEqualTo("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH");
            assertThat(text(tasks, 2, 0)).isEqualTo("(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2026 "
                    + "của Ủy ban nhân dân xã Mường La)");
            assertThat(text(wb.getSheet("Chỉ tiêu"), 0, 0)).isEqualTo("Phụ lục I");
            assertThat(tasks.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:E1"),
                    CellRangeAddress.valueOf("A2:E2"), CellRangeAddress.valueOf("A3:E3"));
            assertThat(wb.getSheet("Chỉ tiêu").getMergedRegions()).contains(CellRangeAddress.valueOf("A1:F1"));
        }
    }

    @Test
    void aSingleAppendixIsPlainPhuLucAndADraftPrintsDottedBlanks() throws IOException {
        PlanDocument draft = AppendixFixtures.document(AppendixFixtures.plan(null, null),
                AppendixFixtures.indicatorGroups(), List.of(), List.of());
        try (XSSFWorkbook wb = readBack(draft)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(text(sheet, 0, 0)).isEqualTo("Phụ lục");
            assertThat(text(sheet, 1, 0)).isEqualTo(Appendix.defaultTitle(TableKind.INDICATORS));
            assertThat(text(sheet, 2, 0)).isEqualTo("(Kèm theo Kế hoạch số ....../KH-UBND ngày ...... tháng ...... "
                    + "năm ...... của Ủy ban nhân dân xã Mường La)");
        }
    }

    @Test
    void theAppendixSettingsGiveTitleAndContentHeadingAndCanLeaveATableOut() throws IOException {
        PlanDocument full = AppendixFixtures.fullPlan();
        PlanDocument set = new PlanDocument(full.plan(), full.basisDocuments(), full.sections(), full.recipients(),
                full.units(), full.indicatorGroups(), full.targetGroups(), full.taskGroups(), List.of(
                        new Appendix(TableKind.INDICATORS, false, null, null),
                        new Appendix(TableKind.TASK_MATRIX, true, "PHÂN CÔNG NHIỆM VỤ", "Tên nhiệm vụ")));
        try (XSSFWorkbook wb = readBack(set)) {
            assertThat(wb.getSheet("Chỉ tiêu")).isNull();
            XSSFSheet tasks = wb.getSheet("Phân công nhiệm vụ");
            assertThat(text(tasks, 1, 0)).isEqualTo("PHÂN CÔNG NHIỆM VỤ");
            assertThat(text(tasks, 4, 1)).isEqualTo("Tên nhiệm vụ");
        }
    }

    @Test
    void indicatorRowsKeepThePrintedTargetAndTheValueAsANumber() throws IOException {
        try (XSSFWorkbook wb = readBack(AppendixFixtures.fullPlan())) {
            XSSFSheet sheet = wb.getSheet("Chỉ tiêu");
            assertThat(rowTexts(sheet, 4)).containsExactly("TT", "Chỉ tiêu", "Đơn vị tính", "Đến năm 2030",
                    "Giá trị", "Ghi chú");
            assertThat(rowTexts(sheet, 5)).containsExactly("1", "Độ bao phủ bảo hiểm y tế toàn dân", "%", "≥ 97", "",
                    "Theo Nghị quyết số 72-NQ/TW là 98%");
            assertThat(sheet.getRow(5).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(97.0);
            // No original wording: the simple printed form, with the decimal comma; the number keeps its point.
            assertThat(text(sheet, 6, 3)).isEqualTo("> 75,5");
            assertThat(sheet.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(75.5);
            // A range has no single value to store.
            assertThat(text(sheet, 7, 3)).isEqualTo("4 - 5");
            assertThat(sheet.getRow(7).getCell(4).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(sheet, 8, 3)).isEqualTo("100");
            assertThat(sheet.isColumnHidden(4)).isTrue();
            assertThat(sheet.isColumnHidden(3)).isFalse();
        }
    }

    @Test
    void groupRowsAreBoldAndMergedAcrossAndSubRowsFollowTheirParent() throws IOException {
        try (XSSFWorkbook wb = readBack(AppendixFixtures.fullPlan())) {
            XSSFSheet sheet = wb.getSheet("Phân công nhiệm vụ");
            assertThat(rowTexts(sheet, 4)).containsExactly("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì",
                    "Cơ quan phối hợp", "Thời gian hoàn thành");
            assertThat(text(sheet, 5, 0)).isEqualTo("1. Đổi mới mạnh mẽ tư duy và hành động trong lãnh đạo, chỉ đạo");
            assertThat(sheet.getRow(5).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A6:E6"),
                    CellRangeAddress.valueOf("A9:E9"));
            List<String> numbers = new ArrayList<>();
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                numbers.add(text(sheet, r, 0).split(" ")[0]);
            }
            assertThat(numbers).containsExactly("1.", "1", "2", "2.", "1", "2.1", "2.2");
            assertThat(text(sheet, 10, 4)).isEqualTo("Quý I/2026");
            assertThat(text(sheet, 11, 4)).isEqualTo("Từ năm 2026");
            assertThat(text(sheet, 7, 4)).isEqualTo("Hằng năm");
        }
    }

    @Test
    void severalUnitsPrintOnSeparateLinesOfOneCell() throws IOException {
        try (XSSFWorkbook wb = readBack(AppendixFixtures.fullPlan())) {
            XSSFSheet sheet = wb.getSheet("Phân công nhiệm vụ");
            assertThat(text(sheet, 6, 2)).isEqualTo("Phòng Văn hoá - Xã hội\nTrạm Y tế");
            assertThat(text(sheet, 6, 3)).isEqualTo("Các cơ quan, đơn vị\nTrưởng các bản, tiểu khu");
            assertThat(sheet.getRow(6).getCell(2).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextAsTyped() throws IOException {
        try (XSSFWorkbook wb = readBack(AppendixFixtures.fullPlan())) {
            List<XSSFCell> typed = List.of(
                    wb.getSheet("Chỉ tiêu").getRow(8).getCell(1),
                    wb.getSheet("Chỉ tiêu").getRow(8).getCell(5),
                    wb.getSheet("Phân công mục tiêu").getRow(9).getCell(1),
                    wb.getSheet("Phân công nhiệm vụ").getRow(7).getCell(1));
            assertThat(typed).extracting(XSSFCell::getStringCellValue).containsExactly(
                    "=SUM(A1:A9) chỉ tiêu gõ như công thức", "+84 912 345 678",
                    "-Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số", "@Ban hành kế hoạch hằng năm");
            assertThat(typed).allSatisfy(cell -> {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            });
            assertThat(wb.getSheet("Chỉ tiêu").getRow(5).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void aPlanWithoutAppendixIsRefusedWithAClearMessage() {
        PlanDocument none = AppendixFixtures.document(AppendixFixtures.plan("12", LocalDate.of(2026, 1, 5)),
                List.of(), List.of(), List.of());
        assertThatThrownBy(() -> exporter.toWorkbook(none))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Kế hoạch không có phụ lục")
                .hasMessageContaining("Kế hoạch số 12/KH-UBND");
    }

    @Test
    void exportReplacesAnExistingFileWithTheNewWorkbook(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("phu-luc.xlsx");
        Files.writeString(target, "bản cũ");
        exporter.export(AppendixFixtures.fullPlan(), target);
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void anUnwritableTargetGivesAMessageNamingTheFileAndLeavesNothingHalfWritten(@TempDir Path dir)
            throws IOException {
        // A folder in the file's place cannot be replaced, as a file locked by Excel cannot on Windows.
        Path target = dir.resolve("phu-luc.xlsx");
        Files.createDirectory(target);
        Files.writeString(target.resolve("giữ.txt"), "giữ nguyên");
        assertThatThrownBy(() -> exporter.export(AppendixFixtures.fullPlan(), target))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Không ghi được tệp " + target.toAbsolutePath());
        assertThat(Files.readString(target.resolve("giữ.txt"))).isEqualTo("giữ nguyên");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingFolderGivesAMessageNamingTheFile(@TempDir Path dir) {
        Path target = dir.resolve("không-có/phu-luc.xlsx");
        assertThatThrownBy(() -> exporter.export(AppendixFixtures.fullPlan(), target))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(target.toAbsolutePath().toString());
    }

    private XSSFWorkbook readBack(PlanDocument doc) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(exporter.toBytes(doc)));
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static String text(XSSFSheet sheet, int row, int column) {
        XSSFCell cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                ? Double.toString(cell.getNumericCellValue()) : cell.getStringCellValue();
    }

    static List<String> rowTexts(XSSFSheet sheet, int row) {
        List<String> out = new ArrayList<>();
        sheet.getRow(row).forEach(cell -> out.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                : ""));
        return out;
    }
}
