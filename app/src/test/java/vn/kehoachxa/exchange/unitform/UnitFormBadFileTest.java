package vn.kehoachxa.exchange.unitform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.service.UnitService;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.testsupport.TestPlans;

/** Every kind of bad returned file is refused with a clear message and leaves the database as it was. */
class UnitFormBadFileTest {
    @TempDir
    Path dir;
    Database db;
    ReportingService reporting;
    UnitFormService forms;
    long planId;
    List<PeriodOverview> periods;
    long periodId;
    Path form;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir.resolve("db"));
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 5).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        reporting = new ReportingService(db, clock);
        forms = new UnitFormService(db, clock);
        planId = new PlanService(db).create(PlanFiles.readBundledSample("muong-la"));
        periods = reporting.generatePeriods(planId);
        periodId = periods.getFirst().period().id();
        form = filled(forms.generateAll(periodId, dir.resolve("out")).getFirst());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Path filled(Path file) throws Exception {
        FormFiller f = FormFiller.open(file);
        f.task(f.itemIds().getFirst(), "Đang thực hiện", "Đã triển khai", null, null);
        return f.save();
    }

    private Map<String, Integer> counts() {
        return db.read(store -> store.reportingCycle().rowCounts());
    }

    private String refusal(Long chosenUnit, Path file) {
        Map<String, Integer> before = counts();
        List<FormImportResult> result = forms.importFiles(periodId, chosenUnit, List.of(file));
        assertThat(counts()).isEqualTo(before);
        assertThat(result).singleElement().satisfies(r -> assertThat(r.submission()).isNull());
        return String.join("\n", result.getFirst().errors());
    }

    @Test
    void aFormOfAnotherPlanIsRefused() throws Exception {
        long other = new PlanService(db).create(TestPlans.muongLa());
        long otherPeriod = reporting.generatePeriods(other).getFirst().period().id();
        Path foreign = filled(forms.generateAll(otherPeriod, dir.resolve("other")).getFirst());
        assertThat(refusal(null, foreign)).contains("kế hoạch khác").contains("Chưa nhập gì");
    }

    @Test
    void aFormOfAnotherPeriodIsRefused() throws Exception {
        Path next = filled(forms.generateAll(periods.get(1).period().id(), dir.resolve("2027")).getFirst());
        assertThat(refusal(null, next)).contains("biểu mẫu năm 2027, không phải năm 2026 đang chọn");
    }

    @Test
    void aFormForAnotherUnitThanTheChosenOneIsRefused() {
        List<Unit> units = reporting.reportingUnits(planId);
        assertThat(refusal(units.get(1).id(), form)).contains("là biểu mẫu của \"" + units.get(0).name()
                + "\", không phải của \"" + units.get(1).name() + "\"");
    }

    @Test
    void aFormOlderThanTheFormsGeneratedAfterThePlanChangedIsRefused() {
        UnitService units = new UnitService(db);
        Unit police = units.all().stream().filter(u -> u.name().equals("Công an xã")).findFirst().orElseThrow();
        units.update(new Unit(police.id(), "Công an xã Mường La", null, police.kind(), null, true));
        forms.generateAll(periodId, dir.resolve("again"));
        assertThat(refusal(null, form)).contains("phiên bản 1, cũ hơn phiên bản 2");
    }

    @Test
    void theSameFileImportedTwiceIsRefusedTheSecondTime() {
        assertThat(forms.importFiles(periodId, null, List.of(form)).getFirst().errors()).isEmpty();
        assertThat(refusal(null, form)).contains("đã được nhập trước đây");
    }

    @Test
    void twoIdenticalFilesInOneBatchImportOnlyOnce() throws Exception {
        Path copy = Files.copy(form, dir.resolve("copy.xlsx"));
        List<FormImportResult> result = forms.importFiles(periodId, null, List.of(form, copy));
        assertThat(result.get(0).submission()).isNotNull();
        assertThat(result.get(1).errors()).singleElement().asString().contains("giống hệt tệp");
    }

    @Test
    void aPasswordProtectedFileIsRefused() throws Exception {
        Path encrypted = dir.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("matkhau");
            Path copy = Files.copy(form, dir.resolve("plain.xlsx"));
            try (OPCPackage opc = OPCPackage.open(copy.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(refusal(null, encrypted)).contains("được đặt mật khẩu");
    }

    @Test
    void aTruncatedFileIsRefusedAsCorrupt() throws Exception {
        byte[] bytes = Files.readAllBytes(form);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(refusal(null, cut)).contains("bị hỏng");
    }

    @Test
    void aTextFileNamedXlsxIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "Báo cáo quý I: đã hoàn thành");
        assertThat(refusal(null, text)).contains("không phải tệp Excel .xlsx");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedUnread() throws Exception {
        byte[] big = new byte[11 * 1024 * 1024];
        big[0] = 'P';
        big[1] = 'K';
        Path file = Files.write(dir.resolve("big.xlsx"), big);
        assertThat(refusal(null, file)).contains("quá lớn (11,0 MB)");
    }

    @Test
    void aZipBombIsRefusedBeforePoiOpensIt() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertThat(refusal(null, bomb)).contains("nén bất thường");
    }

    @Test
    void aWordThatIsNotANumberIsReportedWithItsSheetAndCell() throws Exception {
        Path file = forms.generateAll(periodId, dir.resolve("numbers")).stream()
                .filter(p -> p.toString().contains("Trạm Y tế")).findFirst().orElseThrow();
        FormFiller f = FormFiller.open(file);
        long indicator = f.indicatorIds().getFirst();
        String cell = f.indicatorCell(indicator);
        f.text(indicator, "chín mươi", null).task(f.itemIds().getFirst(), "Hoàn thành", null, null, null).save();
        String message = refusal(null, file);
        assertThat(cell).matches("Chỉ tiêu!E\\d+");
        assertThat(message).contains(cell + ": \"chín mươi\" không phải là số").contains("có 1 lỗi");
    }

    private FormFiller stationForm(String folder) throws Exception {
        Path file = forms.generateAll(periodId, dir.resolve(folder)).stream()
                .filter(p -> p.toString().contains("Trạm Y tế")).findFirst().orElseThrow();
        FormFiller f = FormFiller.open(file);
        f.task(f.itemIds().getFirst(), "Hoàn thành", null, null, null);
        return f;
    }

    @Test
    void aFigureOfFifteenDigitsIsReportedWithItsSheetAndCell() throws Exception {
        FormFiller f = stationForm("fifteen");
        long indicator = f.indicatorIds().getFirst();
        String cell = f.indicatorCell(indicator);
        Path file = f.number(indicator, 123_456_789_012_345d, null).save();

        assertThat(refusal(null, file)).contains(cell + ": số 123456789012345 quá lớn: tối đa 14 chữ số");
    }

    @Test
    void aFigureOfFifteenDigitsTypedAsTextIsReportedWithItsCell() throws Exception {
        FormFiller f = stationForm("fifteen-text");
        long indicator = f.indicatorIds().getFirst();
        String cell = f.indicatorCell(indicator);
        Path file = f.text(indicator, "123.456.789.012.345", null).save();

        assertThat(refusal(null, file)).contains(cell + ": số 123.456.789.012.345 quá lớn");
    }

    @Test
    void aFormulaErrorInAFigureIsReportedWithItsCell() throws Exception {
        FormFiller f = stationForm("error");
        long indicator = f.indicatorIds().getFirst();
        String cell = f.indicatorCell(indicator);
        Path file = f.errorValue(indicator).save();

        assertThat(refusal(null, file)).contains(cell + ": ô có lỗi công thức (#DIV/0!)");
    }

    @Test
    void aComputedFigureIsKeptToSixDecimals() throws Exception {
        FormFiller f = stationForm("third");
        long indicator = f.indicatorIds().getFirst();
        Path file = f.number(indicator, 100d / 3, null).save();

        List<FormImportResult> result = forms.importFiles(periodId, null, List.of(file));

        assertThat(result.getFirst().errors()).isEmpty();
        long submission = result.getFirst().submission().id();
        List<IndicatorResult> stored = db.read(store -> store.reporting().results(submission));
        assertThat(stored).singleElement().satisfies(r -> assertThat(r.value()).isEqualByComparingTo("33.333333"));
    }

    @Test
    void aStatusOutsideTheListIsReportedWithItsCell() throws Exception {
        FormFiller f = FormFiller.open(form);
        f.task(f.itemIds().getFirst(), "xong rồi", null, null, null).save();
        assertThat(refusal(null, form)).containsPattern("Nhiệm vụ!E\\d+: \"xong rồi\" không phải là tình trạng");
    }

    @Test
    void anUnfilledFormIsRefused() {
        Path blank = forms.generateAll(periodId, dir.resolve("blank")).getFirst();
        assertThat(refusal(null, blank)).contains("chưa được điền");
    }
}
