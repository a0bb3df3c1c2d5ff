package vn.kehoachxa.export.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.service.report.PdfConverter;

/**
 * The province's workbook and report as a printer gets them: LibreOffice → PDF → text and page PNGs under
 * {@code target/screenshots/province/} for a human to look at (as the commune exports' rendering tests do).
 */
class ProvinceExportRenderingTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "province");
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void workbookOfAHundredCommunesPrintsLandscapeWithItsHeaderOnEveryPage(@TempDir Path dir) throws Exception {
        PdfConverter converter = converter();
        Path xlsx = dir.resolve("tong-hop-q1-2026.xlsx");
        new ProvinceWorkbookExporter(HANOI).export(ProvinceSummaries.large(100), xlsx);
        Path pdf = converted(converter, xlsx);
        png(pdf, "tong-hop");
        String text = run("pdftotext", "-layout", pdf.toString(), "-");
        String[] pages = text.split("\f");
        assertThat(pages.length).isGreaterThan(8);
        assertThat(text).contains("TÌNH HÌNH NỘP BÁO CÁO QUÝ I NĂM 2026", "KẾT QUẢ CHỈ TIÊU TỔNG HỢP",
                "Tổng cộng", "Trang 1/");
        long withHeader = Arrays.stream(pages).filter(p -> p.contains("STT")).count();
        assertThat(withHeader).as("the header row repeats on every printed page")
                .isGreaterThanOrEqualTo(pages.length - 1);
        String info = run("pdfinfo", pdf.toString());
        assertThat(info).containsPattern("Page size:\\s+841\\.[0-9]+ x 595\\.[0-9]+ pts");
    }

    @Test
    void reportPrintsItsHeaderBodyFooterAndLandscapeTables(@TempDir Path dir) throws Exception {
        PdfConverter converter = converter();
        Path docx = dir.resolve("bao-cao-q1-2026.docx");
        new ProvinceReportWordExporter(HANOI).export(ProvinceSummaries.large(100),
                ProvinceReportWordExporterTest.header(), docx);
        Path pdf = converted(converter, docx);
        png(pdf, "bao-cao");
        String text = run("pdftotext", "-layout", pdf.toString(), "-");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 45/BC-UBND", "BÁO CÁO",
                "Nơi nhận:", "Đặng Ngọc Hậu", "Biểu 1", "Biểu 2", "Biểu 3");
        String first = text.split("\f")[0];
        assertThat(first).contains("ỦY BAN NHÂN DÂN", "Sơn La, ngày 25 tháng 3 năm 2026");
    }

    private static PdfConverter converter() {
        Optional<PdfConverter> found = PdfConverter.find();
        assumeTrue(found.isPresent() && onPath("pdftoppm") && onPath("pdftotext") && onPath("pdfinfo"),
                "LibreOffice and poppler-utils are not installed here (CI installs them)");
        return found.get();
    }

    private static Path converted(PdfConverter converter, Path file) {
        return converter.convert(file).orElseThrow(() -> new AssertionError("LibreOffice made no PDF of " + file));
    }

    private static void png(Path pdf, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        run("pdftoppm", "-png", "-r", "60", pdf.toString(), SCREENSHOTS.resolve(name).toString());
        Files.copy(pdf, SCREENSHOTS.resolve(name + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
