package vn.kehoachxa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** {@code issue}, {@code revise} and {@code compare} on the command line (issue 14.3). */
class VersionCommandsTest extends CommandTestBase {
    @Test
    void issueThenReviseThenCompareAndExportTheComparison() throws Exception {
        assertThat(run("--data-dir", data(), "import", MUONG_LA.toString())).isZero();
        assertThat(run("--data-dir", data(), "issue", "1", "--number", "12", "--date", "05/01/2026")).as(err)
                .isZero();
        assertThat(out).contains("Kế hoạch số 12/KH-UBND ngày 05/01/2026");

        assertThat(run("--data-dir", data(), "export", "1", "--to", dir.resolve("x.kehoach.json").toString()))
                .isZero();
        assertThat(run("--data-dir", data(), "revise", "1")).as(err).isZero();
        assertThat(out).contains("mã 2");
        assertThat(run("--data-dir", data(), "issue", "2", "--number", "45", "--date", "2027-01-15")).as(err)
                .isZero();
        assertThat(run("--data-dir", data(), "list")).isZero();
        assertThat(out).contains("Đã thay thế").contains("45/KH-UBND");

        Path docx = dir.resolve("so-sanh.docx");
        assertThat(run("--data-dir", data(), "compare", "1", "2", "--docx", docx.toString())).as(err).isZero();
        assertThat(out).contains("Từ Kế hoạch số 12/KH-UBND ngày 05/01/2026 đến Kế hoạch số 45/KH-UBND")
                .contains("giống nhau");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("SO SÁNH PHIÊN BẢN").contains("45/KH-UBND");
        }
    }

    @Test
    void anIssuedPlanCannotBeIssuedAgainAndABadDateIsNamed() {
        assertThat(run("--data-dir", data(), "import", MUONG_LA.toString())).isZero();
        assertThat(run("--data-dir", data(), "issue", "1", "--number", "12", "--date", "32/01/2026")).isEqualTo(1);
        assertThat(err).contains("\"32/01/2026\" không phải là ngày hợp lệ");
        assertThat(run("--data-dir", data(), "issue", "1", "--number", "12", "--date", "05/01/2026")).isZero();
        assertThat(run("--data-dir", data(), "issue", "1", "--number", "13", "--date", "05/01/2026")).isEqualTo(1);
        assertThat(err).contains("đã ban hành rồi");
    }
}
