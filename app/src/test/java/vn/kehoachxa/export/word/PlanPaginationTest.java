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

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;

/**
 * Renders the three samples with LibreOffice and reads each page back: the signature block shares its page with
 * body text, and the landscape appendices fill their pages. A few pages are kept as PNGs under
 * target/screenshots for a human to look at.
 */
class PlanPaginationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        assumeTrue(onPath("soffice") && onPath("pdftotext") && onPath("pdftoppm"),
                "LibreOffice and poppler-utils are not installed here (CI installs them)");
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** Each page's text (pdftotext -layout). */
    static List<String> render(PlanDocument plan, String name) throws Exception {
        Path docx = dir.resolve(name + ".docx");
        new PlanWordExporter().export(plan, docx);
        run("soffice", "-env:UserInstallation=" + dir.resolve("lo-" + name).toUri(), "--headless", "--convert-to",
                "pdf", "--outdir", dir.toString(), docx.toString());
        Path pdf = dir.resolve(name + ".pdf");
        run("pdftotext", "-layout", pdf.toString(), dir.resolve(name + ".txt").toString());
        Files.createDirectories(SCREENSHOTS);
        run("pdftoppm", "-png", "-r", "50", pdf.toString(), SCREENSHOTS.resolve("pagination-" + name).toString());
        List<String> pages = new ArrayList<>(List.of(
                Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8).split("\f", -1)));
        if (pages.getLast().isBlank()) {
            pages.removeLast();
        }
        return pages;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(p.exitValue()).as("%s: %s", command[0], out).isZero();
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page shows " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-dong", "hai-duong", "muong-la"})
    void signatureBlockSharesItsPageWithTheLastBodyLines(String name) throws Exception {
        PlanDocument plan = PlanFiles.read(SampleWordExportTest.sample(name));
        List<String> pages = render(plan, name);
        int footer = pageOf(pages, "Nơi nhận:");
        String page = pages.get(footer);
        String beforeFooter = page.substring(0, page.indexOf("Nơi nhận:"));
        // Body text above the block: more than the page number of a page the block starts alone.
        assertThat(beforeFooter.lines().filter(l -> !l.isBlank()).count()).as("%s page %d", name, footer + 1)
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void appendixTablesFillTheirLandscapePagesAndGroupHeadingsStayWithTheirFirstRow() throws Exception {
        PlanDocument plan = PlanFiles.read(SampleWordExportTest.sample("muong-la"));
        List<String> pages = render(plan, "muong-la-appendices");
        int firstAppendix = pageOf(pages, "Phụ lục I");
        // Mường La's three appendices (8 indicators, 13 targets, 31 task rows) took 10 landscape pages when every
        // row had to start on a fresh page whole and the content column was 10 cm; they fit in 8 now.
        assertThat(pages.size() - firstAppendix).isLessThanOrEqualTo(8);
        List<AssignmentGroup> groups = new ArrayList<>(plan.targetGroups());
        groups.addAll(plan.taskGroups());
        int checked = 0;
        for (AssignmentGroup g : groups) {
            if (LayoutTexts.blank(g.title()) || g.items().isEmpty()) {
                continue;
            }
            int heading = pageOfWords(pages, g.title(), firstAppendix);
            assertThat(words(pages.get(heading))).as("page %d shows the first row of %s", heading + 1, g.title())
                    .contains(firstWords(g.items().getFirst().content(), 4));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hà Đông", "Đông Hưng Thuận", "Thành phố Hồ Chí Minh"})
    void partyPlaceDateLineStaysOnOneLineOnceDated(String place) throws Exception {
        PlanDocument sample = PlanFiles.read(SampleWordExportTest.sample("ha-dong"));
        Plan dated = PlanFixtures.dated(sample.plan(), "10", LocalDate.of(2025, 11, 19));
        dated = new Plan(dated.id(), dated.family(), dated.type(), dated.number(), dated.symbol(), dated.issueDate(),
                place, dated.summary(), dated.communeName(), dated.superiorBody(), dated.issuingBody(),
                dated.openingText(), dated.closingText(), dated.signer(), dated.startYear(), dated.endYear(),
                dated.visionYear(), dated.status(), dated.revisesPlanId(), dated.reportingRule());
        String first = render(PlanFixtures.withPlan(sample, dated), "dated-" + place.hashCode()).getFirst();
        assertThat(first.lines()).as(first).anyMatch(l -> l.contains(place + ", ngày 19 tháng 11 năm 2025"));
        // The issuer keeps its lines: the left column is not squeezed below its longest line.
        assertThat(first).contains("ĐẢNG ỦY XÃ HÀ ĐÔNG", "Số 10-CTr/ĐU");
    }

    private static String words(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }

    private static String firstWords(String text, int count) {
        String[] w = text.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(w, Math.min(count, w.length)));
    }

    /** The page from {@code from} on whose text holds the first words of {@code text}. */
    private static int pageOfWords(List<String> pages, String text, int from) {
        String wanted = firstWords(text, 5);
        for (int i = from; i < pages.size(); i++) {
            if (words(pages.get(i)).contains(wanted)) {
                return i;
            }
        }
        throw new AssertionError("no page shows " + wanted);
    }
}
