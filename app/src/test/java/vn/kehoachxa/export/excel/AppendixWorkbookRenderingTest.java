package vn.kehoachxa.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;

/** Prints the workbook through LibreOffice and reads the pages back: what an official gets from the printer. */
class AppendixWorkbookRenderingTest {
    private static final double A4_LONG = 841.89;
    private static final double A4_SHORT = 595.28;

    @TempDir
    Path dir;

    @BeforeEach
    void needsLibreOffice() {
        assumeTrue(PdfRendering.available(), "soffice/pdftotext not installed");
    }

    @Test
    void everyPageIsA4Landscape() throws Exception {
        Path pdf = render(AppendixFixtures.fullPlan(), "phu-luc-day-du.xlsx");
        List<double[]> sizes = PdfRendering.pageSizes(pdf);
        assertThat(sizes).hasSizeGreaterThanOrEqualTo(3).allSatisfy(size -> {
            assertThat(size[0]).isCloseTo(A4_LONG, org.assertj.core.data.Offset.offset(1.0));
            assertThat(size[1]).isCloseTo(A4_SHORT, org.assertj.core.data.Offset.offset(1.0));
        });
    }

    @Test
    void everyRowOfEveryAppendixIsPrintedWithAllColumns() throws Exception {
        Path pdf = render(AppendixFixtures.fullPlan(), "phu-luc-hang.xlsx");
        String text = PdfRendering.text(pdf, 1, 99);
        assertThat(text).contains("Phụ lục I", "Phụ lục II", "Phụ lục III", "Trang 1/");
        // The last column of each table is on the page, not cut to a second page width.
        assertThat(text).contains("Theo Nghị quyết số 72-NQ/TW là 98%", "Đến tháng 9/2030", "Quý I/2026",
                "+84 912 345 678", "=SUM(A1:A9)", "@Ban hành", "-Tỷ lệ bao phủ", "Trạm Y tế xã", "2.2");
        // The end of the longest wrapped cell is printed: its row is tall enough.
        assertThat(text).contains("người đứng đầu.");
    }

    @Test
    void aLongTablePrintsEveryRowAndRepeatsTheHeaderOnPageTwo() throws Exception {
        Path pdf = render(AppendixFixtures.longTaskMatrix(200), "phu-luc-200-dong.xlsx");
        int pages = PdfRendering.pageSizes(pdf).size();
        assertThat(pages).isGreaterThan(2);
        String all = PdfRendering.text(pdf, 1, pages).replaceAll("\\s+", " ");
        for (int n = 1; n <= 200; n++) {
            assertThat(all).contains("Nhiệm vụ số " + n + ":");
        }
        String pageTwo = PdfRendering.text(pdf, 2, 2);
        assertThat(pageTwo).contains("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn");
        assertThat(pageTwo).contains("Trang 2/" + pages);
        // Only the table header repeats, not the appendix heading.
        assertThat(pageTwo).doesNotContain("PHÂN CÔNG NHIỆM VỤ");
    }

    @Test
    void muongLaPrintsBothMatricesOnA4LandscapeWithEveryRow() throws Exception {
        PlanDocument plan = PlanFiles.read(Path.of("..", "samples", "muong-la.kehoach.json"));
        Path pdf = render(plan, "muong-la.xlsx");
        List<double[]> sizes = PdfRendering.pageSizes(pdf);
        assertThat(sizes).allSatisfy(size -> assertThat(size[0]).isGreaterThan(size[1]));
        String text = PdfRendering.text(pdf, 1, sizes.size()).replaceAll("\\s+", " ");
        for (AssignmentItem item : PlanDocument.flatten(plan.taskGroups())) {
            // The first words of each row's content, and the last: the whole wrapped cell is on the page.
            String[] words = item.content().split(" ");
            assertThat(text).contains(String.join(" ", List.of(words).subList(0, Math.min(3, words.length))));
            assertThat(text).contains(words[words.length - 1]);
        }
        assertThat(text).contains("6.4", "Sau khi Chính phủ,", "BHXH cơ sở Mường La");
    }

    @Test
    void muongLaGroupRowsPrintOnThePageOfTheirFirstRow() throws Exception {
        PlanDocument plan = PlanFiles.read(Path.of("..", "samples", "muong-la.kehoach.json"));
        Path pdf = render(plan, "muong-la-nhom.xlsx");
        int pages = PdfRendering.pageSizes(pdf).size();
        // Breaking the pages ourselves costs no page: the three appendices printed on 9 pages before.
        assertThat(pages).isLessThanOrEqualTo(9);
        List<String> texts = new java.util.ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            texts.add(PdfRendering.text(pdf, p, p).replaceAll("\\s+", " "));
        }
        int checked = 0;
        for (var group : plan.taskGroups()) {
            if (group.title() == null || group.items().isEmpty()) {
                continue;
            }
            String heading = String.join(" ", List.of(group.title().strip().split("\\s+")).subList(0, 4));
            String[] words = group.items().getFirst().content().strip().split("\\s+");
            String first = String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
            boolean together = texts.stream().anyMatch(t -> t.contains(heading) && t.contains(first));
            assertThat(together).as("%s prints on the page of %s", heading, first).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    private Path render(PlanDocument doc, String fileName) throws Exception {
        Path xlsx = dir.resolve(fileName);
        new AppendixWorkbookExporter().export(doc, xlsx);
        return PdfRendering.toPdf(xlsx, dir.resolve("lo-profile"));
    }
}
