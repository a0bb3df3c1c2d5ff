package vn.kehoachxa.service.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.kehoachxa.testsupport.CollectorDatabases;
import vn.kehoachxa.testsupport.CollectorTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.collect.ReceivedPackage;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.exchange.collect.PackageReadResult;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.service.edit.EditHistory;

@org.junit.jupiter.api.extension.ExtendWith(CollectorDatabases.H2ForOtherTests.class)
class ProvinceCommuneServiceTest {
    static final ProvinceCommune MUONG_LA = new ProvinceCommune("14290", "Mường La", "Sơn La");
    static final ProvinceCommune CHIENG_LAO = new ProvinceCommune("14293", "Chiềng Lao", "Sơn La");

    @TempDir
    Path dir;
    CollectorDatabase db;
    ProvinceCommuneService service;
    final EditHistory history = new EditHistory();
    final Clock clock = Clock.fixed(Instant.parse("2026-03-19T03:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open(CollectorDatabases.Target target) {
        db = target.open();
        service = new ProvinceCommuneService(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @CollectorTest
    void addEditAndRemoveAreEachUndoneAndRedone() throws Exception {
        history.record("tỉnh", service.setProvince("Sơn La"));
        history.record("thêm", service.add(MUONG_LA));
        history.record("sửa", service.edit("14290", new ProvinceCommune("14291", "Xã Mường La", "Sơn La")));
        history.record("xóa", service.remove("14291"));
        assertThat(service.communes()).isEmpty();

        history.undo();
        assertThat(service.communes()).containsExactly(new ProvinceCommune("14291", "Xã Mường La", "Sơn La"));
        history.undo();
        assertThat(service.communes()).containsExactly(MUONG_LA);
        history.undo();
        assertThat(service.communes()).isEmpty();
        history.undo();
        assertThat(service.province()).isEmpty();
        history.redo();
        history.redo();
        history.redo();
        assertThat(service.province()).contains("Sơn La");
        assertThat(service.communes()).containsExactly(new ProvinceCommune("14291", "Xã Mường La", "Sơn La"));
    }

    @CollectorTest
    void aCodeAlreadyListedIsRefused() {
        service.add(MUONG_LA);

        assertThatThrownBy(() -> service.add(new ProvinceCommune("14290", "Khác", "Sơn La")))
                .isInstanceOf(DomainException.class).hasMessageContaining("14290").hasMessageContaining("Mường La");
    }

    @CollectorTest
    void aCommuneOfAnotherProvinceIsRefusedOnceTheProvinceIsSet() {
        service.setProvince("Tỉnh Sơn La");
        service.add(new ProvinceCommune("14290", "Mường La", "SƠN LA"));

        assertThatThrownBy(() -> service.add(new ProvinceCommune("03160", "Mường Phăng", "Điện Biên")))
                .isInstanceOf(DomainException.class).hasMessageContaining("Điện Biên");
    }

    @CollectorTest
    void aCommuneThatSentAPackageIsNotRemovedAndTheRefusalSaysWhatItHolds() {
        service.setProvince("Sơn La");
        service.add(MUONG_LA);
        ReceivedPackage p = CollectorPackages.of("14290", "Mường La", "Sơn La", CollectorPackages.Q1_2026,
                BigDecimal.TEN);
        new CollectorImportService(db, clock, path -> List.of(new PackageReadResult("a.zip", p, null)))
                .importAll(List.of(dir.resolve("a.zip")), x -> { });

        assertThat(service.removalProblem("14290")).get().asString().contains("Mường La", "1", "quý I năm 2026");
        assertThatThrownBy(() -> service.remove("14290")).isInstanceOf(DomainException.class)
                .hasMessageContaining("quý I năm 2026");
        assertThatThrownBy(() -> service.edit("14290", new ProvinceCommune("14299", "Mường La", "Sơn La")))
                .isInstanceOf(DomainException.class);
        assertThat(service.communes()).containsExactly(MUONG_LA);
        assertThat(service.removalProblem("14293")).isEmpty();
    }

    @CollectorTest
    void aCsvListGoesInWholeSetsTheProvinceAndIsUndoneWhole() throws Exception {
        service.add(MUONG_LA);
        Path csv = dir.resolve("xa.csv");
        Files.writeString(csv, "\uFEFFMã;Tên xã/phường;Tỉnh\n14290;Xã Mường La;Sơn La\n14293;Chiềng Lao;Tỉnh Sơn La\n"
                + "\n14296;\"Mường Bú; bản mới\";Sơn La\n", StandardCharsets.UTF_8);

        ProvinceCommuneService.ListImport done = service.importList(csv);
        history.record("nhập", done.undo());

        assertThat(done.added()).isEqualTo(2);
        assertThat(done.updated()).isEqualTo(1);
        assertThat(service.province()).contains("Sơn La");
        assertThat(service.communes()).extracting(ProvinceCommune::name)
                .containsExactly("Xã Mường La", "Chiềng Lao", "Mường Bú; bản mới");
        history.undo();
        assertThat(service.communes()).containsExactly(MUONG_LA);
        assertThat(service.province()).isEmpty();
    }

    @CollectorTest
    void anXlsxListWithErrorsNamesEachCellAndTakesNothing() throws Exception {
        service.setProvince("Sơn La");
        Path xlsx = dir.resolve("xa.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = book.createSheet("Danh sách");
            String[][] rows = {{"Mã xã", "Tên xã/phường", "Tỉnh"}, {"14290", "Mường La", "Sơn La"},
                {"1429", "Sai mã", "Sơn La"}, {"14293", "", "Sơn La"}, {"14290", "Trùng", "Sơn La"},
                {"03160", "Mường Phăng", "Điện Biên"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    sheet.createRow(r).createCell(c);
                }
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }

        assertThatThrownBy(() -> service.importList(xlsx)).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.problems()).containsExactly(
                        "Trang Danh sách, dòng 3, ô A3: mã xã \"1429\" phải gồm đúng 5 chữ số (mã đơn vị hành chính"
                                + " từ 1/7/2025).",
                        "Trang Danh sách, dòng 4, ô B4: thiếu tên xã/phường.",
                        "Trang Danh sách, dòng 5, ô A5: mã xã 14290 đã có ở Trang Danh sách, dòng 2, ô A2. Mỗi xã chỉ"
                                + " ghi một dòng.",
                        "Trang Danh sách, dòng 6, ô C6: tỉnh \"Điện Biên\" không phải tỉnh \"Sơn La\" của nơi tổng"
                                + " hợp."));
        assertThat(service.communes()).isEmpty();
    }

    @CollectorTest
    void aNumericCodeCellKeepsItsLeadingZeros() throws Exception {
        Path xlsx = dir.resolve("hn.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            var row = book.createSheet("Xã").createRow(0);
            row.createCell(0).setCellValue(4);
            row.createCell(1).setCellValue("Ba Đình");
            row.createCell(2).setCellValue("Thành phố Hà Nội");
            book.write(out);
        }

        service.importList(xlsx);

        assertThat(service.communes()).containsExactly(new ProvinceCommune("00004", "Ba Đình", "Thành phố Hà Nội"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            QUARTER,    2026, 1, 2026-03-20
            QUARTER,    2026, 2, 2026-06-19
            QUARTER,    2026, 3, 2026-09-18
            HALF_YEAR,  2026, 2, 2026-12-18
            YEAR,       2027, 1, 2027-12-20
            NINE_MONTH, 2026, 1, 2026-09-18
            """)
    void theDefaultDueDateIsTheTwentiethOfTheLastMonthOrTheWorkingDayBefore(PeriodKind kind, int year, int index,
                                                                            LocalDate due) {
        assertThat(service.dueDate(kind, year, index).dueDate()).isEqualTo(due);
        assertThat(service.dueDate(kind, year, index).set()).isFalse();
    }

    @CollectorTest
    void aDueDateSetIsKeptAndItsUndoGoesBackToTheRule() throws Exception {
        history.record("hạn", service.setDueDate(PeriodKind.QUARTER, 2026, 1, LocalDate.of(2026, 3, 25)));
        assertThat(service.dueDate(PeriodKind.QUARTER, 2026, 1).dueDate()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(service.dueDatesSet()).hasSize(1);

        history.undo();

        assertThat(service.dueDate(PeriodKind.QUARTER, 2026, 1).dueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(service.dueDatesSet()).isEmpty();
    }
}
