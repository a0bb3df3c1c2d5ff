package vn.kehoachxa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.testsupport.DamagedDatabase;

class KeHoachXaCommandTest extends CommandTestBase {
    @Test
    void importThenListShowsThePlan() {
        assertThat(run("import", MUONG_LA.toString(), "--data-dir", data())).isZero();
        assertThat(out).contains("Đã nhập");

        assertThat(run("list", "--data-dir", data())).isZero();
        assertThat(out).contains("/KH-UBND", "Dự thảo", "xã Mường La");
    }

    @Test
    void importingTheSamePlanAgainIsRefusedNamingThePlanAndTheOptions() {
        run("import", MUONG_LA.toString(), "--data-dir", data());

        assertThat(run("import", MUONG_LA.toString(), "--data-dir", data())).isEqualTo(1);

        assertThat(err).contains("Không nhập tệp muong-la.kehoach.json", "(mã 1)", "nội dung giống hệt", "--as-new",
                "--replace");
        run("list", "--data-dir", data());
        assertThat(out.lines().filter(l -> l.contains("xã Mường La"))).hasSize(1);
    }

    @Test
    void importingTheSamePlanAgainAsNewAddsACopy() {
        run("import", MUONG_LA.toString(), "--data-dir", data());

        assertThat(run("import", MUONG_LA.toString(), "--as-new", "--data-dir", data())).isZero();

        assertThat(out).contains("kế hoạch mã 2");
    }

    @Test
    void onlyNoArgumentsOrOnlyTheDataFolderOpenTheWindowWithoutTheCommandTree() {
        assertThat(KeHoachXaCommand.opensWindowOnly(new String[0])).isTrue();
        assertThat(KeHoachXaCommand.opensWindowOnly(new String[] {"--data-dir", "/tmp/x"})).isTrue();
        assertThat(KeHoachXaCommand.opensWindowOnly(new String[] {"--data-dir=/tmp/x"})).isTrue();

        assertThat(KeHoachXaCommand.opensWindowOnly(new String[] {"list"})).isFalse();
        assertThat(KeHoachXaCommand.opensWindowOnly(new String[] {"--help"})).isFalse();
        assertThat(KeHoachXaCommand.opensWindowOnly(new String[] {"--data-dir", "--help"})).isFalse();
        assertThat(KeHoachXaCommand.opensWindowOnly(new String[] {"--data-dir="})).isFalse();
        assertThat(KeHoachXaCommand.opensWindowOnly(new String[] {"--data-dir", "/tmp/x", "list"})).isFalse();
        assertThat(KeHoachXaCommand.opensWindowOnly(new String[] {"--data", "/tmp/x"})).isFalse();
    }

    @Test
    void anEmptyDatabaseSaysSo() {
        assertThat(run("--data-dir", data(), "list")).isZero();
        assertThat(out).contains("Chưa có kế hoạch nào");
    }

    @Test
    void exportToAPlanFileGivesBackTheSameBytes() throws Exception {
        run("import", MUONG_LA.toString(), "--data-dir", data());
        Path copy = dir.resolve("copy.kehoach.json");

        assertThat(run("export", "1", "--to", copy.toString(), "--data-dir", data())).isZero();

        // The same bytes, plus the global id the plan got when it was stored (decision 0037).
        String exported = Files.readString(copy);
        assertThat(exported).containsPattern("\n    \"globalId\": \"[0-9a-f-]{36}\"\n");
        assertThat(exported.replaceFirst(",\n    \"globalId\": \"[0-9a-f-]{36}\"", ""))
                .isEqualTo(Files.readString(MUONG_LA));
    }

