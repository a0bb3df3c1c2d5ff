package vn.kehoachxa.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.testsupport.EnglishText;

/** What the bundle and the FXML give the user to read is Vietnamese: no common English word in any value. */
class VietnameseTextTest {
    /** Values that must name something English on purpose, and why. */
    private static final Map<String, String> ENGLISH_ON_PURPOSE = Map.of(
            "db.readOnlyFile", "names Windows' attribute both ways: \"Chỉ đọc\" (Read-only)",
            "planfile.resultEmpty", "names the plan file's JSON fields value and text",
            "planfile.wordingDisagrees", "names the plan file's JSON fields originalText, comparator and value");
    private static final Pattern FXML_TEXT = Pattern.compile("(?:text|promptText|title)=\"([^\"%][^\"]*)\"");

    @Test
    void noBundleValueIsEnglish() throws IOException {
        Properties bundle = MessagesBundleTest.bundle();
        List<String> english = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            List<String> words = EnglishText.in(bundle.getProperty(key));
            if (!words.isEmpty() && !ENGLISH_ON_PURPOSE.containsKey(key)) {
                english.add(key + " " + words);
            }
        }
        assertThat(english).as("bundle values with English words").isEmpty();
    }

    @Test
    void theEnglishCheckCatchesJavaFxAndPicocliTexts() {
        // The check itself must fail on what the issue saw on screen.
        assertThat(EnglishText.in("No content in table")).isNotEmpty();
        assertThat(EnglishText.in("Unmatched argument at index 2: 'foo'")).isNotEmpty();
        assertThat(EnglishText.in("Confirmation")).isNotEmpty();
        assertThat(EnglishText.in("Cancel")).isNotEmpty();
        assertThat(EnglishText.in("Không có nội dung. Xuất ra Word, Excel, PDF hoặc USB")).isEmpty();
    }

    @Test
    void fxmlHasNoLiteralEnglishText() throws IOException {
        List<String> fxml = MessagesBundleTest.read(MessagesBundleTest.RESOURCES.resolve("fxml"), ".fxml");
        List<String> english = new ArrayList<>();
        for (String file : fxml) {
            Matcher m = FXML_TEXT.matcher(file);
            while (m.find()) {
                if (!EnglishText.in(m.group(1)).isEmpty()) {
                    english.add(m.group(1));
                }
            }
        }
        assertThat(english).as("FXML texts written in place instead of %key").isEmpty();
    }
}
