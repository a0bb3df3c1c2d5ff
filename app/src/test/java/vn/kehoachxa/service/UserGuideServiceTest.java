package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide shipped in the app becomes offline HTML pages, one per chapter, with its screenshots beside them. */
class UserGuideServiceTest {
    @TempDir
    Path dataDir;

    @Test
    void everyChapterTheIssueAsksForIsInTheShippedGuide() {
        UserGuideService guide = new UserGuideService(dataDir);

        assertThat(guide.chapters()).contains("lap-ke-hoach", "chi-tieu-phan-cong", "in-phu-luc", "xuat-van-ban",
                "gui-bieu-mau", "nhap-bao-cao", "bao-cao-ky", "sao-luu");
        assertThat(guide.title("in-phu-luc")).contains("4. In phụ lục");
    }

    @Test
    void aChapterPageHasItsTitleTheContentsAndItsPicturesOnDisk() throws IOException {
        UserGuideService guide = new UserGuideService(dataDir);

        Path page = guide.page("sao-luu");

        assertThat(page).isEqualTo(dataDir.resolve("huong-dan/sao-luu.html")).isRegularFile();
        String html = Files.readString(page);
        assertThat(html).contains("<title>9. Sao lưu và khôi phục — Hướng dẫn sử dụng Kế hoạch Xã</title>",
                "<html lang=\"vi\">", "<a href=\"sao-luu.html\" class=\"current\">9. Sao lưu và khôi phục</a>",
                "<a href=\"bat-dau.html\">1. Bắt đầu", "<strong>Khôi phục từ tệp sao lưu…</strong>",
                "src=\"anh/backup-1-settings.png\"");
        assertThat(html).doesNotContain("chuong:", "huong-dan/anh/");
        for (String chapter : guide.chapters()) {
            String text = Files.readString(dataDir.resolve("huong-dan/" + chapter + ".html"));
            var images = java.util.regex.Pattern.compile("src=\"anh/([^\"]+)\"").matcher(text);
            while (images.find()) {
                Path image = dataDir.resolve("huong-dan/anh").resolve(images.group(1));
                assertThat(image).isRegularFile();
                byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(image), 8);
                assertThat(head).startsWith(0x89, 'P', 'N', 'G');
            }
        }
        assertThat(Files.readString(dataDir.resolve("huong-dan/index.html")))
                .contains("<a href=\"nhap-bao-cao.html\">7. Nhập báo cáo của đơn vị</a>");
    }

    @Test
    void anUnknownChapterOpensTheContentsPage() {
        assertThat(new UserGuideService(dataDir).page("")).isEqualTo(dataDir.resolve("huong-dan/index.html"));
    }

    @Test
    void pagesAreWrittenOnceForAGuideAndAgainWhenTheGuideChanges() throws IOException {
        String first = "# Hướng dẫn\n\n<!-- chuong: mot -->\n## 1. Một\n\nChữ cũ.\n";
        Path page = new UserGuideService(dataDir, first).page("mot");
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(page, written);

        new UserGuideService(dataDir, first).page("mot");
        assertThat(Files.getLastModifiedTime(page)).isEqualTo(written);

        new UserGuideService(dataDir, first.replace("Chữ cũ.", "Chữ mới, bảng:\n\n| a | b |\n| - | - |\n| 1 | 2 |"))
                .page("mot");
        assertThat(Files.readString(page)).contains("Chữ mới", "<table>", "<td>2</td>").doesNotContain("Chữ cũ");
        assertThat(List.of(Files.readString(dataDir.resolve("huong-dan/index.html"))))
                .anyMatch(s -> s.contains("<a href=\"mot.html\">1. Một</a>"));
    }
}
