package vn.kehoachxa.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.service.UserGuideService;
import vn.kehoachxa.ui.main.Navigation;

/**
 * The guide cannot drift from the app: every picture it shows is one a UI test takes of the app, every screen's F1
 * lands on a chapter that exists. ({@code docs/huong-dan/cap-nhat-anh.sh} copies fresh screenshots over the pictures.)
 */
class UserGuideFilesTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^]]*)]\\(huong-dan/anh/([^)]+)\\.png\\)");

    @TempDir
    Path dataDir;

    @Test
    void everyPictureIsOneAUiTestTakesAndIsInTheDocs() throws IOException {
        String guide = Files.readString(DOCS.resolve("huong-dan-su-dung.md"));
        Set<String> taken = screenshotsTakenByUiTests();
        List<String> pictures = new ArrayList<>();
        Matcher m = IMAGE.matcher(guide);
        while (m.find()) {
            assertThat(m.group(1)).as("caption of %s", m.group(2)).isNotBlank();
            pictures.add(m.group(2));
        }

        assertThat(pictures).hasSizeGreaterThanOrEqualTo(15);
        assertThat(taken).containsAll(pictures);
        for (String picture : pictures) {
            assertThat(DOCS.resolve("huong-dan/anh/" + picture + ".png")).isRegularFile();
        }
    }

    @Test
    void f1OnEveryScreenOpensAChapterOfTheGuide() {
        UserGuideService guide = new UserGuideService(dataDir);
        for (Navigation screen : Navigation.values()) {
            assertThat(guide.chapters()).as("F1 on %s", screen).contains(screen.helpChapter());
        }
    }

    /**
     * Names the UI tests save screenshots under: string literals of the UI test files (passed to {@code screenshot},
     * {@code screenshotOf} or a helper that saves a window), and names built as {@code "tour-" + name} with every
     * string literal of that file as {@code name}.
     */
    private static Set<String> screenshotsTakenByUiTests() throws IOException {
        Pattern prefix = Pattern.compile("screenshot(?:Of)?\\(\"([^\"]+)\"\\s*\\+");
        Pattern literal = Pattern.compile("\"([a-z0-9-]+)\"");
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("UiTest.java")).toList()) {
                String code = Files.readString(file);
                if (!code.contains("screenshot") && !code.contains("Screens.")) {
                    continue;
                }
                List<String> literals = literal.matcher(code).results().map(r -> r.group(1)).toList();
                names.addAll(literals);
                prefix.matcher(code).results().forEach(r -> {
                    for (String rest : literals) {
                        names.add(r.group(1) + rest);
                        names.add(r.group(1) + rest + "-middle");
                        names.add(r.group(1) + rest + "-end");
                    }
                });
            }
        }
        return names;
    }
}
