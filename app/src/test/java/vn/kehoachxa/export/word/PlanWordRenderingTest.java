package vn.kehoachxa.export.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;

/** Renders exported plans with LibreOffice and checks each page's text and size, as a reader would see them. */
class PlanWordRenderingTest {

    private static final Pattern PAGE_SIZE = Pattern.compile("Page\\s+(\\d+) size:\\s+([\\d.]+) x ([\\d.]+)");

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        assumeTrue(onPath("soffice") && onPath("pdftotext") && onPath("pdfinfo"),
                "LibreOffice and poppler-utils are not installed here (CI installs them)");
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** Page texts (pdftotext -layout, split on form feeds) and whether each page is landscape. */
    private record Rendered(List<String> pages, List<Boolean> landscape) {
    }

    private static Rendered render(PlanDocument plan, String name) throws Exception {
        Path docx = dir.resolve(name + ".docx");
        new PlanWordExporter().export(plan, docx);
        // A private profile per run, so parallel builds do not fight over LibreOffice's user directory.
        Path profile = dir.resolve("lo-" + name);
        run("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), docx.toString());
        Path pdf = dir.resolve(name + ".pdf");
        run("pdftotext", "-layout", pdf.toString(), dir.resolve(name + ".txt").toString());
        String text = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
        List<String> pages = new ArrayList<>(List.of(text.split("\f", -1)));
        if (pages.getLast().isBlank()) {
            pages.removeLast();
        }
        String info = run("pdfinfo", "-f", "1", "-l", Integer.toString(pages.size()), pdf.toString());
        List<Boolean> landscape = new ArrayList<>();
        Matcher m = PAGE_SIZE.matcher(info);
        while (m.find()) {
            landscape.add(Double.parseDouble(m.group(2)) > Double.parseDouble(m.group(3)));
        }
        assertThat(landscape).hasSameSizeAs(pages);
        return new Rendered(pages, landscape);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(p.exitValue()).as("%s: %s", command[0], out).isZero();
        return out;
    }

    private static String firstLine(String page) {
        return page.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }

    @Test
    void administrativePlanRendersHeaderBodyAndLandscapeAppendices() throws Exception {
        Rendered r = render(PlanFixtures.muongLa(), "muong-la");
        String first = r.pages().getFirst();
        assertThat(first).contains("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ MƯỜNG LA",
                "Số: 12/KH-UBND", "Mường La, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU");
        // The motto and the national title each fit on one line.
        assertThat(first.lines()).anyMatch(l -> l.contains("Độc lập - Tự do - Hạnh phúc"));
        assertThat(first.lines()).anyMatch(l -> l.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertThat(firstLine(first)).doesNotMatch("\\d+");
        assertThat(r.landscape().getFirst()).isFalse();

        int appendix = indexOfPageContaining(r, "Phụ lục I");
        assertThat(appendix).isPositive();
        for (int i = 1; i < appendix; i++) {
            assertThat(firstLine(r.pages().get(i))).isEqualTo(Integer.toString(i + 1));
            assertThat(r.landscape().get(i)).isFalse();
        }
        for (int i = appendix; i < r.pages().size(); i++) {
            assertThat(r.landscape().get(i)).as("page %d is landscape", i + 1).isTrue();
        }
        assertThat(r.pages().get(indexOfPageContaining(r, "Phụ lục II"))).contains("PHÂN CÔNG THỰC HIỆN CÁC MỤC TIÊU",
                "Cơ quan chủ trì", "Trạm Y tế xã");
        assertThat(r.pages().get(indexOfPageContaining(r, "Phụ lục III"))).contains("VI. Đẩy mạnh phát triển y tế",
                "Quý I/2026");
        assertThat(String.join("\n", r.pages())).contains("Nơi nhận:", "PHÓ CHỦ TỊCH", "Trần Hải Sơn");
    }

    @Test
    void partyPlanRendersItsOwnHeaderAndSignature() throws Exception {
        Rendered r = render(PlanFixtures.haDong(), "ha-dong");
        String first = r.pages().getFirst();
        assertThat(first).contains("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ HÀ ĐÔNG",
                "CHƯƠNG TRÌNH", "T/M BAN THƯỜNG VỤ", "Vũ Đức Hạnh");
        assertThat(first).containsPattern("Số\\s+-CTr/ĐU");
        assertThat(first).containsPattern("Hà Đông, ngày\\s+tháng\\s+năm 2026");
        int appendix = indexOfPageContaining(r, "DANH MỤC MỘT SỐ CHỈ TIÊU");
        assertThat(r.pages().get(appendix)).contains("Phụ lục", "Độ bao phủ bảo hiểm y tế toàn dân", "> 75,5");
        assertThat(r.landscape().get(appendix)).isTrue();
        assertThat(r.landscape().getFirst()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-dong", "hai-duong", "muong-la"})
    void sampleRendersHeaderFirstNumbersFromPageTwoAndLandscapeAppendices(String name) throws Exception {
        PlanDocument plan = PlanFiles.read(SampleWordExportTest.sample(name));
        Rendered r = render(plan, "sample-" + name);
        DocumentLayout layout = DocumentLayout.of(plan.plan().family());
        String first = r.pages().getFirst();
        assertThat(first).contains(plan.plan().type().title());
        layout.nationalBlock(plan.plan()).forEach(l -> assertThat(first).containsPattern(spaced(l.text())));
        assertThat(first).containsPattern(spaced(layout.numberLine(plan.plan())));
        int appendix = firstAppendixPage(r);
        assertThat(appendix).isGreaterThan(1);
        for (int i = 0; i < r.pages().size(); i++) {
            assertThat(r.landscape().get(i)).as("page %d of %s", i + 1, name).isEqualTo(i >= appendix);
        }
        for (int i = 1; i < appendix; i++) {
            assertThat(firstLine(r.pages().get(i))).isEqualTo(Integer.toString(i + 1));
        }
        boolean hasTables = !plan.indicators().isEmpty() || !plan.targetGroups().isEmpty()
                || !plan.taskGroups().isEmpty();
        assertThat(appendix < r.pages().size()).isEqualTo(hasTables);
        if (hasTables) {
            assertThat(firstLine(r.pages().get(appendix))).startsWith("Phụ lục");
        }
    }

    /** The text as a pattern in which any run of spaces matches any run of spaces (draft blanks, layout). */
    private static String spaced(String text) {
        return String.join("\\s+", Arrays.stream(text.strip().split("\\s+")).map(Pattern::quote).toList());
    }

    private static int firstAppendixPage(Rendered r) {
        for (int i = 0; i < r.pages().size(); i++) {
            if (r.landscape().get(i)) {
                return i;
            }
        }
        return r.pages().size();
    }

    private static int indexOfPageContaining(Rendered r, String text) {
        for (int i = 0; i < r.pages().size(); i++) {
            if (r.pages().get(i).lines().anyMatch(l -> l.strip().equals(text) || l.contains(text + " ")
                    || l.endsWith(text))) {
                return i;
            }
        }
        throw new AssertionError("no page shows " + text);
    }
}