    @Test
    void exportToWordAndExcelWritesDocumentsThatOpen() throws Exception {
        run("import", MUONG_LA.toString(), "--data-dir", data());
        Path docx = dir.resolve("KH-Muong-La.docx");
        Path xlsx = dir.resolve("KH-Muong-La.xlsx");

        assertThat(run("export", "1", "--docx", docx.toString(), "--xlsx", xlsx.toString(), "--data-dir", data()))
                .isZero();

        try (var in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables()).hasSizeGreaterThan(2);
        }
        try (var in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Phân công nhiệm vụ")).isNotNull();
        }
    }

    @Test
    void importingTheSamePlanTwiceIsRefusedUnlessTheUserChooses() {
        run("import", MUONG_LA.toString(), "--data-dir", data());
        // The sample is a draft without number: a clash needs a number, so give it one by a plan file edit.
        Path numbered = dir.resolve("numbered.kehoach.json");
        try {
            String text = Files.readString(MUONG_LA, StandardCharsets.UTF_8)
                    .replaceFirst("\"number\": null", "\"number\": \"12\"");
            Files.writeString(numbered, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(run("import", numbered.toString(), "--data-dir", data())).isZero();

        assertThat(run("import", numbered.toString(), "--data-dir", data())).isEqualTo(KeHoachXaCommand.INPUT_ERROR);
        assertThat(err).contains("đã có kế hoạch số 12/KH-UBND", "--as-new", "--replace");

        assertThat(run("import", numbered.toString(), "--as-new", "--data-dir", data())).isZero();
        assertThat(run("import", numbered.toString(), "--replace", "--data-dir", data())).isZero();
        run("list", "--data-dir", data());
        assertThat(out.lines().filter(l -> l.contains("12/KH-UBND"))).hasSize(1);
        assertThat(out.lines()).hasSize(3);
    }

    @Test
    void validateReportsEveryProblemWithItsLineAndExitsWithOne() throws Exception {
        Path bad = dir.resolve("bad.kehoach.json");
        Files.writeString(bad, Files.readString(MUONG_LA).replaceFirst("\"family\": \"ADMINISTRATIVE\"",
                "\"family\": \"HANH_CHINH\""), StandardCharsets.UTF_8);

        assertThat(run("validate", bad.toString())).isEqualTo(KeHoachXaCommand.INPUT_ERROR);

        assertThat(err).contains("Lỗi:", "Dòng", "$.plan.family", "HANH_CHINH");
    }

    @Test
    void validateReportsAnOverflowingTargetWithItsLineAndExitsWithOne() throws Exception {
        Path bad = dir.resolve("bad.kehoach.json");
        Files.writeString(bad, Files.readString(MUONG_LA).replaceFirst("\"value\": 1.6,", "\"value\": 1e400,"),
                StandardCharsets.UTF_8);

        assertThat(run("validate", bad.toString())).isEqualTo(KeHoachXaCommand.INPUT_ERROR);

        assertThat(err).contains("Dòng 378", "targets[0].value: số 1E+400 nằm ngoài giới hạn").doesNotContain(
                "ngoài dự kiến");
    }

    @Test
    void validateAcceptsAGoodFile() {
        assertThat(run("validate", MUONG_LA.toString())).isZero();
        assertThat(out).contains("hợp lệ");
    }

    @Test
    void aTruncatedFileLeavesTheDatabaseUnchanged() throws Exception {
        run("import", MUONG_LA.toString(), "--data-dir", data());
        byte[] bytes = Files.readAllBytes(MUONG_LA);
        Path cut = dir.resolve("cut.kehoach.json");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(run("import", cut.toString(), "--data-dir", data())).isEqualTo(KeHoachXaCommand.INPUT_ERROR);

        run("list", "--data-dir", data());
        assertThat(out.lines()).hasSize(1);
    }

    @Test
    void anUnknownOptionIsAUsageErrorInVietnamese() {
        assertThat(run("list", "--bogus")).isEqualTo(KeHoachXaCommand.USAGE_ERROR);
        assertThat(err).contains("Lệnh chưa đúng");
    }

    @Test
    void exportWithoutAFormatSaysWhatToChoose() {
        run("import", MUONG_LA.toString(), "--data-dir", data());
        assertThat(run("export", "1", "--data-dir", data())).isEqualTo(KeHoachXaCommand.USAGE_ERROR);
        assertThat(err).contains("--docx");
    }

    @Test
    void exportingAMissingPlanIsAnInputError() {
        assertThat(run("export", "42", "--to", dir.resolve("x.kehoach.json").toString(), "--data-dir", data()))
                .isEqualTo(KeHoachXaCommand.INPUT_ERROR);
        assertThat(err).contains("Không tìm thấy kế hoạch");
    }

    @Test
    void profileSetsTheCommuneWithTheUsualCommitteeNamesAndShowsIt() {
        assertThat(run("profile", "--data-dir", data())).isZero();
        assertThat(out).contains("Chưa có thông tin xã");

        assertThat(run("profile", "--name", "Mường La", "--province", "Sơn La",
                "--recipient", "Sở Y tế tỉnh Sơn La;syt@sonla.gov.vn", "--data-dir", data())).isZero();
        assertThat(out).contains("Đã lưu thông tin xã Mường La");

        assertThat(run("profile", "--data-dir", data())).isZero();
        assertThat(out).contains("ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", "ĐẢNG ỦY XÃ MƯỜNG LA", "Sơn La",
                "Sở Y tế tỉnh Sơn La\tsyt@sonla.gov.vn");
    }

    @Test
    void profileKeepsWhatIsNotGivenAndReadsTheKindInVietnamese() {
        run("profile", "--name", "Hà Đông", "--kind", "Phường", "--province", "Hà Nội",
                "--place", "Hà Nội", "--data-dir", data());

        assertThat(run("profile", "--province", "Thành phố Hà Nội", "--data-dir", data())).isZero();

        assertThat(out).contains("phường Hà Đông", "ỦY BAN NHÂN DÂN PHƯỜNG HÀ ĐÔNG", "Địa danh:\tHà Nội",
                "Tỉnh:\tThành phố Hà Nội");
    }

    @Test
    void anIncompleteProfileIsRefusedWithEveryGapNamedAndNothingSaved() {
        assertThat(run("profile", "--kind", "xa", "--recipient", "Sở Y tế;not-an-email", "--data-dir", data()))
                .isEqualTo(KeHoachXaCommand.INPUT_ERROR);
        assertThat(err).contains("Chưa lưu được thông tin xã", "tên xã", "tỉnh", "not-an-email");

        run("profile", "--data-dir", data());
        assertThat(out).contains("Chưa có thông tin xã");
    }

    @Test
    void profileShowsAndSetsTheAdministrativeCodeAndRefusesOneThatIsNotFiveDigits() {
        run("profile", "--name", "Mường La", "--province", "Sơn La", "--data-dir", data());
        assertThat(out).contains("Mã đơn vị hành chính:\t—");

        assertThat(run("profile", "--code", "1415", "--data-dir", data())).isEqualTo(KeHoachXaCommand.INPUT_ERROR);
        assertThat(err).contains("Mã đơn vị hành chính \"1415\"", "5 chữ số");

        assertThat(run("profile", "--code", "14155", "--data-dir", data())).isZero();
        assertThat(run("profile", "--data-dir", data())).isZero();
        assertThat(out).contains("Mã đơn vị hành chính:\t14155", "Tỉnh:\tSơn La");
    }

    @Test
    void anUnknownKindIsAUsageError() {
        assertThat(run("profile", "--name", "X", "--kind", "huyện", "--data-dir", data()))
                .isEqualTo(KeHoachXaCommand.USAGE_ERROR);
        assertThat(err).contains("huyện", "xa, phuong hoặc dac-khu");
    }

    /** A plan table gone from a database whose history says it is current: a failure no input explains. */
    void damageTheDatabase() {
        run("import", MUONG_LA.toString(), "--data-dir", data());
        DamagedDatabase.losePlanTable(dir.resolve("data"));
    }

    @Test
    void anUnexpectedFailureExitsWithThreeNamingTheLogFileThatHoldsTheStack() throws Exception {
        damageTheDatabase();

        assertThat(run("list", "--data-dir", data())).isEqualTo(KeHoachXaCommand.INTERNAL_ERROR);

        Path log = dir.resolve("data").resolve("logs").resolve("kehoachxa.log").toAbsolutePath();
        assertThat(err).contains("Lỗi không mong đợi", "DataAccessException", "tệp nhật ký " + log)
                .doesNotContain("\tat ");
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains(
                "ERROR vn.kehoachxa.cli.KeHoachXaCommand - Unexpected failure of the command: [list, --data-dir",
                "org.jooq.exception.DataAccessException", "\tat vn.kehoachxa.cli.ListCommand.print",
                "Caused by: org.h2.jdbc.JdbcSQLSyntaxErrorException");
    }

    @Test
    void anUnexpectedFailureWhereNoLogCanBeWrittenStillExitsWithThree() throws Exception {
        damageTheDatabase();
        Path logs = dir.resolve("data").resolve("logs");
        Files.delete(logs.resolve("kehoachxa.log"));
        Files.delete(logs);
        Files.writeString(logs, "a file where the log folder would be");

        assertThat(run("list", "--data-dir", data())).isEqualTo(KeHoachXaCommand.INTERNAL_ERROR);

        assertThat(err).contains("Lỗi không mong đợi", "Chi tiết in ở trên").doesNotContain("tệp nhật ký");
    }
}
